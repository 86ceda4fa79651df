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

    public WaitingPeriod {
        Checks.present(from, "from");
        Checks.check(to == null || !to.isBefore(from), "to", () -> "the wait ends (" + to + ") before it began (" + from + ")");
    }

    public boolean isOpen() {
        return to == null;
    }
}
