package io.welt.complaints.examples.cli;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells the user on standard error how a long run is getting on, so that a log of a million
 * complaints does not look like a hung command: a line every {@value #EVERY_ROWS} rows read (never
 * two within a second), then a line when the assessment starts and when the report is written. Runs
 * whose files have no more than {@value #THRESHOLD} rows print nothing, and {@code --quiet} silences
 * it. Standard output, the report, never sees it. The lines carry counts and file names only, never
 * a value from a record.
 *
 * <pre>{@code
 * Progress progress = new Progress(line -> err.println("complaints: " + line), System::nanoTime, Progress.Limits.DEFAULT);
 * }</pre>
 */
final class Progress {

    /** Files with more rows than this show progress. */
    static final int THRESHOLD = 50_000;
    /** At most one line per this many rows read. */
    static final int EVERY_ROWS = 100_000;
    private static final long SECOND = 1_000_000_000L;

    /**
     * When lines are printed: more than {@code threshold} rows in a file, one line per {@code everyRows}
     * rows at most, and never two reading lines less than {@code minNanos} apart.
     */
    record Limits(int threshold, int everyRows, long minNanos) {
        static final Limits DEFAULT = new Limits(THRESHOLD, EVERY_ROWS, SECOND);
    }

    /** A progress that prints nothing: --quiet, or a caller that reads a file for another purpose. */
    static Progress off() {
        return new Progress(line -> { }, () -> 0L, Limits.DEFAULT);
    }

    private final Consumer<String> lines;
    private final LongSupplier clock;
    private final Limits limits;
    private boolean large;
    private long lastRows;
    private long lastAt;

    /**
     * @param lines  receives each line (the caller adds the tool's prefix)
     * @param clock  nanoseconds, e.g. {@code System::nanoTime}
     * @param limits when to print
     */
    Progress(Consumer<String> lines, LongSupplier clock, Limits limits) {
        this.lines = lines;
        this.clock = clock;
        this.limits = limits;
        this.lastAt = clock.getAsLong() - limits.minNanos();
    }

    /** Whether the input is large enough for progress lines. */
    boolean large() {
        return large;
    }

    private String stageNow = "starting";
    private String readingWhat;
    private long readingRows;

    /**
     * How far the work got, for a message when it stops: the stage, or the file being read and how many
     * rows of it are read.
     */
    String where() {
        return readingWhat != null ? "reading the " + readingWhat + " (" + count(readingRows) + " rows read)" : stageNow;
    }

    /** Notes that the file of {@code what} is being read (before its first row). */
    void reading(String what) {
        readingWhat = what;
        readingRows = 0;
    }

    /** {@code rows} rows of the file of {@code what} ("complaints") read so far; call after each row. */
    void read(String what, long rows) {
        readingWhat = what;
        readingRows = rows;
        if (rows > limits.threshold()) {
            large = true;
        }
        if (!large || rows - lastRows < limits.everyRows()) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastAt < limits.minNanos()) {
            return;
        }
        lastRows = rows;
        lastAt = now;
        lines.accept("read " + count(rows) + " " + what + "...");
    }

    /** The file of {@code what}, {@code file}, is read whole: {@code rows} rows. */
    void readAll(String what, String file, long rows) {
        readingWhat = null;
        stageNow = "having read " + count(rows) + " " + what + " from " + Text.safe(file);
        if (rows > limits.threshold()) {
            large = true;
            lines.accept("read " + count(rows) + " " + what + " from " + Text.safe(file));
        }
        lastRows = 0;
    }

    /** A stage begins ("assessing 1,000,000 complaints"); printed for a large input only. */
    void stage(String what) {
        readingWhat = null;
        stageNow = what;
        if (large) {
            lines.accept(what + "...");
        }
    }

    /** {@code n} with thousands separated by commas, as 1,000,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
