package io.welt.complaints.examples.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The remarks the command line prints on standard error ("complaints: ..."), capped: at most
 * {@link #MAX_NOTES} notes of at most {@link #MAX_LENGTH} characters each, each made safe for a
 * terminal, so that no input file can flood the terminal or a log with its contents. Notes left out
 * are counted and the count is said once, at the end.
 */
final class Notes implements Consumer<String> {

    static final int MAX_NOTES = 50;
    static final int MAX_LENGTH = 500;

    private final PrintStream err;
    private int printed;
    private int leftOut;

    Notes(PrintStream err) {
        this.err = err;
    }

    @Override
    public void accept(String note) {
        if (printed >= MAX_NOTES) {
            leftOut++;
            return;
        }
        printed++;
        String safe = Text.safe(note);
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH) + "... (" + (safe.length() - MAX_LENGTH) + " more characters)";
        }
        err.println("complaints: " + safe);
    }

    /** Says how many notes were left out, if any. */
    void finish() {
        if (leftOut > 0) {
            err.println("complaints: " + leftOut + " further note(s) left out");
            leftOut = 0;
        }
    }
}
