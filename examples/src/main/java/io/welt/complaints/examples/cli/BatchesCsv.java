package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.rules.ComplaintLog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads batches.csv into a log: a {@link Batch} per good record, a rejection per bad one.
 *
 * <p>{@code supplier} and {@code material_lot} give the batch's material lots, several separated by
 * {@code ;}: one supplier for all lots, or one supplier per lot in the same order; a supplier
 * without lots is a lot whose number is not known. A lot needs its supplier: lots without one are
 * rejected rather than given an invented supplier. {@code units_sold} and {@code units_in_stock}
 * (whole numbers, not negative) let the options for management count complaints per unit sold and
 * what a stock hold can still stop.
 */
final class BatchesCsv {

    static final List<String> REQUIRED = List.of("batch_id", "sku", "produced_on");
    static final Set<String> COLUMNS = Set.of("batch_id", "sku", "produced_on", "quantity", "factory", "supplier",
            "material_lot", "units_sold", "units_in_stock");

    private static final Map<String, String> COLUMNS_BY_FIELD = Map.of(
            "id", "batch_id", "lots", "material_lot", "lotId", "material_lot", "unitsInStock", "units_in_stock");

    private BatchesCsv() {
    }

    static void read(CsvTable table, Dates dates, ComplaintLog.Builder log) {
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String id = record.requiredText("batch_id");
            String sku = record.requiredText("sku");
            LocalDate producedOn = record.requiredDate("produced_on");
            Integer quantity = record.count("quantity");
            String factory = record.text("factory");
            List<MaterialLot> lots = lots(record);
            Integer unitsSold = record.count("units_sold");
            Integer unitsInStock = record.count("units_in_stock");
            if (record.ok()) {
                try {
                    log.batch(new Batch(id, sku, producedOn, quantity, factory, lots, unitsSold, unitsInStock),
                            row.origin());
                    continue;
                } catch (IllegalArgumentException | NullPointerException e) {
                    record.refused(e, COLUMNS_BY_FIELD);
                }
            }
            log.rejected(record.rejection(id));
        }
    }

    private static List<MaterialLot> lots(RecordReader record) {
        List<String> suppliers = record.list("supplier");
        List<String> lotIds = record.positionalList("material_lot");
        List<MaterialLot> lots = new ArrayList<>();
        if (suppliers == null || lotIds == null) {
            return lots;
        }
        if (lotIds.isEmpty()) {
            suppliers.forEach(supplier -> lots.add(MaterialLot.of(null, supplier)));
        } else if (suppliers.isEmpty()) {
            record.problem("material_lot", "material lot " + Text.excerpt(String.join(";", lotIds))
                    + " has no supplier; name it in the supplier column (one for all lots, or one per lot)");
        } else if (suppliers.size() == 1 || suppliers.size() == lotIds.size()) {
            for (int i = 0; i < lotIds.size(); i++) {
                // An empty position is a lot of that supplier recorded without its number.
                String lotId = lotIds.get(i).isEmpty() ? null : lotIds.get(i);
                lots.add(MaterialLot.of(lotId, suppliers.get(suppliers.size() == 1 ? 0 : i)));
            }
        } else {
            record.problem("supplier", suppliers.size() + " suppliers for " + lotIds.size()
                    + " material lots; give one supplier for all lots, or one per lot in the same order");
        }
        return lots;
    }
}
