package io.welt.complaints.test;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Conclusion;

import java.util.List;

/**
 * Checks on what a rule that fired derived, and from what, like Timefold's {@code justifiesWith}.
 * What a conclusion was derived from is the complaints it rests on: a severity, warning, option,
 * safety step or recurrence its complaint; a finding or problem the complaints it holds; an escalation
 * or option for management those of its complaint, finding, problem or action; a verdict or any other
 * step on a corrective action the complaints that recurred after it. (A conclusion type of your own,
 * if a record, by its {@code complaintId} or {@code complaintIds} component.)
 *
 * <pre>{@code
 * verifier.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3, derbyComplaint)
 *         .fires()
 *         .derivedFrom(c1, c2, c3)
 *         .notDerivedFrom(derbyComplaint)
 *         .withReasonContaining("at least 3 within 30 days");
 * }</pre>
 */
public interface FiredRuleAssertion {

    /**
     * One of the rule's conclusions was derived from exactly these complaints, no more, no fewer.
     *
     * @param complaints the complaints, in any order
     * @return the same checks
     * @throws AssertionError when none was; the message lists what each conclusion was derived from
     */
    FiredRuleAssertion derivedFrom(Complaint... complaints);

    /**
     * None of the rule's conclusions rests on any of these complaints.
     *
     * @param complaints the complaints that must not have counted
     * @return the same checks
     * @throws AssertionError when one does; the message names the conclusion
     */
    FiredRuleAssertion notDerivedFrom(Complaint... complaints);

    /**
     * One of the rule's conclusions gives a reason (what the audit trail says of it) containing this text.
     *
     * @param fragment part of the reason, e.g. "at least 3 within 30 days"
     * @return the same checks
     * @throws AssertionError when none does; the message lists the reasons
     */
    FiredRuleAssertion withReasonContaining(String fragment);

    /** @return the rule's conclusions, for assertions of your own */
    List<Conclusion> conclusions();
}
