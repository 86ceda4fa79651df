package io.welt.complaints.model;

import java.time.Instant;

/**
 * A reference to a piece of evidence about a complaint, problem, action or root cause: a photo of
 * the cracked grain, a lab report, the tannery's response, a witness statement. The library keeps
 * the reference, never the file.
 *
 * @param subject the complaint, problem, action or root-cause id
 * @param kind    what it is
 * @param uri     where it is kept
 * @param by      who filed it, or null
 * @param at      when it was filed, or null
 * @param note    what it shows, or null
 */
public record EvidenceItem(String subject, EvidenceKind kind, String uri, String by, Instant at, String note) {

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param subject the complaint, problem, action or root-cause id
     * @param kind what it is
     * @param uri where it is kept
     * @param by who filed it, or null
     * @param at when it was filed, or null
     * @param note what it shows, or null
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public EvidenceItem {
        subject = Checks.text(subject, "subject");
        Checks.present(kind, "kind");
        uri = Checks.text(uri, "uri");
        by = Checks.optionalText(by);
        note = Checks.optionalText(note);
    }
}
