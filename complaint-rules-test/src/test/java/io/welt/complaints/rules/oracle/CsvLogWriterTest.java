package io.welt.complaints.rules.oracle;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.test.CsvLogWriter;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvLogWriterTest {

    private static final Instant RECEIVED = Instant.parse("2026-02-03T10:15:00Z");

    @Test
    void headers_nameTheInterchangeColumns() throws IOException {
        assertEquals("id,received_at,customer_id,sku,defect,channel,order_id,product_line,batch_id,supplier,material_lot,"
                + "description,purchased_on,price,injury,remedy_sought,status,acknowledged_at,waiting_since,resolved_at,"
                + "closed_at,size,size_system,fit_direction,component_lot,delivered_on,promised_remedy,promised_on",
                firstLine(out -> CsvLogWriter.writeComplaints(List.of(), out)));
        assertEquals("sku,product_line,name,category,material,unit_cost,price,safety_footwear,last",
                firstLine(out -> CsvLogWriter.writeProducts(List.of(), out)));
        assertEquals("batch_id,sku,produced_on,quantity,factory,supplier,material_lot,units_sold,units_in_stock",
                firstLine(out -> CsvLogWriter.writeBatches(List.of(), out)));
    }

    @Test
    void complaint_isOneRecord_quotedAsRfc4180Says() throws IOException {
        Complaint complaint = Complaint.builder("C-1", RECEIVED, "CUST-7", "CH-101-42", "STITCHING")
                .productLine("Chelsea boot")
                .orderId("SO-5512")
                .batchId("B-31")
                .description("Seam \"opened\", left boot\nafter two weeks")
                .purchasedOn(LocalDate.of(2026, 1, 20))
                .pricePaid(Money.of("129", "GBP"))
                .deliveredOn(LocalDate.of(2026, 1, 22))
                .promisedRemedy(RemedyType.REPAIR)
                .promisedOn(LocalDate.of(2026, 1, 30))
                .status(ComplaintStatus.WAITING_ON_CUSTOMER)
                .acknowledgedAt(RECEIVED.plusSeconds(3600))
                .waitingPeriods(List.of(new WaitingPeriod(RECEIVED.plusSeconds(7200), RECEIVED.plusSeconds(9000)),
                        new WaitingPeriod(RECEIVED.plusSeconds(86_400), null)))
                .size("8.5").sizeSystem(io.welt.complaints.model.SizeSystem.UK)
                .fitDirection(io.welt.complaints.model.FitDirection.SMALL).componentLot("TH-2207")
                .build();
        StringBuilder out = new StringBuilder();
        CsvLogWriter.writeComplaints(List.of(complaint), out);
        String row = out.substring(out.indexOf("\r\n") + 2);
        assertEquals("C-1,2026-02-03T10:15:00Z,CUST-7,CH-101-42,STITCHING,OTHER,SO-5512,Chelsea boot,B-31,,,"
                + "\"Seam \"\"opened\"\", left boot\nafter two weeks\",2026-01-20,129.00,false,,WAITING_ON_CUSTOMER,"
                + "2026-02-03T11:15:00Z,2026-02-04T10:15:00Z,,,8.5,UK,SMALL,TH-2207,2026-01-22,REPAIR,2026-01-30\r\n", row);
    }

    @Test
    void textStartingLikeAFormula_getsAnApostrophe_idsStayAsTheyAre() throws IOException {
        for (String risky : List.of("=HYPERLINK(\"http://x\")", "+44 20 7946 0000", "-- seam open", "@support", "\tindent",
                "\rreturn")) {
            Complaint complaint = Complaint.builder("-1", RECEIVED, "=CUST", "+SKU", "SIZING")
                    .description(risky).build();
            List<List<String>> records = parse(write(complaint));
            List<String> cells = records.get(1);
            assertEquals("'" + risky, cells.get(11), "description " + risky);
            assertEquals(List.of("-1", "=CUST", "+SKU"), List.of(cells.get(0), cells.get(2), cells.get(3)));
        }
        Product product = Product.builder("S-1", "=Chelsea").name("-Boot").last("-L1").build();
        StringBuilder out = new StringBuilder();
        CsvLogWriter.writeProducts(List.of(product), out);
        assertTrue(out.toString().contains("S-1,'=Chelsea,'-Boot,OTHER,,,,false,'-L1\r\n"), out::toString);
    }

    @Test
    void batchLots_arePairedByPosition_withUnknownLotNumbersLeftEmpty() throws IOException {
        Batch batch = new Batch("B-1", "CH-101-42", LocalDate.of(2026, 1, 12), 1200, "Leicester line 2",
                List.of(MaterialLot.of("HL-5531", "Tannery Arnaud"), MaterialLot.of(null, "Bondline Adhesives"),
                        MaterialLot.of("SL-7", "Northside Soles")));
        StringBuilder out = new StringBuilder();
        CsvLogWriter.writeBatches(List.of(batch), out);
        assertTrue(out.toString().endsWith("B-1,CH-101-42,2026-01-12,1200,Leicester line 2,"
                + "Tannery Arnaud;Bondline Adhesives;Northside Soles,HL-5531;;SL-7,,\r\n"), out::toString);

        Batch sold = new Batch("B-3", "CH-101-42", LocalDate.of(2026, 1, 12), 1200, null, List.of(), 900, 300);
        StringBuilder withUnits = new StringBuilder();
        CsvLogWriter.writeBatches(List.of(sold), withUnits);
        assertTrue(withUnits.toString().endsWith("B-3,CH-101-42,2026-01-12,1200,,,,900,300\r\n"), withUnits::toString);

        Batch bad = new Batch("B-2", "X", LocalDate.of(2026, 1, 12), null, null, List.of(MaterialLot.of("L;1", "S")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvLogWriter.writeBatches(List.of(bad), new StringBuilder()));
        assertTrue(e.getMessage().contains("B-2"), e.getMessage());
    }

    @Test
    void generatedLog_readsBackRecordForRecord(@TempDir Path dir) throws IOException {
        GeneratedLog log = LogGenerator.withSeed(3).complaints(2_000).directTraceShare(0.2).unknownLotIdShare(0.2).generate();
        CsvLogWriter.write(log, dir);

        byte[] bytes = Files.readAllBytes(dir.resolve("complaints.csv"));
        assertTrue(bytes[0] == 'i', "no byte-order mark");
        List<List<String>> records = parse(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(log.complaints().size() + 1, records.size());
        List<String> header = records.get(0);
        for (int i = 0; i < log.complaints().size(); i++) {
            Complaint c = log.complaints().get(i);
            Map<String, String> row = row(header, records.get(i + 1));
            assertEquals(c.id(), row.get("id"));
            assertEquals(c.receivedAt().toString(), row.get("received_at"));
            assertEquals(c.defect(), row.get("defect"));
            assertEquals(c.description(), unprotect(row.get("description")));
            assertEquals(c.batchId() == null ? "" : c.batchId(), row.get("batch_id"));
            assertEquals(c.status().name(), row.get("status"));
            assertEquals(c.closedAt() == null ? "" : c.closedAt().toString(), row.get("closed_at"));
        }

        List<List<String>> batches = parse(Files.readString(dir.resolve("batches.csv")));
        assertEquals(log.batches().size() + 1, batches.size());
        for (int i = 0; i < log.batches().size(); i++) {
            Batch b = log.batches().get(i);
            Map<String, String> row = row(batches.get(0), batches.get(i + 1));
            String[] suppliers = row.get("supplier").split(";", -1);
            String[] lots = row.get("material_lot").split(";", -1);
            assertEquals(b.lots().size(), b.lots().isEmpty() ? 0 : suppliers.length);
            for (int k = 0; k < b.lots().size(); k++) {
                assertEquals(b.lots().get(k).supplier(), suppliers[k]);
                assertEquals(b.lots().get(k).lotId() == null ? "" : b.lots().get(k).lotId(), lots[k]);
            }
        }
        assertEquals(log.products().size() + 1, parse(Files.readString(dir.resolve("products.csv"))).size());
    }

    private static String unprotect(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static Map<String, String> row(List<String> header, List<String> cells) {
        assertEquals(header.size(), cells.size(), "cells in " + cells);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i));
        }
        return row;
    }

    private static String write(Complaint complaint) throws IOException {
        StringBuilder out = new StringBuilder();
        CsvLogWriter.writeComplaints(List.of(complaint), out);
        return out.toString();
    }

    @FunctionalInterface
    private interface Writing {
        void to(StringBuilder out) throws IOException;
    }

    private static String firstLine(Writing writing) throws IOException {
        StringBuilder out = new StringBuilder();
        writing.to(out);
        assertTrue(out.toString().endsWith("\r\n"));
        return out.substring(0, out.indexOf("\r\n"));
    }

    /** A strict RFC 4180 reader: records end with CRLF; a quoted cell may hold anything, quotes doubled. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' && cell.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(q);
                    }
                }
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertTrue(ch != '"' && ch != '\n' && ch != '\r', "unquoted special character at " + i);
                cell.append(ch);
                i++;
            }
        }
        assertTrue(record.isEmpty() && cell.length() == 0, "the file does not end with CRLF");
        return records;
    }
}
