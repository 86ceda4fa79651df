package io.welt.complaints.model;

import java.time.Instant;

/**
 * One step of the problem-solving record: who or what decided, when, about what, and why.
 *
 * @param at      when it happened (for a rule: when the facts that made it fire were in place)
 * @param actor   who decided: "rule:&lt;rule name&gt;" for the library, a person or system otherwise
 * @param subject the id of the complaint, finding or action concerned
 * @param event   what happened, e.g. "severity HIGH", "escalated to QUALITY_MANAGER"
 * @param reason  why
 */
public record AuditEntry(Instant at, String actor, String subject, String event, String reason) {

    /**
     * Checks the values.
     *
     * @param at when it happened (for a rule: when the facts that made it fire were in place)
     * @param actor who decided: "rule:&lt;rule name&gt;" for the library, a person or system otherwise
     * @param subject the id of the complaint, finding or action concerned
     * @param event what happened, e.g. "severity HIGH", "escalated to QUALITY_MANAGER"
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public AuditEntry {
        Checks.present(at, "at");
        actor = Checks.text(actor, "actor");
        subject = Checks.text(subject, "subject");
        event = Checks.text(event, "event");
        reason = Checks.text(reason, "reason");
    }
}
