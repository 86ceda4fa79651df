package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.Html;

/**
 * Makes text from input files safe to show: control characters and invisible format characters
 * (bidirectional overrides, zero-width spaces, a stray byte-order mark) could rewrite a terminal or
 * hide what a line says, and a 10,000-character cell would bury the message around it.
 */
final class Text {

    private static final int EXCERPT_LENGTH = 40;

    private Text() {
    }

    /**
     * {@code value} on one line, with control characters (line breaks too) and invisible format
     * characters written as {@code \\uXXXX}.
     */
    static String safe(String value) {
        return Html.visible(value);
    }

    /** A safe, single-line excerpt of a value read from a file, for quoting in a message. */
    static String excerpt(String value) {
        String safe = safe(value);
        if (safe.codePointCount(0, safe.length()) <= EXCERPT_LENGTH) {
            return safe;
        }
        return safe.substring(0, safe.offsetByCodePoints(0, EXCERPT_LENGTH)) + "...";
    }
}
