package io.welt.complaints.test;

import java.time.Instant;

/**
 * One rule and its facts, before any expectation: choose the assessment's clock, or check the rule
 * at once (the clock is then {@link Facts#NOW}).
 *
 * <pre>{@code
 * verifier.verifyThat(RuleNames.ESCALATE_NOT_ACKNOWLEDGED).given(chelsea, late)
 *         .asOf(Instant.parse("2026-03-04T16:01:00Z"))
 *         .fires();
 * }</pre>
 */
public interface RuleGiven extends RuleAssertion {

    /**
     * Assesses the facts as of this instant instead of {@link Facts#NOW}.
     *
     * @param clock the assessment's "now"
     * @return the checks of the rule, at that clock
     */
    RuleAssertion asOf(Instant clock);
}
