package io.welt.complaints.model;

/**
 * A fact the rules derived, never the host: it names the rule that produced it and says why in a
 * sentence a trainer can read aloud.
 */
public interface Conclusion {

    /** The name of the rule that produced this conclusion, e.g. "Triage: injury reported". */
    String rule();

    /** Why it exists, in plain words with the figures that decided it. */
    String reason();

    /**
     * The id of what it concludes on, as the facts of its rule's match carry it (a complaint, a target, a
     * problem, a corrective action); null when it names none. A walkthrough finds the firing behind a
     * conclusion by it.
     */
    default String subject() {
        return null;
    }

    /**
     * What it concludes, as a key: a later conclusion of the same topic replaces this one (a walkthrough
     * tells it as a replacement, not as a second conclusion); null when it has no such topic.
     */
    default String topic() {
        return null;
    }

    /** What it concludes, in one line without the why, for a walkthrough: "C-1 is HIGH". */
    default String headline() {
        return getClass().getSimpleName();
    }
}
