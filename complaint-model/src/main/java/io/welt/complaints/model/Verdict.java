package io.welt.complaints.model;

/** Whether a corrective action worked. */
public enum Verdict {
    /** Still being watched: the verification window is open and nothing has recurred. */
    IN_VERIFICATION,
    /** No recurrence over the window, every follow-up done and passed: ready to close. */
    EFFECTIVE,
    /** The problem came back on what was made after the change: the root cause reopens. */
    INEFFECTIVE,
    /** The window is over but the evidence does not settle it (a follow-up failed or was not done, too few revised units). */
    INCONCLUSIVE
}
