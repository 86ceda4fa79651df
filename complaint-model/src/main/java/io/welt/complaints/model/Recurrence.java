package io.welt.complaints.model;

/**
 * A complaint showing that a corrective action did not stop its problem: same scope and defect, on
 * goods made after the action took effect.
 *
 * @param actionId    the action
 * @param complaintId the complaint
 * @param rule        the rule that found it
 * @param reason      why it counts (and old stock would not)
 */
public record Recurrence(String actionId, String complaintId, String rule, String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param actionId the action
     * @param complaintId the complaint
     * @param rule the rule that found it
     * @param reason why it counts (and old stock would not)
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Recurrence {
        actionId = Checks.text(actionId, "actionId");
        complaintId = Checks.text(complaintId, "complaintId");
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
    public String headline() {
        return complaintId + " is a recurrence of the problem action " + actionId + " was to stop";
    }
}
