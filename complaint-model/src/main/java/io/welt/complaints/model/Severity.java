package io.welt.complaints.model;

/** How serious a complaint is, from least to most; the declaration order is the ranking. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** The more serious of this and {@code other}. */
    public Severity max(Severity other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
