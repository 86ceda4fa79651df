package io.welt.complaints.rules.facts;


import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DeadlineKind;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When one open complaint's service-level target falls due, from when it warns and from when it
 * counts as missed, worked out once in the policy's calendar and independent of the clock. The time
 * rules compare these instants with the clock by negation, from the day down to the instant:
 * <pre>{@code
 * not AssessmentDay( date < $missedOn )                                                // its day has come,
 * not ( AssessmentDay( date == $missedOn ) and AssessmentHour( hour < $missedHour ) )  // and its hour,
 * not ( AssessmentHour( hour == $missedHour ) and AssessmentClock( asOf <= $missedAt ) ) // and the clock passed it
 * }</pre>
 * so that a monitor's clock moving on meets only the instants of the current hour, a new hour only
 * those of the current day, and a rule fires only for an instant the clock passes; not every open
 * complaint each time.
 *
 * @param complaintId the complaint
 * @param kind        which target
 * @param due         when the target is missed, or null while an open wait on the customer stops the clock
 * @param warnAt      from when the policy's warning share of the target is used, or null when no warning can
 *                    come (the target is met, or the clock is stopped)
 * @param missedAt    from when the target counts as missed (the clock strictly after it), or null when it
 *                    cannot be missed as things stand (met in time, or the clock is stopped)
 */
public record ServiceDue(String complaintId, DeadlineKind kind, Instant due, Instant warnAt, Instant missedAt) {

    /**
     * Checks the values.
     *
     * @param complaintId the complaint
     * @param kind which target
     * @param due when the target is missed, or null while an open wait on the customer stops the clock
     * @param warnAt from when the policy's warning share of the target is used, or null when no warning can
     *   come (the target is met, or the clock is stopped)
     * @param missedAt from when the target counts as missed (the clock strictly after it), or null when it
     *   cannot be missed as things stand (met in time, or the clock is stopped)
     * @throws NullPointerException when a required value is null; the message names it
     */
    public ServiceDue {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The day (UTC) of {@link #missedAt}, or null: see {@link AssessmentDay}.
     *
     * @return the day, or null
     */
    public LocalDate missedOn() {
        return dayOf(missedAt);
    }

    /**
     * The day (UTC) of {@link #warnAt}, or null.
     *
     * @return the day, or null
     */
    public LocalDate warnOn() {
        return dayOf(warnAt);
    }

    /**
     * The day (UTC) of {@link #due}, or null.
     *
     * @return the day, or null
     */
    public LocalDate dueOn() {
        return dayOf(due);
    }

    /**
     * The start of the hour of {@link #missedAt}, or null: see {@link AssessmentHour}.
     *
     * @return the hour, or null
     */
    public Instant missedHour() {
        return hourOf(missedAt);
    }

    /**
     * The start of the hour of {@link #warnAt}, or null.
     *
     * @return the hour, or null
     */
    public Instant warnHour() {
        return hourOf(warnAt);
    }

    /**
     * The start of the hour of {@link #due}, or null.
     *
     * @return the hour, or null
     */
    public Instant dueHour() {
        return hourOf(due);
    }

    private static LocalDate dayOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant hourOf(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * The complaint's acknowledgement target under the policy.
     *
     * @param complaint the complaint
     * @param policy the policy: its target, warning share and calendar
     * @return when it falls due and starts to warn
     */
    public static ServiceDue acknowledgement(Complaint complaint, Policy policy) {
        return of(DeadlineKind.ACKNOWLEDGEMENT, complaint, policy.acknowledgementTarget(), complaint.isAcknowledged(),
                complaint.acknowledgedAt(), policy);
    }

    /**
     * The complaint's resolution target for its severity under the policy.
     *
     * @param complaint the complaint
     * @param severity its severity, which sets the target
     * @param policy the policy: its targets, warning share and calendar
     * @return when it falls due and starts to warn
     */
    public static ServiceDue resolution(Complaint complaint, Severity severity, Policy policy) {
        // A day of the target is a working day under a working calendar.
        return of(DeadlineKind.RESOLUTION, complaint, policy.calendar().days(policy.resolutionTarget(severity)),
                complaint.isResolved(),
                complaint.resolvedAt(), policy);
    }

    private static ServiceDue of(DeadlineKind kind, Complaint complaint, Duration target, boolean met, Instant metAt,
                                 Policy policy) {
        BusinessCalendar calendar = policy.calendar();
        Instant due = dueAfter(calendar, complaint, target);
        Instant missedAt;
        Instant warnAt = null;
        if (met) {
            // Met at an unknown time (a status without its timestamp): nothing shows it was late.
            missedAt = metAt != null && due != null && metAt.isAfter(due) ? due : null;
        } else {
            missedAt = due;
            if (due != null) {
                // The share of the target in whole seconds, rounded up.
                long seconds = (target.toSeconds() * policy.warningPercent() + 99) / 100;
                warnAt = dueAfter(calendar, complaint, Duration.ofSeconds(seconds));
            }
        }
        return new ServiceDue(complaint.id(), kind, due, warnAt, missedAt);
    }

    /**
     * When {@code target} of working time, waits on the customer left out, has passed since the
     * complaint was received; null while a wait is open.
     */
    static Instant dueAfter(BusinessCalendar calendar, Complaint complaint, Duration target) {
        Instant cursor = complaint.receivedAt();
        Duration remaining = target;
        for (WaitingPeriod wait : complaint.waitingPeriods()) {
            Instant candidate = calendar.plus(cursor, remaining);
            if (!candidate.isAfter(wait.from())) {
                return candidate;
            }
            remaining = remaining.minus(calendar.between(cursor, wait.from()));
            if (wait.isOpen()) {
                return null;
            }
            if (wait.to().isAfter(cursor)) {
                cursor = wait.to();
            }
        }
        return calendar.plus(cursor, remaining);
    }
}
