package io.welt.complaints.test;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.DeadlineKind;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.SafetyActionKind;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.Verdict;
import io.welt.complaints.rules.Assessment;

/**
 * Expectations on the whole assessment of the given facts: what every rule together derived. Each
 * expectation either passes and returns the next stage, or throws {@link AssertionError} saying what
 * was expected, what was derived and which rules fired.
 *
 * <pre>{@code
 * verifier.given(chelsea, c1, c2, c3)
 *         .as("three stitching complaints in a month")
 *         .expectFinding(FindingScope.PRODUCT_LINE, "Chelsea boot", "STITCHING", c1, c2, c3)
 *         .expectSeverity(c1, Severity.MEDIUM).byRule(RuleNames.TRIAGE_CATEGORY_DEFAULT);
 * }</pre>
 *
 * <p>The facts are assessed once, at the first expectation; every later one reads the same
 * assessment.
 *
 * @see RulesVerifier#given(Object...)
 */
public interface AssessmentAssertion {

    /**
     * Describes the scenario: every failure of the expectations that follow starts with this
     * description, as AssertJ's {@code as} does.
     *
     * @param description what the test is about, e.g. "a strap that failed within a year"
     * @return the same expectations, described
     */
    AssessmentAssertion as(String description);

    /** @return the assessment itself, for expectations this kit does not offer */
    Assessment assessment();

    /**
     * The complaint's severity (the highest any rule gave it) is this one; {@code .byRule(name)}
     * then says which rule must have decided it.
     *
     * @param complaint the complaint
     * @param severity  the severity expected
     * @return the next stage, where the deciding rule may be named
     * @throws AssertionError when it has another severity or none (it was rejected)
     */
    ConclusionAssertion expectSeverity(Complaint complaint, Severity severity);

    /**
     * The complaint's escalation in force is at this level ({@link EscalationLevel#FRONTLINE}: none);
     * {@code .byRule(name)} then says which rule must have raised it.
     *
     * @param complaint the complaint
     * @param level     the level expected
     * @return the next stage, where the escalating rule may be named
     * @throws AssertionError when it is at another level
     */
    ConclusionAssertion expectEscalation(Complaint complaint, EscalationLevel level);

    /**
     * A finding of this scope, key and defect exists.
     *
     * @param scope  e.g. {@link FindingScope#PRODUCT_LINE}
     * @param key    what the scope names, e.g. "Chelsea boot" or a batch id
     * @param defect the defect code, or null for a finding spanning defects
     * @return the next stage
     * @throws AssertionError when there is none
     */
    AssessmentAssertion expectFinding(FindingScope scope, String key, String defect);

    /**
     * A finding of this scope, key and defect exists holding exactly these complaints.
     *
     * @param scope      e.g. {@link FindingScope#BATCH}
     * @param key        what the scope names
     * @param defect     the defect code, or null for a finding spanning defects
     * @param complaints the complaints it holds, in any order
     * @return the next stage
     * @throws AssertionError when no such finding holds exactly these complaints
     */
    AssessmentAssertion expectFinding(FindingScope scope, String key, String defect, Complaint... complaints);

    /**
     * No finding of this scope, key and defect exists.
     *
     * @param scope  the scope
     * @param key    what the scope names
     * @param defect the defect code, or null for a finding spanning defects
     * @return the next stage
     * @throws AssertionError when there is one
     */
    AssessmentAssertion expectNoFinding(FindingScope scope, String key, String defect);

    /**
     * No finding of any scope exists.
     *
     * @return the next stage
     * @throws AssertionError when there is one
     */
    AssessmentAssertion expectNoFindings();

    /**
     * The finding of this scope, key and defect is escalated to this level: by its own escalation or
     * by that of the problem it is a view of.
     *
     * @param scope  the scope
     * @param key    what the scope names
     * @param defect the defect code, or null for a finding spanning defects
     * @param level  the level expected
     * @return the next stage
     * @throws AssertionError when there is no such finding, or none is at this level
     */
    AssessmentAssertion expectFindingEscalation(FindingScope scope, String key, String defect, EscalationLevel level);

