package io.welt.complaints.model;

import java.time.Instant;

/**
 * A stretch of time a complaint spent waiting on the customer (for photos, for the pair to be sent
 * back); service-level clocks stop during it.
 *
 * @param from when the wait began
 * @param to   when it ended, or null while the complaint is still waiting
 */
public record WaitingPeriod(Instant from, Instant to) {

    /**
     * Checks the period.
     *
     * @param from when the wait began
     * @param to when it ended, or null while the complaint is still waiting
     * @throws NullPointerException when {@code from} is null
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public WaitingPeriod {
        Checks.present(from, "from");
        Checks.check(to == null || !to.isBefore(from), "to", () -> "the wait ends (" + to + ") before it began (" + from + ")");
    }

    /**
     * Whether the complaint is still waiting on the customer: the service clocks stand still.
     *
     * @return true while the wait has no end
     */
    public boolean isOpen() {
        return to == null;
    }
}
