package io.welt.complaints.model;

/**
 * How serious one complaint is, and which rule decided it.
 *
 * @param complaintId the complaint assessed
 * @param severity    the severity
 * @param rule        the rule that set it
 * @param reason      why
 */
public record SeverityAssessment(String complaintId, Severity severity, String rule, String reason)
        implements Conclusion {

    /**
     * Checks the values.
     *
     * @param complaintId the complaint assessed
     * @param severity the severity
     * @param rule the rule that set it
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public SeverityAssessment {
        complaintId = Checks.text(complaintId, "complaintId");
        Checks.present(severity, "severity");
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
        return "severity|" + complaintId + "|" + rule;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return complaintId + " is " + severity;
    }
}
