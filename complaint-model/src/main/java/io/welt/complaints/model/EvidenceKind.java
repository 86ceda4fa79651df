package io.welt.complaints.model;

/** What a piece of evidence is. */
public enum EvidenceKind {
    /** A photograph of the item or the fault. */
    PHOTO,
    /** A laboratory's test report. */
    LAB_REPORT,
    /** A supplier's answer to a complaint about its material or component. */
    SUPPLIER_RESPONSE,
    /** A statement of someone who saw the fault or the injury. */
    WITNESS_STATEMENT,
    /** Any other evidence. */
    OTHER
}
