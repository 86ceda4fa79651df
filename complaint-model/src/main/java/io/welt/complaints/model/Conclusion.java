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
}
