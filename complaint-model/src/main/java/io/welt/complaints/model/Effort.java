package io.welt.complaints.model;

/** How much work an option takes. */
public enum Effort {
    LOW, MEDIUM, HIGH
}
