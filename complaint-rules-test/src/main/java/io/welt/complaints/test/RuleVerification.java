package io.welt.complaints.test;

/**
 * A check of one rule, before its facts are given: the only step is {@link #given}.
 *
 * <pre>{@code
 * verifier.verifyThat(RuleNames.REPEAT_BATCH).given(batch, c1, c2, otherBatch).fires().derivedFrom(c1, c2);
 * }</pre>
 *
 * @see RulesVerifier#verifyThat(String)
 */
public interface RuleVerification {

    /**
     * The facts the rule is checked on, as {@link RulesVerifier#given(Object...)} takes them.
     *
     * @param facts complaints, products, batches, corrective actions, root causes, builders of
     *              {@link Facts}, or collections of them
     * @return the stage where the clock may be chosen and the rule checked
     * @throws IllegalArgumentException for a fact of another type
     */
    RuleGiven given(Object... facts);
}
