package io.welt.complaints.model;

/** How a customer was contacted. */
public enum ContactKind {
    /** A telephone call to the customer. */
    CALL_BACK,
    /** An e-mail to the customer. */
    EMAIL,
    /** A letter to the customer. */
    LETTER,
    /** A visit in person. */
    VISIT
}
