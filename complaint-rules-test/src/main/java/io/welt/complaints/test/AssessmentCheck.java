package io.welt.complaints.test;

import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.DeadlineKind;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SafetyActionKind;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.Verdict;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.Rejection;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every stage of the whole-assessment path. Each stage the caller sees is a fresh instance sharing
 * the one {@link AssessedFacts}; the stage after a severity or escalation carries the check
 * {@link #byRule} adds.
 */
final class AssessmentCheck implements AssessmentGiven, ConclusionAssertion {

    private final AssessedFacts facts;
    private final String description;
    private final Consumer<String> byRule;

    AssessmentCheck(AssessedFacts facts, String description, Consumer<String> byRule) {
        this.facts = facts;
        this.description = description;
        this.byRule = byRule;
    }

    @Override
    public AssessmentAssertion asOf(Instant clock) {
        return new AssessmentCheck(facts.at(Objects.requireNonNull(clock, "clock")), description, null);
    }

    @Override
    public AssessmentAssertion as(String description) {
        return new AssessmentCheck(facts, Objects.requireNonNull(description, "description"), null);
    }

    @Override
    public Assessment assessment() {
        return facts.assessment();
    }

    @Override
    public AssessmentAssertion byRule(String ruleName) {
        Objects.requireNonNull(ruleName, "ruleName");
        if (byRule == null) {
            throw new IllegalStateException("byRule(...) follows expectSeverity(...) or expectEscalation(...)");
        }
        byRule.accept(ruleName);
        return next();
    }

    @Override
    public ConclusionAssertion expectSeverity(Complaint complaint, Severity severity) {
        Optional<SeverityAssessment> actual = assessment().severityAssessment(complaint.id());
        check(actual.isPresent() && actual.get().severity() == severity,
                () -> "severity " + severity + " for complaint " + complaint.id(),
                () -> actual.map(Object::toString).orElse("no severity (was it rejected? " + assessment().rejected() + ")"));
        return new AssessmentCheck(facts, description, rule -> check(actual.get().rule().equals(rule),
                () -> "severity " + severity + " for complaint " + complaint.id() + " by rule \"" + rule + "\"",
                () -> "severity " + severity + " by rule \"" + actual.get().rule() + "\"; all of its severities: "
                        + severitiesOf(complaint.id())));
    }

    @Override
    public ConclusionAssertion expectEscalation(Complaint complaint, EscalationLevel level) {
        EscalationLevel actual = assessment().levelOf(TargetType.COMPLAINT, complaint.id());
        check(actual == level, () -> "complaint " + complaint.id() + " at " + level,
                () -> actual + " " + escalationsOf(complaint.id()));
        return new AssessmentCheck(facts, description, rule -> {
            Optional<Escalation> inForce = assessment().escalationOf(TargetType.COMPLAINT, complaint.id());
            check(inForce.isPresent() && inForce.get().rule().equals(rule),
                    () -> "complaint " + complaint.id() + " at " + level + " by rule \"" + rule + "\"",
                    () -> escalationsOf(complaint.id()));
        });
    }

    @Override
    public AssessmentAssertion expectFinding(FindingScope scope, String key, String defect) {
        check(!findings(scope, key, defect).isEmpty(), () -> describe(scope, key, defect), this::derivedFindings);
        return next();
    }

    @Override
    public AssessmentAssertion expectFinding(FindingScope scope, String key, String defect, Complaint... complaints) {
        List<String> ids = Arrays.stream(complaints).sorted(Complaint.BY_RECEIPT).map(Complaint::id).toList();
        check(findings(scope, key, defect).stream().anyMatch(f -> f.complaintIds().equals(ids)),
                () -> describe(scope, key, defect) + " holding exactly " + ids, this::derivedFindings);
        return next();
    }

    @Override
    public AssessmentAssertion expectNoFinding(FindingScope scope, String key, String defect) {
        check(findings(scope, key, defect).isEmpty(), () -> "no " + describe(scope, key, defect), this::derivedFindings);
        return next();
    }

    @Override
    public AssessmentAssertion expectNoFindings() {
        check(assessment().findings().isEmpty(), () -> "no finding", this::derivedFindings);
        return next();
    }

    @Override
    public AssessmentAssertion expectFindingEscalation(FindingScope scope, String key, String defect, EscalationLevel level) {
        List<RepeatFinding> found = findings(scope, key, defect);
        check(!found.isEmpty(), () -> describe(scope, key, defect), this::derivedFindings);
        check(found.stream().anyMatch(f -> findingLevel(f) == level),
                () -> describe(scope, key, defect) + " escalated to " + level,
                () -> found.stream().map(f -> f.id() + " at " + findingLevel(f)).collect(Collectors.joining(", ")));
        return next();
    }

    @Override
    public AssessmentAssertion expectWarning(Complaint complaint, DeadlineKind kind) {
        check(warning(complaint, kind).isPresent(), () -> "a " + kind + " warning for complaint " + complaint.id(),
                () -> assessment().warnings().toString());
        return next();
    }

    @Override
    public AssessmentAssertion expectNoWarning(Complaint complaint, DeadlineKind kind) {
        check(warning(complaint, kind).isEmpty(), () -> "no " + kind + " warning for complaint " + complaint.id(),
                () -> assessment().warnings().toString());
        return next();
    }

    @Override
    public AssessmentAssertion expectRejected(String recordId, String field) {
        check(assessment().rejected().stream().anyMatch(r -> recordId.equals(r.id()) && field.equals(r.field())),
                () -> "record " + recordId + " rejected for " + field, () -> assessment().rejected().toString());
        return next();
    }

    @Override
    public AssessmentAssertion expectAssessed(Complaint complaint) {
        check(assessment().severityAssessment(complaint.id()).isPresent(), () -> "complaint " + complaint.id() + " assessed",
                () -> "rejections " + assessment().rejected().stream().map(Rejection::toString).toList());
        return next();
    }

    @Override
    public AssessmentAssertion expectOption(Complaint complaint, RemedyType remedy) {
        List<ResolutionOption> options = assessment().options(complaint.id());
        check(options.stream().anyMatch(o -> o.type() == remedy),
                () -> "option " + remedy + " for complaint " + complaint.id(), () -> describeOptions(options));
        return next();
    }

    @Override
    public AssessmentAssertion expectFirstOption(Complaint complaint, RemedyType remedy) {
        List<ResolutionOption> options = assessment().options(complaint.id());
        check(!options.isEmpty() && options.get(0).type() == remedy,
                () -> "first option " + remedy + " for complaint " + complaint.id(), () -> describeOptions(options));
        return next();
    }

    @Override
    public AssessmentAssertion expectNoOption(Complaint complaint, RemedyType remedy) {
        List<ResolutionOption> options = assessment().options(complaint.id());
        check(options.stream().noneMatch(o -> o.type() == remedy),
                () -> "no option " + remedy + " for complaint " + complaint.id(), () -> describeOptions(options));
        return next();
    }

    @Override
    public AssessmentAssertion expectSafetyAction(Complaint complaint, SafetyActionKind kind, String scope) {
        List<SafetyAction> actions = assessment().safetyActions(complaint.id());
        check(actions.stream().anyMatch(a -> a.kind() == kind && a.scope().equals(scope)),
                () -> "safety action " + kind + " on " + scope + " for complaint " + complaint.id(),
                () -> describeSafetyActions(actions));
        return next();
    }

    @Override
    public AssessmentAssertion expectNoSafetyActions(Complaint complaint) {
        List<SafetyAction> actions = assessment().safetyActions(complaint.id());
        check(actions.isEmpty(), () -> "no safety action for complaint " + complaint.id(),
                () -> describeSafetyActions(actions));
        return next();
    }

    @Override
    public AssessmentAssertion expectSystemicOption(FindingScope scope, String key, String defect, SystemicActionType type) {
        List<SystemicOption> options = systemicOptions(scope, key, defect);
        check(options.stream().anyMatch(o -> o.type() == type), () -> describe(scope, key, defect) + " with option " + type,
                () -> describeSystemicOptions(options));
        return next();
    }

    @Override
    public AssessmentAssertion expectNoSystemicOption(FindingScope scope, String key, String defect, SystemicActionType type) {
        List<SystemicOption> options = systemicOptions(scope, key, defect);
        check(options.stream().noneMatch(o -> o.type() == type),
                () -> describe(scope, key, defect) + " without option " + type, () -> describeSystemicOptions(options));
        return next();
    }

    @Override
    public AssessmentAssertion expectVerdict(CorrectiveAction action, Verdict verdict) {
        Optional<ActionVerification> actual = assessment().verification(action.id());
        check(actual.isPresent() && actual.get().verdict() == verdict, () -> "verdict " + verdict + " on action " + action.id(),
                () -> actual.map(Object::toString).orElse("no verdict"));
        return next();
    }

    @Override
    public AssessmentAssertion expectActionEscalation(CorrectiveAction action, EscalationLevel level) {
        EscalationLevel actual = assessment().levelOf(TargetType.ACTION, action.id());
        check(actual == level, () -> "action " + action.id() + " at " + level,
                () -> actual + " " + assessment().escalationOf(TargetType.ACTION, action.id()).map(Object::toString).orElse(""));
        return next();
    }

    /** The stage after a plain expectation: the same facts and description, nothing for byRule. */
    private AssessmentCheck next() {
        return byRule == null ? this : new AssessmentCheck(facts, description, null);
    }

    private List<RepeatFinding> findings(FindingScope scope, String key, String defect) {
        return assessment().findings().stream()
                .filter(f -> f.scope() == scope && f.key().equals(key) && Objects.equals(f.defect(), defect))
                .toList();
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

    private Optional<DeadlineWarning> warning(Complaint complaint, DeadlineKind kind) {
        return assessment().warnings().stream()
                .filter(w -> w.complaintId().equals(complaint.id()) && w.kind() == kind).findFirst();
    }

    private String severitiesOf(String complaintId) {
        return assessment().conclusions(SeverityAssessment.class).stream().filter(s -> s.complaintId().equals(complaintId))
                .map(s -> s.severity() + " by \"" + s.rule() + "\"").toList().toString();
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

    private static String describeOptions(List<ResolutionOption> options) {
        return options.isEmpty() ? "no options" : options.stream()
                .map(o -> o.type() + " (" + o.estimatedCost() + ", \"" + o.rule() + "\")").collect(Collectors.joining(", "));
    }

    private static String describeSafetyActions(List<SafetyAction> actions) {
        return actions.stream().map(a -> a.kind() + " " + a.scope() + " " + a.key()).toList().toString();
    }

    private static String describeSystemicOptions(List<SystemicOption> options) {
        return options.stream().map(o -> o.type() + " net " + o.netBenefit()).toList().toString();
    }

    private void check(boolean ok, Supplier<String> expected, Supplier<String> actual) {
        if (!ok) {
            throw new AssertionError((description == null ? "" : "[" + description + "] ") + "expected " + expected.get()
                    + System.lineSeparator() + "  but derived: " + actual.get()
                    + System.lineSeparator() + "  " + facts.firedRules());
        }
    }
}
