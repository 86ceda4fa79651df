package io.welt.complaints.model;

/** A service-level target a complaint is measured against. */
public enum DeadlineKind {
    /** The first answer to the customer (24 working hours by default). */
    ACKNOWLEDGEMENT,
    /**
     * Solving the customer's problem (5 working days for a HIGH or CRITICAL complaint, 10 otherwise, by
     * default).
     */
    RESOLUTION
}
