package io.welt.complaints.model;

import java.time.Instant;

/**
 * One entry of the contact log: a person contacting the customer of a complaint.
 *
 * @param complaintId the complaint
 * @param at          when
 * @param by          who made the contact
 * @param channel     the channel, or null when not recorded
 * @param kind        a call-back, an e-mail, a letter or a visit
 * @param outcome     what came of it in a few words (e.g. "satisfied", "no answer"), or null
 * @param note        anything else, or null
 */
public record Contact(String complaintId, Instant at, String by, Channel channel, ContactKind kind, String outcome,
                      String note) {

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param complaintId the complaint
     * @param at when
     * @param by who made the contact
     * @param channel the channel, or null when not recorded
     * @param kind a call-back, an e-mail, a letter or a visit
     * @param outcome what came of it in a few words (e.g. "satisfied", "no answer"), or null
     * @param note anything else, or null
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Contact {
        complaintId = Checks.text(complaintId, "complaintId");
        Checks.present(at, "at");
        by = Checks.text(by, "by");
        Checks.present(kind, "kind");
        outcome = Checks.optionalText(outcome);
        note = Checks.optionalText(note);
    }
}