    /**
     * The complaint has a warning that this deadline is about to be missed.
     *
     * @param complaint the complaint
     * @param kind      the deadline
     * @return the next stage
     * @throws AssertionError when it has none
     */
    AssessmentAssertion expectWarning(Complaint complaint, DeadlineKind kind);

    /**
     * The complaint has no warning for this deadline.
     *
     * @param complaint the complaint
     * @param kind      the deadline
     * @return the next stage
     * @throws AssertionError when it has one
     */
    AssessmentAssertion expectNoWarning(Complaint complaint, DeadlineKind kind);

    /**
     * The record with this id was rejected, naming this field.
     *
     * @param recordId the id of the complaint, product, batch or action
     * @param field    the field the rejection names, e.g. "defect"
     * @return the next stage
     * @throws AssertionError when it was not rejected for this field
     */
    AssessmentAssertion expectRejected(String recordId, String field);

    /**
     * The complaint was assessed, not rejected.
     *
     * @param complaint the complaint
     * @return the next stage
     * @throws AssertionError when it was rejected
     */
    AssessmentAssertion expectAssessed(Complaint complaint);

    /**
     * The complaint's options include this remedy.
     *
     * @param complaint the complaint
     * @param remedy    the remedy
     * @return the next stage
     * @throws AssertionError when they do not
     */
    AssessmentAssertion expectOption(Complaint complaint, RemedyType remedy);

    /**
     * The complaint's first option, what the agent offers first, is this remedy.
     *
     * @param complaint the complaint
     * @param remedy    the remedy
     * @return the next stage
     * @throws AssertionError when another comes first, or there is none
     */
    AssessmentAssertion expectFirstOption(Complaint complaint, RemedyType remedy);

    /**
     * The complaint's options do not include this remedy.
     *
     * @param complaint the complaint
     * @param remedy    the remedy
     * @return the next stage
     * @throws AssertionError when they do
     */
    AssessmentAssertion expectNoOption(Complaint complaint, RemedyType remedy);

    /**
     * The complaint's safety pathway holds this step for this scope.
     *
     * @param complaint the complaint
     * @param kind      the step
     * @param scope     what it acts on: "ITEM", "BATCH", "SKU" or "AUTHORITY"
     * @return the next stage
     * @throws AssertionError when it does not
     */
    AssessmentAssertion expectSafetyAction(Complaint complaint, SafetyActionKind kind, String scope);

    /**
     * The complaint has no safety pathway: it is not an open safety complaint.
     *
     * @param complaint the complaint
     * @return the next stage
     * @throws AssertionError when it has one
     */
    AssessmentAssertion expectNoSafetyActions(Complaint complaint);

    /**
     * A finding of this scope, key and defect (or the problem it is a view of) has this option for
     * management.
     *
     * @param scope  the scope
     * @param key    what the scope names
     * @param defect the defect code, or null for a finding spanning defects
     * @param type   the option
     * @return the next stage
     * @throws AssertionError when it does not
     */
    AssessmentAssertion expectSystemicOption(FindingScope scope, String key, String defect, SystemicActionType type);

    /**
     * No finding of this scope, key and defect (nor its problem) has this option for management.
     *
     * @param scope  the scope
     * @param key    what the scope names
     * @param defect the defect code, or null for a finding spanning defects
     * @param type   the option
     * @return the next stage
     * @throws AssertionError when one does
     */
    AssessmentAssertion expectNoSystemicOption(FindingScope scope, String key, String defect, SystemicActionType type);

    /**
     * The corrective action's verdict is this one.
     *
     * @param action  the corrective action
     * @param verdict the verdict
     * @return the next stage
     * @throws AssertionError when it has another or none
     */
    AssessmentAssertion expectVerdict(CorrectiveAction action, Verdict verdict);

    /**
     * The corrective action's escalation in force is at this level ({@link EscalationLevel#FRONTLINE}: none).
     *
     * @param action the corrective action
     * @param level  the level
     * @return the next stage
     * @throws AssertionError when it is at another level
     */
    AssessmentAssertion expectActionEscalation(CorrectiveAction action, EscalationLevel level);
}
