package io.welt.complaints.model;

import java.util.Objects;

/**
 * An article the business sells, identified by its SKU and grouped into a product line.
 *
 * <pre>{@code
 * Product chelsea = Product.builder("CH-101-42", "Chelsea boot")
 *         .name("Chelsea boot, brown, EU 42")
 *         .category(ProductCategory.FOOTWEAR)
 *         .material(Material.FULL_GRAIN)
 *         .unitCost(Money.of("38.00", "GBP"))
 *         .price(Money.of("129.00", "GBP"))
 *         .build();
 * }</pre>
 *
 * @param sku            the stock-keeping unit, unique per product
 * @param productLine    the style or line the SKU belongs to, e.g. "Chelsea boot"
 * @param name           a display name, or null
 * @param category       the kind of article
 * @param material       the upper or main material, or null when not known
 * @param unitCost       what one unit costs the business, or null when not known
 * @param price          the list price, or null when not known
 * @param safetyFootwear whether it is certified safety or protective footwear
 * @param last           the last it is made on (the foot form whose grading sets its sizes), or null
 *                       when not known; SKUs of several lines may share one last
 */
public record Product(String sku, String productLine, String name, ProductCategory category,
                      Material material, Money unitCost, Money price, boolean safetyFootwear, String last) {

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param sku the stock-keeping unit, unique per product
     * @param productLine the style or line the SKU belongs to, e.g. "Chelsea boot"
     * @param name a display name, or null
     * @param category the kind of article
     * @param material the upper or main material, or null when not known
     * @param unitCost what one unit costs the business, or null when not known
     * @param price the list price, or null when not known
     * @param safetyFootwear whether it is certified safety or protective footwear
     * @param last the last it is made on (the foot form whose grading sets its sizes), or null when not
     *   known; SKUs of several lines may share one last
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Product {
        sku = Checks.text(sku, "sku");
        productLine = Checks.text(productLine, "productLine");
        name = Checks.optionalText(name);
        category = category == null ? ProductCategory.OTHER : category;
        Checks.check(unitCost == null || !unitCost.isNegative(), "unitCost", "must not be negative");
        Checks.check(price == null || !price.isNegative(), "price", "must not be negative");
        last = Checks.optionalText(last);
    }

    /**
     * A product whose last is not known.
     *
     * @param sku the stock-keeping unit, unique per product
     * @param productLine the style or line the SKU belongs to, e.g. "Chelsea boot"
     * @param name a display name, or null
     * @param category the kind of article
     * @param material the upper or main material, or null when not known
     * @param unitCost what one unit costs the business, or null when not known
     * @param price the list price, or null when not known
     * @param safetyFootwear whether it is certified safety or protective footwear
     * @throws NullPointerException when sku or productLine is null
     * @throws IllegalArgumentException when sku or productLine is blank, or a cost or price is negative
     */
    public Product(String sku, String productLine, String name, ProductCategory category,
                   Material material, Money unitCost, Money price, boolean safetyFootwear) {
        this(sku, productLine, name, category, material, unitCost, price, safetyFootwear, null);
    }

    /**
     * Starts a product with its two required values.
     *
     * @param sku the stock-keeping unit, e.g. "CH-101-42"
     * @param productLine the product line, e.g. "Chelsea boot"
     * @return a builder for the optional values
     * @throws NullPointerException when an argument is null
     */
    public static Builder builder(String sku, String productLine) {
        return new Builder(sku, productLine);
    }

    /**
     * A builder holding this product's values, to change some of them.
     *
     * @return a new builder, independent of this product
     */
    public Builder toBuilder() {
        return new Builder(sku, productLine).name(name).category(category).material(material)
                .unitCost(unitCost).price(price).safetyFootwear(safetyFootwear).last(last);
    }

    /** Collects a product's optional values; each method returns this builder. */
    public static final class Builder {
        private final String sku;
        private final String productLine;
        private String name;
        private ProductCategory category = ProductCategory.OTHER;
        private Material material;
        private Money unitCost;
        private Money price;
        private boolean safetyFootwear;
        private String last;

        private Builder(String sku, String productLine) {
            this.sku = Objects.requireNonNull(sku, "sku");
            this.productLine = Objects.requireNonNull(productLine, "productLine");
        }

        /**
         * Sets a display name, e.g. "Chelsea boot, brown, EU 42".
         *
         * @param name the name, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the kind of article; OTHER unless set.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(ProductCategory category) {
            this.category = category;
            return this;
        }

        /**
         * Sets the upper or main material.
         *
         * @param material the material, or null
         * @return this builder
         */
        public Builder material(Material material) {
            this.material = material;
            return this;
        }

        /**
         * Sets what one unit costs the business: the options cost a replacement by it.
         *
         * @param unitCost the unit cost, not negative, or null
         * @return this builder
         */
        public Builder unitCost(Money unitCost) {
            this.unitCost = unitCost;
            return this;
        }

        /**
         * Sets the list price.
         *
         * @param price the price, not negative, or null
         * @return this builder
         */
        public Builder price(Money price) {
            this.price = price;
            return this;
        }

        /**
         * Sets whether it is certified safety or protective footwear: its functional failures are CRITICAL.
         *
         * @param safetyFootwear true for safety footwear
         * @return this builder
         */
        public Builder safetyFootwear(boolean safetyFootwear) {
            this.safetyFootwear = safetyFootwear;
            return this;
        }

        /**
         * The last the product is made on, e.g. "L-7105".
         *
         * @param last the last's id, or null
         * @return this builder
         */
        public Builder last(String last) {
            this.last = last;
            return this;
        }

        /**
         * @throws IllegalArgumentException when a value is invalid; the message names the field
         * @return the product
         */
        public Product build() {
            return new Product(sku, productLine, name, category, material, unitCost, price, safetyFootwear, last);
        }
    }
}
