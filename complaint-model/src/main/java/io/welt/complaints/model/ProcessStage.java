package io.welt.complaints.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stage of making (or of serving the customer) where a defect arises: clicking (cutting),
 * skiving, closing (stitching the upper), lasting, making (attaching the sole), finishing, packing;
 * {@link #SERVICE} for delivery and conduct. What the rules know of a stage is which of these it is;
 * a trade's own stages (a bag maker's assembly) are {@link WorkStage}s of one of these kinds.
 *
 * <pre>{@code
 * ProcessStage.named("sole attaching");   // Optional[MAKING]
 * ProcessStage.CLOSING.synonyms();        // [stitching, sewing, machining, upper closing]
 * }</pre>
 */
public enum ProcessStage {
    /** Cutting the leather and other materials into the pieces of the upper (and of a bag's panels). */
    CLICKING("cutting", "clicking room", "die cutting"),
    /** Thinning the edges of the pieces so that they fold and join neatly. */
    SKIVING("paring", "splitting"),
    /** Stitching the pieces of the upper together. */
    CLOSING("stitching", "sewing", "machining", "upper closing"),
    /** Pulling the upper over the last and fixing it: where fit and size come from. */
    LASTING("pulling over", "last fitting"),
    /** Attaching the sole and the heel to the lasted upper. */
    MAKING("sole attaching", "bottoming", "soling", "welting", "sole laying"),
    /** Cleaning, dressing, colouring and polishing the finished article. */
    FINISHING("shoe room", "dressing", "polishing"),
    /** Boxing, picking and dispatch. */
    PACKING("boxing", "picking", "dispatch"),
    /** Delivery and the conduct of the people who serve the customer. */
    SERVICE("delivery", "customer service");

    private final List<String> synonyms;

    ProcessStage(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    /**
     * The names the trade also uses for this stage, in lower case.
     *
     * @return the synonyms, e.g. "cutting" for CLICKING; empty when none
     */
    public List<String> synonyms() {
        return synonyms;
    }

    /**
     * The stage of this name or synonym, ignoring case and with spaces, hyphens and underscores alike
     * ({@code "Sole-attaching"} is MAKING), or empty.
     *
     * @param name a stage's name or synonym, or null
     * @return the stage, or empty for null or an unknown name
     */
    public static Optional<ProcessStage> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalise(name);
        for (ProcessStage stage : values()) {
            if (normalise(stage.name()).equals(key) || stage.synonyms.contains(key)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** Lower case, one space between words: how stage names are compared. */
    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
