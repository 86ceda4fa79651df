package io.welt.complaints.model;

/** The kind of article a product is. */
public enum ProductCategory {
    /** Shoes and boots: sizes, lasts and soles apply. */
    FOOTWEAR,
    /** Handbags, satchels, backpacks. */
    BAG,
    /** Belts. */
    BELT,
    /** Wallets, purses, card holders and the like. */
    SMALL_LEATHER_GOODS,
    /** Any other article. */
    OTHER
}
