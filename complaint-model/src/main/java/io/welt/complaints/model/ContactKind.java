package io.welt.complaints.model;

/** How a customer was contacted. */
public enum ContactKind {
    CALL_BACK, EMAIL, LETTER, VISIT
}
