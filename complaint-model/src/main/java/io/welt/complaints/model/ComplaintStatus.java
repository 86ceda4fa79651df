package io.welt.complaints.model;

/** Where a complaint stands in its lifecycle, in the order a complaint normally passes through. */
public enum ComplaintStatus {
    /** Received, not yet answered: the acknowledgement clock runs. */
    OPEN,
    /** Answered; the resolution clock runs. */
    ACKNOWLEDGED,
    /** Waiting on the customer (for photos, for the pair to be sent back): the service clocks stand still. */
    WAITING_ON_CUSTOMER,
    /** The customer's problem is solved. */
    RESOLVED,
    /** Closed in the host system. */
    CLOSED;

    /**
     * Whether the customer's problem has been solved (resolved or closed).
     *
     * @return true for RESOLVED and CLOSED
     */
    public boolean isResolved() {
        return this == RESOLVED || this == CLOSED;
    }
}
