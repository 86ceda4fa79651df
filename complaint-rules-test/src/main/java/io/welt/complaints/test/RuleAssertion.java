package io.welt.complaints.test;

import io.welt.complaints.model.Conclusion;

import java.util.List;

/**
 * Checks of one rule on the given facts: only the conclusions that rule derived count. A failure
 * throws {@link AssertionError} naming the rule, what was expected, what it derived and which rules
 * fired.
 *
 * <pre>{@code
 * verifier.verifyThat(RuleNames.TRIAGE_EARLY_FUNCTIONAL_FAILURE).given(derby, peeling).doesNotFire();
 * verifier.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).derives(1).derivedFrom(c1, c2, c3);
 * }</pre>
 */
public interface RuleAssertion {

    /**
     * Describes the scenario: every failure of the checks that follow starts with this description,
     * as AssertJ's {@code as} does.
     *
     * @param description what the test is about
     * @return the same checks, described
     */
    RuleAssertion as(String description);

    /**
     * The rule derived at least one conclusion.
     *
     * @return the checks on what it derived
     * @throws AssertionError when it derived nothing
     */
    FiredRuleAssertion fires();

    /**
     * The rule derived exactly this many conclusions.
     *
     * @param count how many, at least 1 (say {@link #doesNotFire()} for none)
     * @return the checks on what it derived
     * @throws AssertionError when it derived another number
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    FiredRuleAssertion derives(int count);

    /**
     * The rule derived nothing: the fact that must not match did not.
     *
     * @throws AssertionError when it derived something; the message lists what
     */
    void doesNotFire();

    /** @return the rule's conclusions, for assertions of your own; empty when it derived nothing */
    List<Conclusion> conclusions();
}
