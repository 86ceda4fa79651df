package io.welt.complaints.model;

/** What an escalation or warning is about. */
public enum TargetType {
    /** One complaint. */
    COMPLAINT,
    /** A repeat finding. */
    FINDING,
    /** A corrective action. */
    ACTION,
    /** A problem: the findings that are views of one cause. */
    PROBLEM
}
