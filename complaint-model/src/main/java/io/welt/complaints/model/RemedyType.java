package io.welt.complaints.model;

/** What a frontline agent may offer a customer now. */
public enum RemedyType {
    /** The price back in full (within the short-term right to reject, or as the final right to reject). */
    REFUND,
    /** Part of the price back: the customer keeps the item, or a deduction for use applies. */
    PARTIAL_REFUND,
    /** A new item of the same kind. */
    REPLACE,
    /** The item repaired (never for a safety complaint). */
    REPAIR,
    /** Another size or style instead (a sizing or fit complaint). */
    EXCHANGE,
    /**
     * Inspect the item first, then decide (after six months, beyond the guarantee, or when the purchase date
     * is unknown).
     */
    INSPECT,
    /** A gesture the law does not require: a voucher, a free repair. */
    GOODWILL,
    /** How to care for the material (suede, nubuck): the item is not faulty. */
    CARE_ADVICE,
    /** Cancel a distance sale within its cancellation period, for any reason, with a full refund. */
    CANCELLATION
}
