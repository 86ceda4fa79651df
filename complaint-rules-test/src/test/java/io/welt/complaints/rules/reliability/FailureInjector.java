package io.welt.complaints.rules.reliability;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A failure on demand inside a session, for {@link MonitorAtomicityTest}: armed with a countdown, the
 * rule (or the constraint) that calls it throws when the countdown reaches zero; disarmed, it does nothing.
 * Public only so that the test's rules can call it.
 */
public final class FailureInjector {

    private static final AtomicLong COUNTDOWN = new AtomicLong(-1);
    private static final AtomicLong INJECTED = new AtomicLong();

    private FailureInjector() {
    }

    /** Throws on the {@code calls}-th call from now (0: the next one). */
    static void arm(long calls) {
        COUNTDOWN.set(calls);
    }

    static void disarm() {
        COUNTDOWN.set(-1);
    }

    /** How many failures were injected so far. */
    static long injected() {
        return INJECTED.get();
    }

    /** Called by a rule's consequence. */
    public static void tick() {
        if (COUNTDOWN.get() >= 0 && COUNTDOWN.getAndDecrement() == 0) {
            INJECTED.incrementAndGet();
            throw new IllegalStateException("a failure injected by the test");
        }
    }

    /** Called by a rule's constraint: true, or a failure. */
    public static boolean pass() {
        tick();
        return true;
    }
}
