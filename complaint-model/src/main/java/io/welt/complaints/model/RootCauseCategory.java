package io.welt.complaints.model;

/** The kind of cause behind a problem. */
public enum RootCauseCategory {
    /** The leather or another material was faulty. */
    MATERIAL,
    /** The work was badly done (a seam, a bond). */
    WORKMANSHIP,
    /** The pattern or construction is wrong. */
    DESIGN,
    /** A supplier's material or component. */
    SUPPLIER,
    /** A production process (a press, an adhesive's curing time). */
    PROCESS,
    /** Damaged in storage or transit. */
    HANDLING_IN_TRANSIT,
    /** Used in a way the item is not made for. */
    CUSTOMER_MISUSE,
    /** Not yet known. */
    UNKNOWN
}
