package io.welt.complaints.model;

/** What a repeat finding groups complaints by; the finding's key is a value of this scope. */
public enum FindingScope {
    /** Same product line (e.g. "Chelsea boot") and defect. */
    PRODUCT_LINE,
    /** Same production batch (and defect, or the batch's complaint rate). */
    BATCH,
    /** Same supplier of a material or component, across product lines. */
    SUPPLIER,
    /** Same material lot (e.g. a tannery's hide lot), across product lines. */
    MATERIAL_LOT,
    /** Same customer: a repeat contact, so the first fix failed. The key is the customer id. */
    CUSTOMER
}
