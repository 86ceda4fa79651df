package io.welt.complaints.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The instant before which a finding or problem whose last complaint came has gone quiet: midnight (UTC)
 * of the assessment's day, less the policy's
 * {@link io.welt.complaints.rules.policy.Policy#findingQuietPeriod() finding quiet period}. It moves
 * with {@link AssessmentDay}, once a day. Ask it by negation, with the finding's last complaint on the
 * right: {@code not QuietCutoff( before > $to )} holds while the finding is active; a match that held
 * the cut-off would fire again every day.
 *
 * @param before findings whose last complaint came before this instant are quiet
 */
public record QuietCutoff(Instant before) {

    /**
     * Checks the values.
     *
     * @param before findings whose last complaint came before this instant are quiet
     * @throws NullPointerException when a required value is null; the message names it
     */
    public QuietCutoff {
        Objects.requireNonNull(before, "before");
    }

    /**
     * The cut-off on this day for this quiet period.
     *
     * @param day the assessment's day
     * @param quietPeriod the policy's {@link io.welt.complaints.rules.policy.Policy#findingQuietPeriod()}
     * @throws NullPointerException if an argument is null
     * @return the cut-off
     */
    public static QuietCutoff of(AssessmentDay day, Duration quietPeriod) {
        return new QuietCutoff(day.ago(Objects.requireNonNull(quietPeriod, "quietPeriod")));
    }
}
