package io.welt.complaints.rules;

import java.util.Objects;

/**
 * Where a record came from, so a rejection can point at it: a file and line, or the position in a
 * list handed to the API.
 *
 * @param source the file name, or a name such as "complaints" for records added through the API
 * @param line   the line in the file (the header is line 1), or the 1-based position in the list
 */
public record RecordOrigin(String source, long line) {

    /**
     * Checks the values.
     *
     * @param source the file name, or a name such as "complaints" for records added through the API
     * @param line the line in the file (the header is line 1), or the 1-based position in the list
     * @throws NullPointerException when a required value is null; the message names it
     */
    public RecordOrigin {
        Objects.requireNonNull(source, "source");
    }
}
