package io.welt.complaints.model;

/** What management may do about a repeated problem. */
public enum SystemicActionType {
    /**
     * Do nothing and keep watching: the baseline. Its cost is the expected cost of the complaints
     * continuing over the policy's horizon; every other option's benefit is what it saves against it.
     */
    MONITOR,
    /** Quarantine the remaining stock of the batch or lot. */
    STOCK_HOLD,
    /** Tighter sampling of incoming material or finished goods. */
    INSPECTION_INCREASE,
    /** A formal corrective-action request to the supplier (SCAR). */
    SUPPLIER_CORRECTIVE_ACTION_REQUEST,
    /** Change how it is made: stitch density, thread gauge, adhesive curing, operator retraining. */
    PROCESS_CHANGE,
    /** Regrade a last or pattern, fix the size chart. */
    DESIGN_CHANGE,
    /** Care instructions, size guidance. */
    LABELLING_CHANGE,
    /** Recall what was sold: for safety problems only. */
    RECALL
}
