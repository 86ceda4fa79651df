package io.welt.complaints.model;

/** What a piece of evidence is. */
public enum EvidenceKind {
    PHOTO, LAB_REPORT, SUPPLIER_RESPONSE, WITNESS_STATEMENT, OTHER
}
