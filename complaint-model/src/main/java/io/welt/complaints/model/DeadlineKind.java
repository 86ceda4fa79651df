package io.welt.complaints.model;

/** A service-level target a complaint is measured against. */
public enum DeadlineKind {
    ACKNOWLEDGEMENT, RESOLUTION
}
