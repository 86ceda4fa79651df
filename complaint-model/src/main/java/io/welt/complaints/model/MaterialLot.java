package io.welt.complaints.model;

/**
 * A lot of material or components used in a batch: a tannery's hide lot, a run of soles, a drum of
 * adhesive.
 *
 * @param lotId    the supplier's or the goods-in lot number, or null when only the supplier is known
 * @param supplier the supplier that delivered it
 * @param material what it is, e.g. "full-grain calf", "TPU sole", or null
 */
public record MaterialLot(String lotId, String supplier, String material) {

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param lotId the supplier's or the goods-in lot number, or null when only the supplier is known
     * @param supplier the supplier that delivered it
     * @param material what it is, e.g. "full-grain calf", "TPU sole", or null
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public MaterialLot {
        lotId = Checks.optionalText(lotId);
        supplier = Checks.text(supplier, "supplier");
        material = Checks.optionalText(material);
    }

    /**
     * A lot whose material is not named.
     *
     * @param lotId the lot's id, e.g. "HL-4471"
     * @param supplier the supplier that delivered it, e.g. "Conceria del Ponte"
     * @return the lot
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when an argument is blank
     */
    public static MaterialLot of(String lotId, String supplier) {
        return new MaterialLot(lotId, supplier, null);
    }
}
