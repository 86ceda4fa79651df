package io.welt.complaints.model;

import java.util.Locale;

/** Which way a shoe's fit is off, as the customer says it. */
public enum FitDirection {
    /** Smaller than the customer's usual size: the size runs small. */
    SMALL,
    /** Larger than the customer's usual size: the size runs large. */
    LARGE;

    /**
     * The direction a defect code names, for taxonomies that code it ({@code RUNS_SMALL},
     * {@code TOO_LARGE}); null when the code names neither or both.
     *
     * @param code a defect code, or null
     * @return SMALL, LARGE or null
     */
    public static FitDirection ofCode(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        boolean small = upper.matches("(.*_)?SMALL(_.*)?");
        boolean large = upper.matches("(.*_)?LARGE(_.*)?");
        return small == large ? null : small ? SMALL : LARGE;
    }
}
