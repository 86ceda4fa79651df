package io.welt.complaints.rules.report;

/**
 * Makes text from the input safe inside an HTML page (and inside XML, so the page also parses as
 * XHTML): {@code & < > " '} become character references, so a description such as
 * {@code <script>} is shown, never run; control and invisible format characters are written as
 * {@code \\uXXXX} ({@link #visible}, which a terminal needs too); a lone surrogate or a noncharacter,
 * which no page can hold, becomes U+FFFD. The result is safe both as element text and inside a
 * double- or single-quoted attribute.
 *
 * <pre>{@code
 * Html.text("<script>alert(1)</script>")   // "&lt;script&gt;alert(1)&lt;/script&gt;"
 * }</pre>
 */
public final class Html {

    private Html() {
    }

    /**
     * {@code value} on one line, escaped; the empty string for null.
     *
     * @param value the text, or null
     * @return it escaped for HTML
     */
    public static String text(String value) {
        return escape(visible(value));
    }

    /**
     * {@code value} on one line, with control characters (line breaks too) and invisible format
     * characters (bidirectional overrides, zero-width spaces, a stray byte-order mark) written as
     * {@code \\uXXXX}, so that they can neither rewrite a terminal nor hide what a line says; not yet
     * escaped for HTML. The empty string for null.
     *
     * @param value the text, or null
     * @return it with such characters made visible
     */
    public static String visible(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * {@code value} with its line breaks kept as {@code <br/>}, each line escaped as {@link #text}.
     *
     * @param value the text, or null
     * @return it escaped, with {@code <br/>} for its line breaks
     */
    public static String lines(String value) {
        if (value == null) {
            return "";
        }
        String[] lines = value.split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            out.append(text(lines[i]));
        }
        return out.toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.getType(c) == Character.SURROGATE || (c & 0xFFFE) == 0xFFFE
                            || c >= 0xFDD0 && c <= 0xFDEF) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
