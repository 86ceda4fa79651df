package io.welt.complaints.model;

/** How much work an option takes. */
public enum Effort {
    /** A few hours' work, within the team. */
    LOW,
    /** Days of work, or another department involved. */
    MEDIUM,
    /** Weeks of work, or a supplier or the factory involved. */
    HIGH
}
