package io.welt.complaints.rules;

import java.util.List;

/**
 * A rule file did not compile. The message lists every error with its file, line, column and text;
 * {@link #errors()} gives them one by one.
 */
public final class RuleCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One compile error.
     *
     * @param file    the rule file
     * @param line    its line, or 0 when not known
     * @param column  its column, or 0 when not known
     * @param message what the compiler said
     */
    public record Error(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    /** The compile errors, in the order reported. */
    private final List<Error> errors;

    /**
     * The rules do not compile; the message lists every error.
     *
     * @param errors the compile errors
     */
    public RuleCompilationException(List<Error> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    private static String describe(List<Error> errors) {
        StringBuilder text = new StringBuilder("the rules do not compile (" + errors.size()
                + (errors.size() == 1 ? " error" : " errors") + "):");
        for (Error error : errors) {
            text.append(System.lineSeparator()).append("  ").append(error);
        }
        return text.toString();
    }

    /**
     * The compile errors, each with its file, line and column.
     *
     * @return the errors, unmodifiable
     */
    public List<Error> errors() {
        return errors;
    }
}
