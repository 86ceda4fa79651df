package io.welt.complaints.model;

/** What an escalation or warning is about. */
public enum TargetType {
    COMPLAINT, FINDING, ACTION, PROBLEM
}
