package io.welt.complaints.model;

/**
 * A fact the rules derived, never the host: it names the rule that produced it and says why in a
 * sentence a trainer can read aloud.
 */
public interface Conclusion {

    /**
     * The name of the rule that produced this conclusion, e.g. "Triage: injury reported".
     *
     * @return the rule's name, never blank
     */
    String rule();

    /**
     * Why it exists, in plain words with the figures that decided it.
     *
     * @return the reason, never blank
     */
    String reason();

    /**
     * The id of what it concludes on, as the facts of its rule's match carry it (a complaint, a target, a
     * problem, a corrective action); null when it names none. A walkthrough finds the firing behind a
     * conclusion by it.
     *
     * @return the subject's id, or null (the default)
     */
    default String subject() {
        return null;
    }

    /**
     * What it concludes, as a key: a later conclusion of the same topic replaces this one (a walkthrough
     * tells it as a replacement, not as a second conclusion); null when it has no such topic.
     *
     * @return the topic key, or null (the default)
     */
    default String topic() {
        return null;
    }

    /**
     * What it concludes, in one line without the why, for a walkthrough: "C-1 is HIGH".
     *
     * @return the headline; the default is the conclusion's simple class name
     */
    default String headline() {
        return getClass().getSimpleName();
    }
}
