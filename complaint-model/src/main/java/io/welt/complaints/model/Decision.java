package io.welt.complaints.model;

import java.time.Instant;

/**
 * A person's decision on a problem or finding: which option they chose, when, and why.
 *
 * @param subject   the problem or finding id
 * @param option    the option chosen (one of the options put to management, or {@code MONITOR})
 * @param decidedAt when
 * @param by        who decided
 * @param rationale why, in their words, or null
 * @param actionId  the corrective action that carries it out, or null
 */
public record Decision(String subject, SystemicActionType option, Instant decidedAt, String by, String rationale,
                       String actionId) {

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param subject the problem or finding id
     * @param option the option chosen (one of the options put to management, or {@code MONITOR})
     * @param decidedAt when
     * @param by who decided
     * @param rationale why, in their words, or null
     * @param actionId the corrective action that carries it out, or null
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Decision {
        subject = Checks.text(subject, "subject");
        Checks.present(option, "option");
        Checks.present(decidedAt, "decidedAt");
        by = Checks.text(by, "by");
        rationale = Checks.optionalText(rationale);
        actionId = Checks.optionalText(actionId);
    }
}
