package io.welt.complaints.model;

/** The kind of measurable follow-up that checks a corrective action. */
public enum FollowUpKind {
    /** Sample units from the first batch made after the change and count the defect. */
    SAMPLE_REVISED_BATCH,
    /** Call the complainants back and ask whether they are satisfied. */
    CUSTOMER_CALLBACK,
    /** Any other check, judged by its pass or fail. */
    OTHER
}
