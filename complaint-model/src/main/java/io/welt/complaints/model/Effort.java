package io.welt.complaints.model;

/** How much work an option takes. */
public enum Effort {
    /** Little work: by default a stock hold or a labelling change. */
    LOW,
    /** Some work: by default tighter inspection, a supplier request or a process change. */
    MEDIUM,
    /** Much work: by default a design change or a recall. */
    HIGH
}
