package io.welt.complaints.model;

/** What a frontline agent may offer a customer now. */
public enum RemedyType {
    REFUND, PARTIAL_REFUND, REPLACE, REPAIR, EXCHANGE, INSPECT, GOODWILL, CARE_ADVICE,
    /** Cancel a distance sale within its cancellation period, for any reason, with a full refund. */
    CANCELLATION
}
