package io.welt.complaints.test;

import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.DeadlineKind;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SafetyActionKind;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.Verdict;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.Rejection;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Proves what rules derive from given facts, in the words of the trade. Failures throw
 * {@link AssertionError} saying what was expected, what was derived, and which rules fired.
 *
 * <pre>{@code
 * RulesVerifier verifier = RulesVerifier.forStandardRules();
 * verifier.given(chelsea, c1, c2, c3)
 *         .expectFinding(FindingScope.PRODUCT_LINE, "Chelsea boot", "STITCHING", c1, c2, c3)
 *         .expectFindingEscalation(FindingScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
 *                 EscalationLevel.QUALITY_MANAGER);
 *
 * verifier.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(c1, c2).doesNotFire();
 * }</pre>
 *
 * <p>The assessment runs once per {@link Verification}, at the first expectation, as of
 * {@link Facts#NOW} unless {@link Verification#asOf} says otherwise. A verifier is immutable and
 * may be shared; a verification belongs to one test.
 */
public final class RulesVerifier {

    private final ComplaintRules rules;

    private RulesVerifier(ComplaintRules rules) {
        this.rules = rules;
    }

    /**
     * A verifier of the standard rules under the default policy and taxonomy.
     *
     * @return a verifier
     */
    public static RulesVerifier forStandardRules() {
        return new RulesVerifier(ComplaintRules.standard());
    }

    /**
     * A verifier of these rules (your policy, taxonomy and rule files).
     *
     * @param rules the rules to verify
     * @return a verifier
     */
    public static RulesVerifier forRules(ComplaintRules rules) {
        return new RulesVerifier(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * Starts a verification of these facts: {@link Complaint}s (or their {@link Facts.ComplaintBuilder}s),
     * {@link Product}s, {@link Batch}es, {@link CorrectiveAction}s, {@link RootCause}s, or collections of them.
     *
     * @param facts complaints (or their builders), products, batches, corrective actions, root causes, or collections of them
     * @return a verification of these facts
     * @throws IllegalArgumentException for a fact of another type
     */
    public Verification given(Object... facts) {
        ComplaintLog.Builder log = ComplaintLog.builder();
        addAll(log, Arrays.asList(facts));
        return new Verification(rules, log.build(), Facts.NOW);
    }

    /**
     * Starts a check of one rule: only what that rule derives counts.
     *
     * @param ruleName the rule's name (see {@code RuleNames})
     * @return a check of that rule
     */
    public RuleCheck verifyThat(String ruleName) {
        return new RuleCheck(this, Objects.requireNonNull(ruleName, "ruleName"));
    }

    private static void addAll(ComplaintLog.Builder log, Collection<?> facts) {
        for (Object fact : facts) {
            if (fact instanceof Complaint complaint) {
                log.complaint(complaint);
            } else if (fact instanceof Facts.ComplaintBuilder builder) {
                log.complaint(builder.build());
            } else if (fact instanceof Product product) {
                log.product(product);
            } else if (fact instanceof Batch batch) {
                log.batch(batch);
            } else if (fact instanceof CorrectiveAction action) {
                log.action(action);
            } else if (fact instanceof RootCause rootCause) {
                log.rootCause(rootCause);
            } else if (fact instanceof Collection<?> many) {
                addAll(log, many);
            } else {
                throw new IllegalArgumentException("given() takes complaints, products, batches, corrective actions "
                        + "and root causes, not "
                        + (fact == null ? "null" : fact.getClass().getName()));
            }
        }
    }

    /**
     * The facts of one test and the expectations on what the rules derive from them. An expectation that
     * does not hold throws {@link AssertionError} saying what was expected, what was derived and which
     * rules fired; the first expectation assesses the facts and so throws what
     * {@link ComplaintRules#assess} throws when the rules fail.
     */
    public static final class Verification {
        private final ComplaintRules rules;
        private final ComplaintLog log;
        private final Instant asOf;
        private Assessment assessment;

        private Verification(ComplaintRules rules, ComplaintLog log, Instant asOf) {
            this.rules = rules;
            this.log = log;
            this.asOf = asOf;
        }

        /**
         * The same facts assessed as of another instant.
         *
         * @param clock the assessment's clock
         * @return a new verification of the same facts
         */
        public Verification asOf(Instant clock) {
            return new Verification(rules, log, Objects.requireNonNull(clock, "clock"));
        }

        /**
         * The assessment, for expectations this class does not offer.
         *
         * @return the assessment, made on first use
         */
        public Assessment assessment() {
            if (assessment == null) {
                assessment = rules.assess(log, asOf);
            }
            return assessment;
        }

        /**
         * The complaint's deciding severity is this one.
         *
         * @param complaint the complaint, as given
         * @param severity the severity expected
         * @return this verification, for further expectations
         */
        public Verification expectSeverity(Complaint complaint, Severity severity) {
            return expectSeverity(null, complaint, severity);
        }

        /**
         * The complaint's deciding severity is this one; {@code message} says why the test expects it.
         *
         * @param message what the expectation is about, said when it fails
         * @param complaint the complaint, as given
         * @param severity the severity expected
         * @return this verification, for further expectations
         */
        public Verification expectSeverity(String message, Complaint complaint, Severity severity) {
            Optional<SeverityAssessment> actual = assessment().severityAssessment(complaint.id());
            check(actual.isPresent() && actual.get().severity() == severity, message,
                    () -> "severity " + severity + " for complaint " + complaint.id(),
                    () -> actual.map(Object::toString).orElse("no severity (was it rejected? " + assessment().rejected() + ")"));
            return this;
        }

        /**
         * The severity, decided by this rule.
         *
         * @param complaint the complaint, as given
         * @param severity the severity expected
         * @param rule the rule's name (see {@code RuleNames})
         * @return this verification, for further expectations
         */
        public Verification expectSeverity(Complaint complaint, Severity severity, String rule) {
            Optional<SeverityAssessment> actual = assessment().severityAssessment(complaint.id());
            check(actual.isPresent() && actual.get().severity() == severity && actual.get().rule().equals(rule), null,
                    () -> "severity " + severity + " for complaint " + complaint.id() + " by rule \"" + rule + "\"",
                    () -> actual.map(Object::toString).orElse("no severity"));
            return this;
        }

        /**
         * A finding of this scope, key and defect (null: spanning defects) exists.
         *
         * @param scope the finding's scope
         * @param key the finding's key (the product line, batch, supplier, lot, customer id or size key)
         * @param defect the defect code, or null for a finding across defects
         * @return this verification, for further expectations
         */
        public Verification expectFinding(FindingScope scope, String key, String defect) {
            check(!findings(scope, key, defect).isEmpty(), null,
                    () -> describe(scope, key, defect), this::derivedFindings);
            return this;
        }

        /**
         * A finding of this scope, key and defect exists holding exactly these complaints.
         *
         * @param scope the finding's scope
         * @param key the finding's key (the product line, batch, supplier, lot, customer id or size key)
         * @param defect the defect code, or null for a finding across defects
         * @param complaints exactly the complaints it holds
         * @return this verification, for further expectations
         */
        public Verification expectFinding(FindingScope scope, String key, String defect, Complaint... complaints) {
            List<String> ids = Arrays.stream(complaints).sorted(Complaint.BY_RECEIPT).map(Complaint::id).toList();
            check(findings(scope, key, defect).stream().anyMatch(f -> f.complaintIds().equals(ids)), null,
                    () -> describe(scope, key, defect) + " holding exactly " + ids, this::derivedFindings);
            return this;
        }

        /**
         * No finding of this scope, key and defect (null: spanning defects).
         *
         * @param scope the finding's scope
         * @param key the finding's key (the product line, batch, supplier, lot, customer id or size key)
         * @param defect the defect code, or null for a finding across defects
         * @return this verification, for further expectations
         */
        public Verification expectNoFinding(FindingScope scope, String key, String defect) {
            check(findings(scope, key, defect).isEmpty(), null,
                    () -> "no " + describe(scope, key, defect), this::derivedFindings);
            return this;
        }

        /**
         * No finding of any scope.
         *
         * @return this verification, for further expectations
         */
        public Verification expectNoFindings() {
            check(assessment().findings().isEmpty(), null, () -> "no finding", this::derivedFindings);
            return this;
        }

        /**
         * The complaint's escalation in force is at this level (FRONTLINE: none).
         *
         * @param complaint the complaint, as given
         * @param level the level expected (FRONTLINE: no escalation)
         * @return this verification, for further expectations
         */
        public Verification expectEscalation(Complaint complaint, EscalationLevel level) {
            return expectEscalation(null, complaint, level);
        }

        /**
         * The complaint's escalation in force is at this level; {@code message} says why the test expects it.
         *
         * @param message what the expectation is about, said when it fails
         * @param complaint the complaint, as given
         * @param level the level expected (FRONTLINE: no escalation)
         * @return this verification, for further expectations
         */
        public Verification expectEscalation(String message, Complaint complaint, EscalationLevel level) {
            EscalationLevel actual = assessment().levelOf(TargetType.COMPLAINT, complaint.id());
            check(actual == level, message, () -> "complaint " + complaint.id() + " at " + level,
                    () -> actual + " " + escalationsOf(complaint.id()));
            return this;
        }

        /**
         * The complaint's escalation in force is at this level and was made by this rule.
         *
         * @param complaint the complaint, as given
         * @param level the level expected (FRONTLINE: no escalation)
         * @param rule the rule's name (see {@code RuleNames})
         * @return this verification, for further expectations
         */
        public Verification expectEscalation(Complaint complaint, EscalationLevel level, String rule) {
            Optional<Escalation> actual = assessment().escalationOf(TargetType.COMPLAINT, complaint.id());
            check(actual.isPresent() && actual.get().level() == level && actual.get().rule().equals(rule), null,
                    () -> "complaint " + complaint.id() + " at " + level + " by rule \"" + rule + "\"",
                    () -> escalationsOf(complaint.id()));
            return this;
        }

        /**
         * The finding of this scope, key and defect is escalated to this level.
         *
         * @param scope the finding's scope
         * @param key the finding's key (the product line, batch, supplier, lot, customer id or size key)
         * @param defect the defect code, or null for a finding across defects
         * @param level the level expected (FRONTLINE: no escalation)
         * @return this verification, for further expectations
         */
        public Verification expectFindingEscalation(FindingScope scope, String key, String defect, EscalationLevel level) {
            List<RepeatFinding> found = findings(scope, key, defect);
            check(!found.isEmpty(), null, () -> describe(scope, key, defect), this::derivedFindings);
            check(found.stream().anyMatch(f -> findingLevel(f) == level), null,
                    () -> describe(scope, key, defect) + " escalated to " + level,
                    () -> found.stream().map(f -> f.id() + " at " + findingLevel(f))
                            .collect(Collectors.joining(", ")));
            return this;
        }

        /**
         * The complaint has a warning of this kind: its target is close.
         *
         * @param complaint the complaint, as given
         * @param kind ACKNOWLEDGEMENT or RESOLUTION
         * @return this verification, for further expectations
         */
        public Verification expectWarning(Complaint complaint, DeadlineKind kind) {
            check(warnings(complaint, kind).isPresent(), null,
                    () -> "a " + kind + " warning for complaint " + complaint.id(), () -> assessment().warnings().toString());
            return this;
        }

        /**
         * The complaint has no warning of this kind.
         *
         * @param complaint the complaint, as given
         * @param kind ACKNOWLEDGEMENT or RESOLUTION
         * @return this verification, for further expectations
         */
        public Verification expectNoWarning(Complaint complaint, DeadlineKind kind) {
            check(warnings(complaint, kind).isEmpty(), null,
                    () -> "no " + kind + " warning for complaint " + complaint.id(), () -> assessment().warnings().toString());
            return this;
        }

        /**
         * The record with this id was rejected, naming this field.
         *
         * @param id the record's id
         * @param field the column the rejection names
         * @return this verification, for further expectations
         */
        public Verification expectRejected(String id, String field) {
            check(assessment().rejected().stream().anyMatch(r -> id.equals(r.id()) && field.equals(r.field())), null,
                    () -> "record " + id + " rejected for " + field, () -> assessment().rejected().toString());
            return this;
        }

        /**
         * The complaint was assessed, not rejected.
         *
         * @param complaint the complaint, as given
         * @return this verification, for further expectations
         */
        public Verification expectAssessed(Complaint complaint) {
            check(assessment().severityAssessment(complaint.id()).isPresent(), null,
                    () -> "complaint " + complaint.id() + " assessed",
                    () -> "rejections " + assessment().rejected().stream().map(Rejection::toString).toList());
            return this;
        }

        /**
         * The complaint's options include this remedy.
         *
         * @param complaint the complaint, as given
         * @param type the remedy
         * @return this verification, for further expectations
         */
        public Verification expectOption(Complaint complaint, RemedyType type) {
            List<ResolutionOption> options = assessment().options(complaint.id());
            check(options.stream().anyMatch(o -> o.type() == type), null,
                    () -> "option " + type + " for complaint " + complaint.id(), () -> describeOptions(options));
            return this;
        }

        /**
         * The complaint's first option (what the agent offers first) is this remedy.
         *
         * @param complaint the complaint, as given
         * @param type the remedy
         * @return this verification, for further expectations
         */
        public Verification expectFirstOption(Complaint complaint, RemedyType type) {
            List<ResolutionOption> options = assessment().options(complaint.id());
            check(!options.isEmpty() && options.get(0).type() == type, null,
                    () -> "first option " + type + " for complaint " + complaint.id(), () -> describeOptions(options));
            return this;
        }

        /**
         * The complaint's options do not include this remedy.
         *
         * @param complaint the complaint, as given
         * @param type the remedy
         * @return this verification, for further expectations
         */
        public Verification expectNoOption(Complaint complaint, RemedyType type) {
            List<ResolutionOption> options = assessment().options(complaint.id());
            check(options.stream().noneMatch(o -> o.type() == type), null,
                    () -> "no option " + type + " for complaint " + complaint.id(), () -> describeOptions(options));
            return this;
        }

        /**
         * The complaint's safety pathway holds this step, for this scope ("ITEM", "BATCH", "SKU", "AUTHORITY").
         *
         * @param complaint the complaint, as given
         * @param kind the step
         * @param scope what it applies to: ITEM, BATCH, SKU or AUTHORITY
         * @return this verification, for further expectations
         */
        public Verification expectSafetyAction(Complaint complaint, SafetyActionKind kind, String scope) {
            List<SafetyAction> actions = assessment().safetyActions(complaint.id());
            check(actions.stream().anyMatch(a -> a.kind() == kind && a.scope().equals(scope)), null,
                    () -> "safety action " + kind + " on " + scope + " for complaint " + complaint.id(),
                    () -> actions.stream().map(a -> a.kind() + " " + a.scope() + " " + a.key()).toList().toString());
            return this;
        }

        /**
         * The complaint has no safety pathway: it is not an open safety complaint.
         *
         * @param complaint the complaint, as given
         * @return this verification, for further expectations
         */
        public Verification expectNoSafetyActions(Complaint complaint) {
            List<SafetyAction> actions = assessment().safetyActions(complaint.id());
            check(actions.isEmpty(), null, () -> "no safety action for complaint " + complaint.id(),
                    () -> actions.stream().map(a -> a.kind() + " " + a.scope() + " " + a.key()).toList().toString());
            return this;
        }

        /**
         * A finding of this scope, key and defect has this option for management.
         *
         * @param scope the finding's scope
         * @param key the finding's key (the product line, batch, supplier, lot, customer id or size key)
         * @param defect the defect code, or null for a finding across defects
         * @param type the option for management
         * @return this verification, for further expectations
         */
        public Verification expectSystemicOption(FindingScope scope, String key, String defect, SystemicActionType type) {
            List<SystemicOption> options = systemicOptions(scope, key, defect);
            check(options.stream().anyMatch(o -> o.type() == type), null,
                    () -> describe(scope, key, defect) + " with option " + type,
                    () -> options.stream().map(o -> o.type() + " net " + o.netBenefit()).toList().toString());
            return this;
        }

        /**
         * A finding of this scope, key and defect has no such option for management.
         *
         * @param scope the finding's scope
         * @param key the finding's key (the product line, batch, supplier, lot, customer id or size key)
         * @param defect the defect code, or null for a finding across defects
         * @param type the option for management
         * @return this verification, for further expectations
         */
        public Verification expectNoSystemicOption(FindingScope scope, String key, String defect, SystemicActionType type) {
            List<SystemicOption> options = systemicOptions(scope, key, defect);
            check(options.stream().noneMatch(o -> o.type() == type), null,
                    () -> describe(scope, key, defect) + " without option " + type,
                    () -> options.stream().map(o -> o.type() + " net " + o.netBenefit()).toList().toString());
            return this;
        }

        /**
         * The corrective action's verdict.
         *
         * @param action the corrective action, as given
         * @param verdict the verdict expected
         * @return this verification, for further expectations
         */
        public Verification expectVerdict(CorrectiveAction action, Verdict verdict) {
            Optional<ActionVerification> actual = assessment().verification(action.id());
            check(actual.isPresent() && actual.get().verdict() == verdict, null,
                    () -> "verdict " + verdict + " on action " + action.id(),
                    () -> actual.map(Object::toString).orElse("no verdict"));
            return this;
        }

        /**
         * The corrective action's escalation in force is at this level.
         *
         * @param action the corrective action, as given
         * @param level the level expected (FRONTLINE: no escalation)
         * @return this verification, for further expectations
         */
        public Verification expectActionEscalation(CorrectiveAction action, EscalationLevel level) {
            EscalationLevel actual = assessment().levelOf(TargetType.ACTION, action.id());
            check(actual == level, null, () -> "action " + action.id() + " at " + level,
                    () -> actual + " " + assessment().escalationOf(TargetType.ACTION, action.id()).map(Object::toString).orElse(""));
            return this;
        }

        /** The options for management of the problem each such finding is a view of. */
        private List<SystemicOption> systemicOptions(FindingScope scope, String key, String defect) {
            return findings(scope, key, defect).stream()
                    .flatMap(f -> assessment().problemOf(f.id()).map(p -> assessment().systemicOptions(p.id()))
                            .orElse(assessment().systemicOptions(f.id())).stream()).toList();
        }

        /** A finding's level: its own escalation in force, or that of the problem it is a view of. */
        private EscalationLevel findingLevel(RepeatFinding finding) {
            EscalationLevel own = assessment().levelOf(TargetType.FINDING, finding.id());
            EscalationLevel ofProblem = assessment().problemOf(finding.id())
                    .map(p -> assessment().levelOf(TargetType.PROBLEM, p.id())).orElse(EscalationLevel.FRONTLINE);
            return own.compareTo(ofProblem) >= 0 ? own : ofProblem;
        }

        private static String describeOptions(List<ResolutionOption> options) {
            return options.isEmpty() ? "no options" : options.stream()
                    .map(o -> o.type() + " (" + o.estimatedCost() + ", \"" + o.rule() + "\")").collect(Collectors.joining(", "));
        }

        private Optional<DeadlineWarning> warnings(Complaint complaint, DeadlineKind kind) {
            return assessment().warnings().stream()
                    .filter(w -> w.complaintId().equals(complaint.id()) && w.kind() == kind).findFirst();
        }

        private List<RepeatFinding> findings(FindingScope scope, String key, String defect) {
            return assessment().findings().stream()
                    .filter(f -> f.scope() == scope && f.key().equals(key) && Objects.equals(f.defect(), defect))
                    .toList();
        }

        private String escalationsOf(String target) {
            return "in force " + assessment().escalationOf(TargetType.COMPLAINT, target).map(Object::toString).orElse("none")
                    + ", superseded " + assessment().supersededEscalations().stream()
                    .filter(e -> e.target().equals(target)).map(Escalation::rule).toList();
        }

        private String derivedFindings() {
            List<RepeatFinding> all = assessment().findings();
            return all.isEmpty() ? "no finding" : all.stream()
                    .map(f -> f.scope() + "/" + f.key() + "/" + f.defect() + " " + f.complaintIds())
                    .collect(Collectors.joining("; "));
        }

        private static String describe(FindingScope scope, String key, String defect) {
            return "a " + scope + " finding for '" + key + "'" + (defect == null ? " spanning defects" : " and " + defect);
        }

        private void check(boolean ok, String message, Supplier<String> expected, Supplier<String> actual) {
            if (!ok) {
                throw new AssertionError((message == null ? "" : message + ": ") + "expected " + expected.get()
                        + System.lineSeparator() + "  but derived: " + actual.get()
                        + System.lineSeparator() + "  rules fired: " + assessment().firedRules());
            }
        }
    }

    /**
     * Checks one rule: only the conclusions that rule derived count. An expectation or
     * {@link #conclusions()} before {@link #given} throws {@link IllegalStateException}; one that does not
     * hold throws {@link AssertionError}.
     */
    public static final class RuleCheck {
        private final RulesVerifier verifier;
        private final String rule;
        private Verification verification;

        private RuleCheck(RulesVerifier verifier, String rule) {
            this.verifier = verifier;
            this.rule = rule;
        }

        /**
         * The facts to assess, as {@link RulesVerifier#given} takes them.
         *
         * @param facts complaints (or their builders), products, batches, corrective actions, root causes, or collections of them
         * @return this check
         */
        public RuleCheck given(Object... facts) {
            verification = verifier.given(facts);
            return this;
        }

        /**
         * Assesses the facts as of another instant (default {@link Facts#NOW}).
         *
         * @param clock the assessment's clock
         * @return this check
         */
        public RuleCheck asOf(Instant clock) {
            verification = started().asOf(clock);
            return this;
        }

        /**
         * The rule's conclusions, for assertions of your own.
         *
         * @return the conclusions that rule derived
         */
        public List<Conclusion> conclusions() {
            return started().assessment().conclusions().stream().filter(c -> c.rule().equals(rule)).toList();
        }

        /**
         * The rule derived at least one conclusion.
         *
         * @return this check
         */
        public RuleCheck fires() {
            if (conclusions().isEmpty()) {
                fail("rule \"" + rule + "\" to derive something", "nothing");
            }
            return this;
        }

        /**
         * The rule derived exactly {@code count} distinct conclusions.
         *
         * @param count how many distinct conclusions
         * @return this check
         */
        public RuleCheck derives(int count) {
            List<Conclusion> derived = conclusions();
            if (derived.size() != count) {
                fail("rule \"" + rule + "\" to derive " + count, derived.size() + ": " + derived);
            }
            return this;
        }

        /**
         * The rule derived nothing.
         *
         * @return this check
         */
        public RuleCheck doesNotFire() {
            List<Conclusion> derived = conclusions();
            if (!derived.isEmpty()) {
                fail("rule \"" + rule + "\" to derive nothing", derived.toString());
            }
            return this;
        }

        private Verification started() {
            if (verification == null) {
                throw new IllegalStateException("call given(...) first");
            }
            return verification;
        }

        private void fail(String expected, String actual) {
            throw new AssertionError("expected " + expected + System.lineSeparator() + "  but derived: " + actual
                    + System.lineSeparator() + "  rules fired: " + started().assessment().firedRules());
        }
    }
}
