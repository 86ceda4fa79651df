package io.welt.complaints.model;

/**
 * A corrective action that did not work, taken over by a later action on the same scope, key and
 * defect: the later action's verdict now decides whether the problem is solved.
 *
 * @param actionId     the earlier, failed action
 * @param supersededBy the later action
 * @param rule         the rule that concluded it
 * @param reason       why
 */
public record ActionSuperseded(String actionId, String supersededBy, String rule, String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param actionId the earlier, failed action
     * @param supersededBy the later action
     * @param rule the rule that concluded it
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public ActionSuperseded {
        actionId = Checks.text(actionId, "actionId");
        supersededBy = Checks.text(supersededBy, "supersededBy");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return "action " + actionId + " is superseded by " + supersededBy;
    }
}
