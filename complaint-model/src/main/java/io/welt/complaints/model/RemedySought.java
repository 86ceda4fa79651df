package io.welt.complaints.model;

/** What the customer asks for. */
public enum RemedySought {
    /** The money back. */
    REFUND,
    /** The same item again. */
    REPLACE,
    /** The item repaired. */
    REPAIR,
    /** Another size or item instead. */
    EXCHANGE,
    /** Anything else, or not said. */
    OTHER
}
