package io.welt.complaints.examples.erp;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Material;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.WaitingPeriod;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The bundled sample of {@code examples/data/} (products, batches, complaints), read for the demo.
 * The files are known to be good, so a bad record stops the reading with its file and line; the
 * command line's readers are the ones that reject records one by one and go on.
 *
 * @param products   the products
 * @param batches    the batches with their material lots
 * @param complaints the complaints, in file order
 */
record SampleData(List<Product> products, List<Batch> batches, List<Complaint> complaints) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static final String CURRENCY = "GBP";

    /** Reads products.csv, batches.csv and complaints.csv in {@code directory}. */
    static SampleData read(Path directory) {
        return new SampleData(read(directory.resolve("products.csv"), SampleData::product),
                read(directory.resolve("batches.csv"), SampleData::batch),
                read(directory.resolve("complaints.csv"), SampleData::complaint));
    }

    private static <T> List<T> read(Path file, Function<CSVRecord, T> reader) {
        List<T> values = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, FORMAT)) {
            for (CSVRecord record : parser) {
                try {
                    values.add(reader.apply(record));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file.getFileName() + " record " + record.getRecordNumber()
                            + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return values;
    }

    private static Product product(CSVRecord r) {
        return Product.builder(text(r, "sku"), text(r, "product_line"))
                .name(text(r, "name"))
                .category(choice(ProductCategory.class, text(r, "category")))
                .material(choice(Material.class, text(r, "material")))
                .unitCost(money(text(r, "unit_cost")))
                .price(money(text(r, "price")))
                .safetyFootwear(Boolean.parseBoolean(text(r, "safety_footwear")))
                .build();
    }

    /** {@code supplier} and {@code material_lot} list the lots separated by ';', paired by position. */
    private static Batch batch(CSVRecord r) {
        String quantity = text(r, "quantity");
        List<MaterialLot> lots = new ArrayList<>();
        String suppliers = text(r, "supplier");
        String lotIds = text(r, "material_lot");
        if (suppliers != null) {
            String[] supplier = suppliers.split(";");
            String[] lot = lotIds == null ? new String[0] : lotIds.split(";");
            for (int i = 0; i < supplier.length; i++) {
                lots.add(MaterialLot.of(i < lot.length ? lot[i] : null, supplier[i]));
            }
        }
        return new Batch(text(r, "batch_id"), text(r, "sku"), LocalDate.parse(text(r, "produced_on")),
                quantity == null ? null : Integer.valueOf(quantity), text(r, "factory"), lots);
    }

    private static Complaint complaint(CSVRecord r) {
        Complaint.Builder complaint = Complaint.builder(text(r, "id"), instant(text(r, "received_at")),
                        text(r, "customer_id"), text(r, "sku"), text(r, "defect"))
                .channel(choice(Channel.class, text(r, "channel")))
                .orderId(text(r, "order_id"))
                .productLine(text(r, "product_line"))
                .batchId(text(r, "batch_id"))
                .supplier(text(r, "supplier"))
                .materialLot(text(r, "material_lot"))
                .description(text(r, "description"))
                .purchasedOn(date(text(r, "purchased_on")))
                .pricePaid(money(text(r, "price")))
                .injuryReported(Boolean.parseBoolean(text(r, "injury")))
                .remedySought(choice(RemedySought.class, text(r, "remedy_sought")))
                .status(choice(ComplaintStatus.class, text(r, "status")))
                .acknowledgedAt(instant(text(r, "acknowledged_at")))
                .resolvedAt(instant(text(r, "resolved_at")))
                .closedAt(instant(text(r, "closed_at")));
        Instant waitingSince = instant(text(r, "waiting_since"));
        if (waitingSince != null) {
            complaint.waitingPeriods(List.of(new WaitingPeriod(waitingSince, null)));
        }
        return complaint.build();
    }

    /**
     * A cell, or null when blank. A text cell that a spreadsheet would run as a formula was written
     * with a leading apostrophe (see data/README.md); the apostrophe is not part of the value.
     */
    private static String text(CSVRecord r, String column) {
        String value = r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Money money(String value) {
        return value == null ? null : Money.of(value, CURRENCY);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
