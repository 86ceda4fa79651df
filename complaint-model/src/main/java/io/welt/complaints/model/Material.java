package io.welt.complaints.model;

/** The upper or main material of a product. */
public enum Material {
    FULL_GRAIN, CORRECTED_GRAIN, SUEDE, NUBUCK, PATENT, SYNTHETIC, TEXTILE, OTHER
}
