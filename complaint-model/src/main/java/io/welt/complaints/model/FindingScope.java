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
    CUSTOMER,
    /**
     * Same size of one last (or of one product line, when the last is not known), across SKUs: fit
     * complaints that show a size running small or large. The key names the last or line and the size
     * on the EU scale, e.g. "last L-7105, EU 42".
     */
    SIZE
}
