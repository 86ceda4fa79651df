package io.welt.complaints.model;

/**
 * What a safety complaint asks the business to do at once, before any repeat is seen: the steps of
 * the safety pathway, in the order they are taken.
 */
public enum SafetyActionKind {
    /** Ask the customer to keep the failed item for testing; never repair it or put it back in stock. */
    KEEP_FOR_TESTING,
    /** Quarantine the stock of the batch or SKU in the warehouse and the shops. */
    QUARANTINE_STOCK,
    /** Check the quarantined stock for the same failure. */
    CHECK_STOCK,
    /** Stop dispatching the batch or SKU to customers and marketplaces. */
    STOP_DISPATCH,
    /** Decide whether to notify the market-surveillance authority, under the policy's regime. */
    NOTIFY_AUTHORITY
}
