package io.welt.complaints.model;

/**
 * The stage of making (or of serving the customer) where a defect arises: clicking (cutting),
 * skiving, closing (stitching the upper), lasting, making (attaching the sole), finishing, packing;
 * {@link #SERVICE} for delivery and conduct.
 */
public enum ProcessStage {
    CLICKING, SKIVING, CLOSING, LASTING, MAKING, FINISHING, PACKING, SERVICE
}
