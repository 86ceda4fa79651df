package io.welt.complaints.model;

/** Whether the customers of a corrective action's problem were put right, by its call-backs. */
public enum Recovery {
    /** Every call-back was made and the customers are satisfied. */
    RECOVERED,
    /** A call-back found customers still unhappy: they need another remedy, whatever the root cause's verdict. */
    NOT_RECOVERED,
    /** Call-backs are still to be made or have no recorded outcome. */
    PENDING
}
