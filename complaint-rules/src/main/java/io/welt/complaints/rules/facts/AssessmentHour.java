package io.welt.complaints.rules.facts;



import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The assessment's clock to the hour (UTC), by which the time rules first ask whether an instant can
 * have been passed yet, before they compare it with the clock itself. A {@link io.welt.complaints.rules.ComplaintMonitor}
 * replaces it only when the hour changes, and moves {@link AssessmentClock} with every submission:
 * the clock then meets only the instants of the current hour. Ask it by negation, as
 * {@link ServiceDue} shows.
 *
 * @param hour the start of the hour of the assessment's clock
 */
public record AssessmentHour(Instant hour) {

    /**
     * Checks the values.
     *
     * @param hour the start of the hour of the assessment's clock
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public AssessmentHour {
        Objects.requireNonNull(hour, "hour");
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("hour " + hour + " is not the start of an hour");
        }
    }

    /**
     * The hour of this instant.
     *
     * @param asOf the assessment's clock
     * @return its hour
     */
    public static AssessmentHour of(Instant asOf) {
        return new AssessmentHour(asOf.truncatedTo(ChronoUnit.HOURS));
    }
}
