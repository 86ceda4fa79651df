package io.welt.complaints.model;

/** Where a complaint stands in its lifecycle, in the order a complaint normally passes through. */
public enum ComplaintStatus {
    OPEN, ACKNOWLEDGED, WAITING_ON_CUSTOMER, RESOLVED, CLOSED;

    /** Whether the customer's problem has been solved (resolved or closed). */
    public boolean isResolved() {
        return this == RESOLVED || this == CLOSED;
    }
}
