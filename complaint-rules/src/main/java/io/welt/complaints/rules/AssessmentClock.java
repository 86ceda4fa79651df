package io.welt.complaints.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * "Now" for the time-based rules, handed in as a fact so that an assessment is repeatable: the
 * rules never read the system clock. A rule that compares an instant with it does so by negation,
 * and on the instant's day only (see {@link ServiceDue}): a monitor moves its clock with every
 * submission, and a match that held the clock would fire again each time.
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
}
