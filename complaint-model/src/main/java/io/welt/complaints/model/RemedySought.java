package io.welt.complaints.model;

/** What the customer asks for. */
public enum RemedySought {
    REFUND, REPLACE, REPAIR, EXCHANGE, OTHER
}
