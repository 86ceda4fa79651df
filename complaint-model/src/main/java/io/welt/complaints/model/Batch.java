package io.welt.complaints.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A production lot of one SKU.
 *
 * <pre>{@code
 * Batch batch = new Batch("B-2026-031", "CH-101-42", LocalDate.of(2026, 1, 12), 1200, "Leicester line 2",
 *         List.of(MaterialLot.of("HL-5531", "Tannery Arnaud")));
 * }</pre>
 *
 * @param id         the batch id
 * @param sku        the SKU made in it
 * @param producedOn the production date
 * @param quantity   units made (pairs for footwear), or null when not known; never negative
 * @param factory    the factory or line, or null
 * @param lots       the material lots used, with their suppliers (copied; may be empty)
 * @param unitsSold  units of it sold so far, or null when not known: complaint rates are per unit sold
 * @param unitsInStock units of it still in stock, or null when not known: what a stock hold can still stop
 */
public record Batch(String id, String sku, LocalDate producedOn, Integer quantity, String factory,
                    List<MaterialLot> lots, Integer unitsSold, Integer unitsInStock) {

    /**
     * A batch whose sales and stock are not known.
     *
     * @param id the batch id
     * @param sku the SKU made in it
     * @param producedOn the production date
     * @param quantity units made (pairs for footwear), or null when not known; never negative
     * @param factory the factory or line, or null
     * @param lots the material lots used, with their suppliers (copied; may be empty)
     * @throws NullPointerException when id, sku or producedOn is null
     * @throws IllegalArgumentException when id or sku is blank or the quantity is negative
     */
    public Batch(String id, String sku, LocalDate producedOn, Integer quantity, String factory, List<MaterialLot> lots) {
        this(id, sku, producedOn, quantity, factory, lots, null, null);
    }

    /**
     * Checks the values: blank optional text becomes null; lists are copied and unmodifiable.
     *
     * @param id the batch id
     * @param sku the SKU made in it
     * @param producedOn the production date
     * @param quantity units made (pairs for footwear), or null when not known; never negative
     * @param factory the factory or line, or null
     * @param lots the material lots used, with their suppliers (copied; may be empty)
     * @param unitsSold units of it sold so far, or null when not known: complaint rates are per unit sold
     * @param unitsInStock units of it still in stock, or null when not known: what a stock hold can still
     *   stop
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Batch {
        id = Checks.text(id, "id");
        sku = Checks.text(sku, "sku");
        Checks.present(producedOn, "producedOn");
        Checks.check(quantity == null || quantity >= 0, "quantity", () -> "must not be negative, was " + quantity);
        factory = Checks.optionalText(factory);
        lots = Checks.list(lots == null ? List.of() : lots, "lots");
        Checks.check(unitsSold == null || unitsSold >= 0, "unitsSold", () -> "must not be negative, was " + unitsSold);
        Checks.check(unitsInStock == null || unitsInStock >= 0, "unitsInStock",
                () -> "must not be negative, was " + unitsInStock);
    }

    /**
     * Whether the quantity made is known and positive, so that a complaint rate can be computed.
     *
     * @return true when the quantity is more than zero
     */
    public boolean hasQuantity() {
        return quantity != null && quantity > 0;
    }
}
