package io.welt.complaints.model;

/** The kind of cause behind a problem. */
public enum RootCauseCategory {
    MATERIAL, WORKMANSHIP, DESIGN, SUPPLIER, PROCESS, HANDLING_IN_TRANSIT, CUSTOMER_MISUSE, UNKNOWN
}
