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

    public MaterialLot {
        lotId = Checks.optionalText(lotId);
        supplier = Checks.text(supplier, "supplier");
        material = Checks.optionalText(material);
    }

    public static MaterialLot of(String lotId, String supplier) {
        return new MaterialLot(lotId, supplier, null);
    }
}
