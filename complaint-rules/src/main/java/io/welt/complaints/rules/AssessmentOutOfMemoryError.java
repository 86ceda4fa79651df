package io.welt.complaints.rules;

/**
 * The Java heap ran out during an assessment (or a monitor's change), named with the stage it reached.
 * It is an {@link OutOfMemoryError}, so a host's handling of those still applies; unlike a bare one it
 * says where the work stood, how large the heap was, and it is never hidden inside another exception
 * (Drools can wrap the error, e.g. as "cannot invoke method"). By the time it is thrown the session is
 * disposed of and its memory released: the rules stay usable, for a smaller log or after the host frees
 * memory. The original error is its {@linkplain #getCause() cause}.
 */
public final class AssessmentOutOfMemoryError extends OutOfMemoryError {

    private static final long serialVersionUID = 1L;

    /** What the library was doing when the heap ran out. */
    private final String stage;

    /**
     * The heap ran out while the library was at {@code stage}.
     *
     * @param stage what it was doing, e.g. "checking the log"
     * @param cause the OutOfMemoryError the JVM threw
     */
    public AssessmentOutOfMemoryError(String stage, Throwable cause) {
        super("ran out of memory while " + stage + " (the Java heap is at most " + maxHeapMiB() + " MiB)");
        this.stage = stage;
        initCause(cause);
    }

    /**
     * What the library was doing: "checking the log", "running the rules on 100000 complaints", ...
     *
     * @return the stage, in words
     */
    public String stage() {
        return stage;
    }

    /**
     * The most the heap can grow to, in MiB.
     *
     * @return the maximum heap, in MiB
     */
    public static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** The out-of-memory error in {@code failure} or its causes, or null. */
    static OutOfMemoryError find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }
}
