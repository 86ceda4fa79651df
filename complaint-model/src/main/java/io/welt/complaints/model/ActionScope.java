package io.welt.complaints.model;

/** What a corrective action applies to; its key is a value of this scope. */
public enum ActionScope {
    PRODUCT_LINE, SKU, BATCH, SUPPLIER, MATERIAL_LOT
}
