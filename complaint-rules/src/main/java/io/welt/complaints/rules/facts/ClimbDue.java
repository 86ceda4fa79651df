package io.welt.complaints.rules.facts;


import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Severity;
import io.welt.complaints.rules.policy.EscalationChain;
import io.welt.complaints.rules.policy.Policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When an open complaint, past its resolution target, goes up one more level: after each further
 * resolution period of working time still open, until it is at the top. Worked out once, without the
 * clock, like {@link ServiceDue}; the time rule compares it with the clock by negation.
 *
 * @param complaintId the complaint
 * @param step        how many further periods have passed at {@code missedAt} (1, 2, ...)
 * @param missedAt    from when the complaint counts as still open after that many periods (the clock
 *                    strictly after it)
 */
public record ClimbDue(String complaintId, int step, Instant missedAt) {

    /**
     * Checks the values.
     *
     * @param complaintId the complaint
     * @param step how many further periods have passed at {@code missedAt} (1, 2, ...)
     * @param missedAt from when the complaint counts as still open after that many periods (the clock
     *   strictly after it)
     * @throws NullPointerException when a required value is null; the message names it
     */
    public ClimbDue {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(missedAt, "missedAt");
    }

    /**
     * The day (UTC) of {@link #missedAt}: see {@link AssessmentDay}.
     *
     * @return the day
     */
    public LocalDate missedOn() {
        return LocalDate.ofInstant(missedAt, ZoneOffset.UTC);
    }

    /**
     * The start of the hour of {@link #missedAt}: see {@link AssessmentHour}.
     *
     * @return the hour
     */
    public Instant missedHour() {
        return missedAt.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * The further periods of an open complaint past its resolution due instant, as many as it takes to
     * climb {@code chain} from where the missed targets put it ({@code reached}) to the top ({@code top}); none while a
     * wait on the customer stops the clock, or when it cannot be missed.
     *
     * @param complaint the open complaint
     * @param severity its severity, which sets the resolution period
     * @param resolution its resolution deadline
     * @param policy the policy: its targets and calendar
     * @param reached the level the missed targets put it at
     * @param top the top of its chain
     * @param chain the chain it climbs
     * @return one per further period, in order; empty when none
     */
    public static List<ClimbDue> after(Complaint complaint, Severity severity, ServiceDue resolution, Policy policy,
                                       EscalationLevel reached, EscalationLevel top, EscalationChain chain) {
        if (resolution.missedAt() == null) {
            return List.of();
        }
        int needed = chain.levels().indexOf(top) - chain.levels().indexOf(reached);
        List<ClimbDue> steps = new ArrayList<>(Math.max(0, needed));
        Instant at = resolution.missedAt();
        for (int step = 1; step <= needed; step++) {
            at = policy.calendar().plus(at, policy.resolutionTarget(severity));
            steps.add(new ClimbDue(complaint.id(), step, at));
        }
        return steps;
    }
}
