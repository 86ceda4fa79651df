package io.welt.complaints.test;

import java.time.Instant;

/**
 * The facts of one test, before any expectation: choose the assessment's clock, or expect at once
 * (the clock is then {@link Facts#NOW}).
 *
 * <pre>{@code
 * verifier.given(chelsea, overdue)
 *         .asOf(Instant.parse("2026-04-13T09:01:00Z"))
 *         .expectEscalation(overdue, EscalationLevel.QUALITY_MANAGER);
 * }</pre>
 *
 * @see RulesVerifier#given(Object...)
 */
public interface AssessmentGiven extends AssessmentAssertion {

    /**
     * Assesses the facts as of this instant instead of {@link Facts#NOW}.
     *
     * @param clock the assessment's "now"
     * @return the expectations, at that clock
     */
    AssessmentAssertion asOf(Instant clock);
}
