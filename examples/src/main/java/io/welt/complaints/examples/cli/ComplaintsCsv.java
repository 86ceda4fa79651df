package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.FitDirection;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.SizeSystem;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.rules.ComplaintLog;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads complaints.csv into a log: each good record becomes a {@link Complaint} with its file and
 * line as origin; each bad one a rejection naming its line and column. The columns are those of
 * docs/file-formats.md; {@code waiting_since} (waiting on the customer since then) and
 * {@code closed_at} are checked against the clock here, the other dates by the library.
 */
final class ComplaintsCsv {

    static final List<String> REQUIRED = List.of("id", "received_at", "customer_id", "sku", "defect");
    static final Set<String> COLUMNS = Set.of("id", "received_at", "customer_id", "sku", "defect", "channel",
            "order_id", "product_line", "batch_id", "supplier", "material_lot", "description", "purchased_on", "price",
            "injury", "remedy_sought", "status", "acknowledged_at", "resolved_at", "waiting_since", "closed_at",
            "size", "size_system", "fit_direction", "component_lot", "delivered_on", "promised_remedy", "promised_on");

    private static final Map<String, String> COLUMNS_BY_FIELD = Map.of(
            "pricePaid", "price", "injuryReported", "injury", "waitingPeriods", "waiting_since",
            "deliveredOn", "delivered_on", "promisedRemedy", "promised_remedy", "promisedOn", "promised_on");

    private ComplaintsCsv() {
    }

    /**
     * Adds every record of {@code table} to {@code log}, as a complaint or as a rejection. Waits and
     * closures dated after {@code asOf} are rejected here: the library checks the other dates.
     */
    static void read(CsvTable table, Dates dates, Currency currency, Instant asOf, ComplaintLog.Builder log) {
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String id = record.requiredText("id");
            Complaint.Builder complaint = Complaint.builder(id, record.requiredInstant("received_at"),
                            record.requiredText("customer_id"), record.requiredText("sku"),
                            record.requiredText("defect"))
                    .channel(record.choice("channel", Channel.class))
                    .orderId(record.text("order_id"))
                    .productLine(record.text("product_line"))
                    .batchId(record.text("batch_id"))
                    .supplier(record.text("supplier"))
                    .materialLot(record.text("material_lot"))
                    .description(record.text("description"))
                    .purchasedOn(record.date("purchased_on"))
                    .pricePaid(record.money("price", currency))
                    .injuryReported(Boolean.TRUE.equals(record.flag("injury")))
                    .remedySought(record.choice("remedy_sought", RemedySought.class))
                    .status(record.choice("status", ComplaintStatus.class))
                    .acknowledgedAt(record.instant("acknowledged_at"))
                    .resolvedAt(record.instant("resolved_at"))
                    .closedAt(notAfter(record, "closed_at", asOf))
                    .size(record.text("size"))
                    .sizeSystem(record.choice("size_system", SizeSystem.class))
                    .fitDirection(record.choice("fit_direction", FitDirection.class))
                    .componentLot(record.text("component_lot"))
                    .deliveredOn(record.date("delivered_on"))
                    .promisedRemedy(record.choice("promised_remedy", RemedyType.class))
                    .promisedOn(record.date("promised_on"));
            Instant waitingSince = notAfter(record, "waiting_since", asOf);
            if (waitingSince != null) {
                complaint.waitingPeriods(List.of(new WaitingPeriod(waitingSince, null)));
            }
            statusAndDates(record);
            add(record, id, complaint, log);
        }
    }

    /**
     * A status given in the file that its dates contradict: OPEN, ACKNOWLEDGED or WAITING_ON_CUSTOMER
     * with a {@code resolved_at} or {@code closed_at}, or CLOSED with neither. Both columns are named.
     * (The order of the dates themselves is the library's to check.) A status left blank says nothing.
     */
    private static void statusAndDates(RecordReader record) {
        String text = record.text("status");
        if (text == null) {
            return;
        }
        String name = text.toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        ComplaintStatus status = java.util.Arrays.stream(ComplaintStatus.values())
                .filter(s -> s.name().equals(name)).findFirst().orElse(null);
        if (status == null) {
            return; // reported by the reader already
        }
        String resolved = record.text("resolved_at");
        String closed = record.text("closed_at");
        if (!status.isResolved() && (resolved != null || closed != null)) {
            String column = resolved != null ? "resolved_at" : "closed_at";
            record.problem("status", "status " + status + " contradicts " + column + " "
                    + Text.excerpt(resolved != null ? resolved : closed) + ": a complaint with that date is RESOLVED"
                    + " or CLOSED");
        } else if (status == ComplaintStatus.CLOSED && resolved == null && closed == null) {
            record.problem("status", "status CLOSED but neither resolved_at nor closed_at is given: when was it"
                    + " resolved?");
        }
    }

    private static Instant notAfter(RecordReader record, String column, Instant asOf) {
        Instant at = record.instant(column);
        if (at != null && at.isAfter(asOf)) {
            record.problem(column, at + " is after the assessment's clock " + asOf);
        }
        return at;
    }

    private static void add(RecordReader record, String id, Complaint.Builder complaint, ComplaintLog.Builder log) {
        if (record.ok()) {
            try {
                log.complaint(complaint.build(), record.row().origin());
                return;
            } catch (IllegalArgumentException | NullPointerException e) {
                record.refused(e, COLUMNS_BY_FIELD);
            }
        }
        log.rejected(record.rejection(id));
    }
}
