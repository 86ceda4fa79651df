package io.welt.complaints.model;

/**
 * A root cause that must be investigated again because the action meant to remove it failed.
 *
 * @param rootCauseId the root cause
 * @param actionId    the ineffective action
 * @param rule        the rule that reopened it
 * @param reason      why
 */
public record RootCauseReopened(String rootCauseId, String actionId, String rule, String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param rootCauseId the root cause
     * @param actionId the ineffective action
     * @param rule the rule that reopened it
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public RootCauseReopened {
        rootCauseId = Checks.text(rootCauseId, "rootCauseId");
        actionId = Checks.text(actionId, "actionId");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "reopened|" + rootCauseId + "|" + actionId;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return "root cause " + rootCauseId + " reopens";
    }
}
