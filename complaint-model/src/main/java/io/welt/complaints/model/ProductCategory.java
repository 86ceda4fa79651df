package io.welt.complaints.model;

/** The kind of article a product is. */
public enum ProductCategory {
    FOOTWEAR, BAG, BELT, SMALL_LEATHER_GOODS, OTHER
}
