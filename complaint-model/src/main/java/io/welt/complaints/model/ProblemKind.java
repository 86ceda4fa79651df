package io.welt.complaints.model;

/** What kind of record a {@link Problem} is. */
public enum ProblemKind {
    /** One defect from one traceable source: a product line, batch, material lot or supplier. */
    PRODUCT,
    /** One customer who keeps coming back: recovering the customer, never merged with product problems. */
    CUSTOMER
}
