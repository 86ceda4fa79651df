package io.welt.complaints.test;

/**
 * An expectation on one conclusion that has just passed (a severity, an escalation), where the rule
 * that must have derived it may be named; or go on with the other expectations.
 *
 * <pre>{@code
 * verifier.given(derby, blister)
 *         .expectSeverity(blister, Severity.CRITICAL).byRule(RuleNames.TRIAGE_INJURY_REPORTED)
 *         .expectEscalation(blister, EscalationLevel.SENIOR_MANAGEMENT);
 * }</pre>
 */
public interface ConclusionAssertion extends AssessmentAssertion {

    /**
     * The conclusion just expected (the complaint's decisive severity, its escalation in force) was
     * derived by this rule.
     *
     * @param ruleName the rule's name, e.g. {@code RuleNames.ESCALATE_NOT_RESOLVED}
     * @return the other expectations
     * @throws AssertionError when another rule derived it, or there is none
     */
    AssessmentAssertion byRule(String ruleName);
}
