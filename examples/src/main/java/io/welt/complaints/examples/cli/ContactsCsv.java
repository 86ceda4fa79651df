package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.ContactKind;
import io.welt.complaints.rules.ComplaintLog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads contacts.csv into a log: the contact log, one {@link Contact} with a complaint's customer per
 * good record, a rejection per bad one. The library then checks it against the log and the clock (a
 * contact about a complaint not assessed, or after {@code --as-of}, is rejected).
 */
final class ContactsCsv {

    static final List<String> REQUIRED = List.of("complaint_id", "at", "by", "kind");
    static final Set<String> COLUMNS = Set.of("complaint_id", "at", "by", "channel", "kind", "outcome", "note");

    private ContactsCsv() {
    }

    static void read(CsvTable table, Dates dates, ComplaintLog.Builder log) {
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String complaintId = record.requiredText("complaint_id");
            Instant at = record.requiredInstant("at");
            String by = record.requiredText("by");
            Channel channel = record.choice("channel", Channel.class);
            ContactKind kind = record.requiredChoice("kind", ContactKind.class);
            String outcome = record.text("outcome");
            String note = record.text("note");
            if (record.ok()) {
                try {
                    log.contact(new Contact(complaintId, at, by, channel, kind, outcome, note), row.origin());
                    continue;
                } catch (IllegalArgumentException | NullPointerException e) {
                    record.refused(e, Map.of());
                }
            }
            log.rejected(record.rejection(complaintId));
        }
    }
}
