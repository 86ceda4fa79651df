package io.welt.complaints.rules.policy;

/**
 * A policy file that cannot be used: its message names the file, the line, the key and why, e.g.
 * {@code my-policy.yaml:12: repeats.productLine.window: '30 dayz' is not a duration like 30 days or
 * 24 hours}.
 */
public final class PolicyFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file's name, as errors report it. */
    private final String source;
    /** The line (1-based) of the fault, or 0 for the file as a whole. */
    private final int line;
    /** The key's path, or null for the file as a whole. */
    private final String key;
    /** Why the value cannot be used. */
    private final String reason;

    /**
     * A policy file that cannot be used, and why.
     *
     * @param source the file's name, as errors report it
     * @param line   the line (1-based), or 0 when the fault is not on one line
     * @param key    the key's path, e.g. {@code repeats.productLine.window}, or null for the file as a whole
     * @param reason why the value cannot be used
     */
    public PolicyFileException(String source, int line, String key, String reason) {
        this(source, line, key, reason, null);
    }

    /**
     * As {@link #PolicyFileException(String, int, String, String)}, with the failure that revealed it.
     *
     * @param source the file's name, as errors report it
     * @param line   the line (1-based), or 0 when the fault is not on one line
     * @param key    the key's path, or null for the file as a whole
     * @param reason why the value cannot be used
     * @param cause  the parser's or the model's failure, or null
     */
    public PolicyFileException(String source, int line, String key, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + (key == null ? "" : key + ": ") + reason, cause);
        this.source = source;
        this.line = line;
        this.key = key;
        this.reason = reason;
    }

    /**
     * The file's name, as errors report it.
     *
     * @return the name, e.g. "my-policy.yaml"
     */
    public String source() {
        return source;
    }

    /**
     * The line (1-based) of the faulty key or value, or 0 when the fault is the file as a whole.
     *
     * @return the line, or 0
     */
    public int line() {
        return line;
    }

    /**
     * The key's path, e.g. {@code repeats.productLine.window}, or null for the file as a whole.
     *
     * @return the key's path, or null
     */
    public String key() {
        return key;
    }

    /**
     * Why the value cannot be used.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
