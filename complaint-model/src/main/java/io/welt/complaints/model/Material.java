package io.welt.complaints.model;

/** The upper or main material of a product. */
public enum Material {
    /** Full-grain leather: the hide's whole surface, uncorrected. */
    FULL_GRAIN,
    /** Corrected-grain leather: buffed and coated, prone to finish peeling and cracking. */
    CORRECTED_GRAIN,
    /** Suede: the flesh side raised to a nap; marks and stains easily, needs care advice. */
    SUEDE,
    /** Nubuck: the grain side buffed to a nap; marks like suede. */
    NUBUCK,
    /** Patent leather: a high-gloss coated finish. */
    PATENT,
    /** A synthetic upper (polyurethane, microfibre). */
    SYNTHETIC,
    /** A textile upper (canvas, knit, mesh). */
    TEXTILE,
    /** Any other material, or not known. */
    OTHER
}
