package io.welt.complaints.model;

import java.time.Instant;

/**
 * A service-level target about to be missed: most of its time is used and it is not met yet.
 *
 * @param complaintId the complaint
 * @param kind        which target
 * @param deadline    when the target will be missed
 * @param usedPercent how much of the target's time was used when the warning came, in percent: the
 *                    policy's warning share (80 by default)
 * @param rule        the rule that warned
 * @param reason      why
 */
public record DeadlineWarning(String complaintId, DeadlineKind kind, Instant deadline, int usedPercent, String rule,
                              String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param complaintId the complaint
     * @param kind which target
     * @param deadline when the target will be missed
     * @param usedPercent how much of the target's time was used when the warning came, in percent: the
     *   policy's warning share (80 by default)
     * @param rule the rule that warned
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public DeadlineWarning {
        complaintId = Checks.text(complaintId, "complaintId");
        Checks.present(kind, "kind");
        Checks.present(deadline, "deadline");
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
    public String headline() {
        return complaintId + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " due soon";
    }
}
