package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Material;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.rules.ComplaintLog;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads products.csv into a log: a {@link Product} per good record, a rejection per bad one. */
final class ProductsCsv {

    static final List<String> REQUIRED = List.of("sku", "product_line");
    static final Set<String> COLUMNS = Set.of("sku", "product_line", "name", "category", "material", "unit_cost",
            "price", "safety_footwear", "last");

    private ProductsCsv() {
    }

    static void read(CsvTable table, Dates dates, Currency currency, ComplaintLog.Builder log) {
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String sku = record.requiredText("sku");
            String productLine = record.requiredText("product_line");
            String name = record.text("name");
            ProductCategory category = record.choice("category", ProductCategory.class);
            Material material = record.choice("material", Material.class);
            var unitCost = record.money("unit_cost", currency);
            var price = record.money("price", currency);
            Boolean safety = record.flag("safety_footwear");
            String last = record.text("last");
            if (record.ok()) {
                try {
                    log.product(Product.builder(sku, productLine).name(name).category(category).material(material)
                            .unitCost(unitCost).price(price).safetyFootwear(Boolean.TRUE.equals(safety)).last(last).build(),
                            row.origin());
                    continue;
                } catch (IllegalArgumentException | NullPointerException e) {
                    record.refused(e, Map.of());
                }
            }
            log.rejected(record.rejection(sku));
        }
    }
}
