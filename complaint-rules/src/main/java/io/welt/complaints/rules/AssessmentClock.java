package io.welt.complaints.rules;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DeadlineKind;
import io.welt.complaints.model.WaitingPeriod;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * "Now" for the time-based rules, handed in as a fact so that an assessment is repeatable: the
 * rules never read the system clock. It measures service-level targets in working time of the
 * policy's {@link BusinessCalendar}, with time spent waiting on the customer left out.
 *
 * @param asOf     the instant the assessment is made as of
 * @param calendar when service-level clocks run
 */
public record AssessmentClock(Instant asOf, BusinessCalendar calendar) {

    public AssessmentClock {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The calendar date of {@link #asOf} in UTC, against which due dates are compared. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(asOf, java.time.ZoneOffset.UTC);
    }

    /** The instant {@code workingTime} after {@code start} in the calendar. */
    public Instant plus(Instant start, Duration workingTime) {
        return calendar.plus(start, workingTime);
    }

    /** The complaint against the acknowledgement target. */
    public ServiceDeadline acknowledgement(Complaint complaint, Duration target) {
        boolean met = complaint.isAcknowledged();
        return measure(DeadlineKind.ACKNOWLEDGEMENT, complaint, target, met, complaint.getAcknowledgedAt());
    }

    /** The complaint against a resolution target. */
    public ServiceDeadline resolution(Complaint complaint, Duration target) {
        boolean met = complaint.isResolved();
        return measure(DeadlineKind.RESOLUTION, complaint, target, met, complaint.getResolvedAt());
    }

    private ServiceDeadline measure(DeadlineKind kind, Complaint complaint, Duration target, boolean met,
                                    Instant metAt) {
        Instant due = due(complaint, target);
        Instant end = met && metAt != null ? metAt : asOf;
        long used = target.isZero() ? 100 : workingTimeUsed(complaint, end).toSeconds() * 100 / Math.max(1, target.toSeconds());
        boolean missed;
        if (met) {
            // Met at an unknown time (a status without its timestamp): nothing shows it was late.
            missed = metAt != null && due != null && metAt.isAfter(due);
        } else {
            missed = due != null && asOf.isAfter(due);
        }
        return new ServiceDeadline(kind, due, met, missed, (int) Math.min(Integer.MAX_VALUE, used));
    }

    /** When {@code target} of working time, waits left out, has passed since receipt; null while a wait is open. */
    private Instant due(Complaint complaint, Duration target) {
        return ServiceDue.dueAfter(calendar, complaint, target);
    }

    private Duration workingTimeUsed(Complaint complaint, Instant end) {
        Instant start = complaint.getReceivedAt();
        Duration used = calendar.between(start, end);
        for (WaitingPeriod wait : complaint.getWaitingPeriods()) {
            Instant waitEnd = wait.isOpen() || wait.to().isAfter(end) ? end : wait.to();
            Instant waitStart = wait.from().isBefore(start) ? start : wait.from();
            used = used.minus(calendar.between(waitStart, waitEnd));
        }
        return used.isNegative() ? Duration.ZERO : used;
    }
}
