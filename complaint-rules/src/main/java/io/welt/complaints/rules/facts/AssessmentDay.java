package io.welt.complaints.rules.facts;



import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The date of the assessment (UTC), for rules that look back whole days, such as whether a finding
 * has gone quiet. A {@link io.welt.complaints.rules.ComplaintMonitor} replaces it only when the date changes, so that those
 * rules are not evaluated again each time the clock moves on within a day; rules that need the
 * instant match {@link AssessmentClock}. Ask it by negation
 * ({@code not AssessmentDay( date < $missedOn )}): a match that held the day would fire again every
 * day. Whether a finding has gone quiet is asked of {@link QuietCutoff}, which moves with it.
 *
 * @param date the assessment's date in UTC
 */
public record AssessmentDay(LocalDate date) {

    /**
     * Checks the values.
     *
     * @param date the assessment's date in UTC
     * @throws NullPointerException when a required value is null; the message names it
     */
    public AssessmentDay {
        Objects.requireNonNull(date, "date");
    }

    /**
     * The day of this instant, in UTC.
     *
     * @param asOf the assessment's clock
     * @return its day
     */
    public static AssessmentDay of(Instant asOf) {
        return new AssessmentDay(LocalDate.ofInstant(asOf, ZoneOffset.UTC));
    }

    /**
     * The start of the day (midnight UTC) {@code period} before this one, e.g. 180 days ago.
     *
     * @param period a period in days
     * @return the instant
     */
    public Instant ago(Duration period) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().minus(period);
    }
}
