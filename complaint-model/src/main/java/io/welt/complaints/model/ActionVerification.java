package io.welt.complaints.model;

import java.util.List;

/**
 * The verdict on a corrective action as of the assessment's clock.
 *
 * @param actionId    the action
 * @param verdict     the verdict
 * @param recurrences the complaints that recurred (for INEFFECTIVE), in the order received
 * @param rule        the rule that reached the verdict
 * @param reason      why
 */
public record ActionVerification(String actionId, Verdict verdict, List<String> recurrences, String rule,
                                 String reason) implements Conclusion {

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param actionId the action
     * @param verdict the verdict
     * @param recurrences the complaints that recurred (for INEFFECTIVE), in the order received
     * @param rule the rule that reached the verdict
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public ActionVerification {
        actionId = Checks.text(actionId, "actionId");
        Checks.present(verdict, "verdict");
        recurrences = Checks.list(recurrences == null ? List.of() : recurrences, "recurrences");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** {@inheritDoc} */
    @Override
    public String subject() {
        return actionId;
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "verdict|" + actionId;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return "action " + actionId + " is " + verdict;
    }
}
