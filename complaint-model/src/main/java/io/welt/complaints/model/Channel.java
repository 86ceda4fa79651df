package io.welt.complaints.model;

/** The way a complaint reached the business. */
public enum Channel {
    /** A telephone call. */
    PHONE,
    /** An e-mail. */
    EMAIL,
    /**
     * A web form or the business's own web shop: a distance sale, which may be cancelled within 14 days of
     * delivery.
     */
    WEB,
    /** In person at a shop. */
    STORE,
    /** Through a marketplace the goods were sold on: a distance sale, like WEB. */
    MARKETPLACE,
    /** A social-media message or post. */
    SOCIAL,
    /** Any other way, or not known. */
    OTHER
}
