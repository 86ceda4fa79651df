package io.welt.complaints.rules.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * "Now" for the time-based rules, handed in as a fact so that an assessment is repeatable: the
 * rules never read the system clock. A rule that compares an instant with it does so by negation,
 * and only within the instant's hour (see {@link ServiceDue}): a monitor moves its clock with every
 * submission, and a match that held the clock would fire again each time. The date is
 * {@link AssessmentDay}; the calendar for working time is the policy's.
 *
 * @param asOf the instant the assessment is made as of
 */
public record AssessmentClock(Instant asOf) {

    /**
     * Checks the values.
     *
     * @param asOf the instant the assessment is made as of
     * @throws NullPointerException when a required value is null; the message names it
     */
    public AssessmentClock {
        Objects.requireNonNull(asOf, "asOf");
    }
}
