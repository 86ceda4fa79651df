package io.welt.complaints.model;

/** How serious a complaint is, from least to most; the declaration order is the ranking. */
public enum Severity {
    /** Cosmetic or a service matter; no escalation by severity. */
    LOW,
    /** A fault to put right in the usual time. */
    MEDIUM,
    /** Goes to the team leader (within 24 working hours by default); resolved within 5 working days. */
    HIGH,
    /**
     * An injury or a safety-related defect: to the quality manager within 4 working hours, the safety pathway
     * at once.
     */
    CRITICAL;

    /**
     * The more serious of this and {@code other}.
     *
     * @param other another severity
     * @return the higher of the two
     */
    public Severity max(Severity other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
