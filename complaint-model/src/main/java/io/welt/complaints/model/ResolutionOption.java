package io.welt.complaints.model;

/**
 * One remedy a frontline agent may offer for a complaint now, with what it is estimated to cost the
 * business and why the policy allows it.
 *
 * @param complaintId   the complaint
 * @param type          the remedy
 * @param preference    the policy's order of preference among the complaint's options (1 first)
 * @param estimatedCost the estimated cost to the business (remedy and handling)
 * @param requested     whether it is the remedy the customer asked for
 * @param rule          the rule that proposed it
 * @param reason        why
 */
public record ResolutionOption(String complaintId, RemedyType type, int preference, Money estimatedCost,
                               boolean requested, String rule, String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param complaintId the complaint
     * @param type the remedy
     * @param preference the policy's order of preference among the complaint's options (1 first)
     * @param estimatedCost the estimated cost to the business (remedy and handling)
     * @param requested whether it is the remedy the customer asked for
     * @param rule the rule that proposed it
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public ResolutionOption {
        complaintId = Checks.text(complaintId, "complaintId");
        Checks.present(type, "type");
        Checks.check(preference >= 1, "preference", () -> "must be at least 1, was " + preference);
        Checks.present(estimatedCost, "estimatedCost");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** {@inheritDoc} */
    @Override
    public String subject() {
        return complaintId;
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "option|" + complaintId + "|" + type + "|" + rule;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return complaintId + " may be offered " + type + " (" + estimatedCost + ")";
    }
}
