package io.welt.complaints.test;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Proves what rules derive from given facts, in the words of the trade. Two paths, each in stages
 * that offer only the next step, so that a check cannot be left half-said:
 * <ul>
 *   <li>the whole assessment: {@link #given} the facts, optionally {@link AssessmentGiven#asOf} a
 *       clock, then expectations ({@link AssessmentAssertion});</li>
 *   <li>one rule: {@link #verifyThat} the rule, {@link RuleVerification#given} the facts, optionally
 *       {@link RuleGiven#asOf} a clock, then whether and what it derived ({@link RuleAssertion}) and
 *       from which complaints ({@link FiredRuleAssertion}).</li>
 * </ul>
 * A failure throws {@link AssertionError} saying what was expected, what was derived, and which rules
 * fired.
 *
 * <pre>{@code
 * RulesVerifier verifier = RulesVerifier.forStandardRules();
 * verifier.given(chelsea, c1, c2, c3)
 *         .expectFinding(FindingScope.PRODUCT_LINE, "Chelsea boot", "STITCHING", c1, c2, c3)
 *         .expectFindingEscalation(FindingScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
 *                 EscalationLevel.QUALITY_MANAGER);
 *
 * verifier.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3, derbyComplaint)
 *         .fires().derivedFrom(c1, c2, c3).notDerivedFrom(derbyComplaint);
 * verifier.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2).doesNotFire();
 * }</pre>
 *
 * <p>The facts are assessed once per chain, at its first expectation, as of {@link Facts#NOW} unless
 * {@code asOf} says otherwise. A verifier is immutable and may be shared between tests and threads; a
 * chain belongs to one test.
 */
public final class RulesVerifier {

    private final ComplaintRules rules;

    private RulesVerifier(ComplaintRules rules) {
        this.rules = rules;
    }

    /** @return a verifier of the standard rules under the default policy and taxonomy */
    public static RulesVerifier forStandardRules() {
        return new RulesVerifier(ComplaintRules.standard());
    }

    /**
     * @param rules your rules: policy, taxonomy and rule files
     * @return a verifier of these rules
     */
    public static RulesVerifier forRules(ComplaintRules rules) {
        return new RulesVerifier(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * Starts a verification of the whole assessment of these facts.
     *
     * @param facts {@link Complaint}s, {@link Product}s, {@link Batch}es, {@link CorrectiveAction}s,
     *              {@link RootCause}s, builders of {@link Facts} (built here), or collections of them
     * @return the stage where the clock may be chosen and the expectations begin
     * @throws IllegalArgumentException for a fact of another type
     */
    public AssessmentGiven given(Object... facts) {
        return new AssessmentCheck(assessed(facts), null, null);
    }

    /**
     * Starts a check of one rule: only what that rule derives counts.
     *
     * @param ruleName the rule's name, e.g. {@code RuleNames.REPEAT_BATCH} or one of your own rules
     * @return the stage that takes the facts
     */
    public RuleVerification verifyThat(String ruleName) {
        Objects.requireNonNull(ruleName, "ruleName");
        return facts -> new RuleCheck(ruleName, assessed(facts), null);
    }

    private AssessedFacts assessed(Object... facts) {
        ComplaintLog.Builder log = ComplaintLog.builder();
        addAll(log, Arrays.asList(facts));
        return new AssessedFacts(rules, log.build(), Facts.NOW);
    }

    private static void addAll(ComplaintLog.Builder log, Collection<?> facts) {
        for (Object fact : facts) {
            Object built = fact instanceof FactBuilder<?> builder ? builder.build() : fact;
            if (built instanceof Complaint complaint) {
                log.complaint(complaint);
            } else if (built instanceof Product product) {
                log.product(product);
            } else if (built instanceof Batch batch) {
                log.batch(batch);
            } else if (built instanceof CorrectiveAction action) {
                log.action(action);
            } else if (built instanceof RootCause rootCause) {
                log.rootCause(rootCause);
            } else if (built instanceof Collection<?> many) {
                addAll(log, many);
            } else {
                throw new IllegalArgumentException("given() takes complaints, products, batches, corrective actions, "
                        + "root causes and builders of Facts, not "
                        + (built == null ? "null" : built.getClass().getName()));
            }
        }
    }
}
