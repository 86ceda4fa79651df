package io.welt.complaints.model;

/** What a corrective action applies to; its key is a value of this scope. */
public enum ActionScope {
    /** A whole product line, e.g. "Chelsea boot": a change to its pattern or construction. */
    PRODUCT_LINE,
    /** One SKU: a change to one style, colour and size. */
    SKU,
    /** One production batch: a rework or a stock hold. */
    BATCH,
    /** A supplier: a change of specification, an audit or a change of supplier. */
    SUPPLIER,
    /** One material lot (a tannery's hide lot): the lot withdrawn or replaced. */
    MATERIAL_LOT
}
