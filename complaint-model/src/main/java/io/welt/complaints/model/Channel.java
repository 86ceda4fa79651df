package io.welt.complaints.model;

/** The way a complaint reached the business. */
public enum Channel {
    PHONE, EMAIL, WEB, STORE, MARKETPLACE, SOCIAL, OTHER
}
