package io.welt.complaints.test;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.WaitingPeriod;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes a complaint log as the CSV files of the interchange format ({@code complaints.csv},
 * {@code products.csv}, {@code batches.csv}), which the command-line tool and any spreadsheet read.
 *
 * <pre>{@code
 * GeneratedLog log = LogGenerator.withSeed(7).complaints(500).generate();
 * CsvLogWriter.write(log, Path.of("out"));   // out/complaints.csv, out/products.csv, out/batches.csv
 * }</pre>
 *
 * <p>The files are UTF-8 without a byte-order mark, with a header row and CRLF line ends, quoted as
 * RFC 4180 says: a cell holding a comma, a double quote, a line break or leading or trailing spaces
 * is enclosed in double quotes, and a double quote inside it is doubled. Instants are ISO-8601 in
 * UTC ({@code 2026-02-03T10:15:00Z}), dates ISO-8601 ({@code 2026-01-20}), money a plain decimal in
 * the log's currency ({@code 129.00}), booleans {@code true}/{@code false}; an unknown value is an
 * empty cell.
 *
 * <p><b>Formula injection.</b> A spreadsheet runs a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula. So free-text and name cells, which
 * come from customers and staff ({@code description}, the product's {@code name} and
 * {@code product_line}, {@code factory}, {@code supplier}), get a leading apostrophe ({@code '})
 * when they begin with one of these: {@code "- seam open"} is written {@code "'- seam open"}.
 * Identifiers and codes (ids, SKUs, batch ids, lot numbers, customer and order ids, defect codes) are
 * written as they are, so that a file read back names the same records.
 *
 * <p><b>Lots.</b> A batch made with several material lots lists them in its {@code supplier} and
 * {@code material_lot} cells separated by {@code ;} and paired by position: the second supplier
 * delivered the second lot. A lot known only by its supplier leaves its place empty
 * ({@code HL-1004;;SL-1002}).
 *
 * <p><b>Lifecycle.</b> Besides the columns of the interchange format, {@code complaints.csv} has
 * {@code waiting_since} (the start of a wait on the customer still open) and {@code closed_at}.
 * Waits that are over have no column and are not written.
 */
public final class CsvLogWriter {

    /** The columns of {@code complaints.csv}, in order. */
    public static final List<String> COMPLAINT_COLUMNS = List.of("id", "received_at", "customer_id", "sku", "defect",
            "channel", "order_id", "product_line", "batch_id", "supplier", "material_lot", "description",
            "purchased_on", "price", "injury", "remedy_sought", "status", "acknowledged_at", "waiting_since",
            "resolved_at", "closed_at", "size", "size_system", "fit_direction", "component_lot", "delivered_on",
            "promised_remedy", "promised_on");

    /** The columns of {@code products.csv}, in order. */
    public static final List<String> PRODUCT_COLUMNS = List.of("sku", "product_line", "name", "category", "material",
            "unit_cost", "price", "safety_footwear", "last");

    /** The columns of {@code batches.csv}, in order. */
    public static final List<String> BATCH_COLUMNS = List.of("batch_id", "sku", "produced_on", "quantity", "factory",
            "supplier", "material_lot", "units_sold", "units_in_stock");

    private static final String LINE_END = "\r\n";

    private CsvLogWriter() {
    }

    /**
     * Writes {@code complaints.csv}, {@code products.csv} and {@code batches.csv} into {@code directory},
     * creating it when missing and replacing the files when present.
     *
     * @param log the log to write
     * @param directory the directory to write into
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when a supplier name or lot number holds a {@code ;}
     */
    public static void write(GeneratedLog log, Path directory) throws IOException {
        Objects.requireNonNull(log, "log");
        Files.createDirectories(directory);
        try (Writer out = Files.newBufferedWriter(directory.resolve("complaints.csv"), StandardCharsets.UTF_8)) {
            writeComplaints(log.complaints(), out);
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve("products.csv"), StandardCharsets.UTF_8)) {
            writeProducts(log.products(), out);
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve("batches.csv"), StandardCharsets.UTF_8)) {
            writeBatches(log.batches(), out);
        }
    }

    /**
     * Writes the header row and one row per complaint, in the order given.
     *
     * @param complaints the complaints
     * @param out where to write the rows
     * @throws IOException from {@code out}
     */
    public static void writeComplaints(Collection<Complaint> complaints, Appendable out) throws IOException {
        row(out, COMPLAINT_COLUMNS);
        List<String> cells = new ArrayList<>(COMPLAINT_COLUMNS.size());
        for (Complaint c : complaints) {
            cells.clear();
            cells.add(c.id());
            cells.add(instant(c.receivedAt()));
            cells.add(c.customerId());
            cells.add(c.sku());
            cells.add(c.defect());
            cells.add(c.channel().name());
            cells.add(text(c.orderId()));
            cells.add(freeText(c.productLine()));
            cells.add(text(c.batchId()));
            cells.add(freeText(c.supplier()));
            cells.add(text(c.materialLot()));
            cells.add(freeText(c.description()));
            cells.add(date(c.purchasedOn()));
            cells.add(money(c.pricePaid()));
            cells.add(Boolean.toString(c.injuryReported()));
            cells.add(c.remedySought() == null ? "" : c.remedySought().name());
            cells.add(c.status().name());
            cells.add(instant(c.acknowledgedAt()));
            cells.add(instant(openWaitStart(c)));
            cells.add(instant(c.resolvedAt()));
            cells.add(instant(c.closedAt()));
            cells.add(text(c.size()));
            cells.add(c.sizeSystem() == null ? "" : c.sizeSystem().name());
            cells.add(c.fitDirection() == null ? "" : c.fitDirection().name());
            cells.add(text(c.componentLot()));
            cells.add(date(c.deliveredOn()));
            cells.add(c.promisedRemedy() == null ? "" : c.promisedRemedy().name());
            cells.add(date(c.promisedOn()));
            row(out, cells);
        }
    }

    /**
     * Writes the header row and one row per product, in the order given.
     *
     * @param products the products
     * @param out where to write the rows
     * @throws IOException from {@code out}
     */
    public static void writeProducts(Collection<Product> products, Appendable out) throws IOException {
        row(out, PRODUCT_COLUMNS);
        for (Product p : products) {
            row(out, List.of(p.sku(), freeText(p.productLine()), freeText(p.name()), p.category().name(),
                    p.material() == null ? "" : p.material().name(), money(p.unitCost()), money(p.price()),
                    Boolean.toString(p.safetyFootwear()), freeText(p.last())));
        }
    }

    /**
     * Writes the header row and one row per batch, in the order given.
     *
     * @param batches the batches
     * @param out where to write the rows
     * @throws IOException              from {@code out}
     * @throws IllegalArgumentException when a supplier name or lot number holds a {@code ;}, which
     *                                  separates lots
     */
    public static void writeBatches(Collection<Batch> batches, Appendable out) throws IOException {
        row(out, BATCH_COLUMNS);
        for (Batch b : batches) {
            List<String> suppliers = new ArrayList<>();
            List<String> lots = new ArrayList<>();
            for (MaterialLot lot : b.lots()) {
                suppliers.add(listItem(lot.supplier(), b, "supplier"));
                lots.add(lot.lotId() == null ? "" : listItem(lot.lotId(), b, "material_lot"));
            }
            row(out, List.of(b.id(), b.sku(), date(b.producedOn()),
                    b.quantity() == null ? "" : b.quantity().toString(), freeText(b.factory()),
                    freeText(String.join(";", suppliers)), String.join(";", lots),
                    b.unitsSold() == null ? "" : b.unitsSold().toString(),
                    b.unitsInStock() == null ? "" : b.unitsInStock().toString()));
        }
    }

    private static String listItem(String value, Batch batch, String column) {
        if (value.indexOf(';') >= 0) {
            throw new IllegalArgumentException("batch " + batch.id() + ": " + column + " '" + value
                    + "' holds a ';', which separates the lots of a batch");
        }
        return value;
    }

    private static Instant openWaitStart(Complaint complaint) {
        for (WaitingPeriod wait : complaint.waitingPeriods()) {
            if (wait.isOpen()) {
                return wait.from();
            }
        }
        return null;
    }

    private static void row(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append(LINE_END);
    }

    /** The cell as RFC 4180 wants it: quoted when it holds a comma, quote, line break or edge spaces. */
    static String quote(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0
                || !cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
                || Character.isWhitespace(cell.charAt(cell.length() - 1)));
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** A free-text or name cell, with a leading apostrophe when a spreadsheet would run it as a formula. */
    static String freeText(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String money(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }
}
