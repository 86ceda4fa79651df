package io.welt.complaints.rules;

import java.util.Objects;

/**
 * A record that was not assessed, and exactly why: which record, which field, what is wrong.
 * Rejected records never stop the rest of the log from being assessed.
 *
 * @param source  the file (or API list) the record came from
 * @param line    its line in the file, or its 1-based position in the list
 * @param id      the record's id when it has one, else null
 * @param field   the field at fault, as named in the file's header (e.g. "received_at")
 * @param message why, in words a clerk can act on
 */
public record Rejection(String source, long line, String id, String field, String message) {

    /**
     * Checks the values.
     *
     * @param source the file (or API list) the record came from
     * @param line its line in the file, or its 1-based position in the list
     * @param id the record's id when it has one, else null
     * @param field the field at fault, as named in the file's header (e.g. "received_at")
     * @param message why, in words a clerk can act on
     * @throws NullPointerException when a required value is null; the message names it
     */
    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A rejection of the record at {@code origin}.
     *
     * @param origin where the record came from: its source and line
     * @param id the record's id when it has one, else null
     * @param field the field at fault, as named in the file's header
     * @param message why, in words a clerk can act on
     * @return the rejection
     * @throws NullPointerException when origin, field or message is null
     */
    public static Rejection of(RecordOrigin origin, String id, String field, String message) {
        return new Rejection(origin.source(), origin.line(), id, field, message);
    }

    @Override
    public String toString() {
        return source + ":" + line + (id == null ? "" : " (" + id + ")") + ": " + field + ": " + message;
    }
}
