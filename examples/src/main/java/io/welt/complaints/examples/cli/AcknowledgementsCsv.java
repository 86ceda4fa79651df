package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.rules.ComplaintLog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads acknowledgements.csv into a log: a person taking hold of an escalation (and perhaps closing
 * it), one {@link Acknowledgement} per good record, a rejection per bad one. The library then checks
 * the record against the clock (not acknowledged or closed after {@code --as-of}).
 */
final class AcknowledgementsCsv {

    static final List<String> REQUIRED = List.of("target_type", "target", "level", "acknowledged_at", "by");
    static final Set<String> COLUMNS = Set.of("target_type", "target", "level", "acknowledged_at", "by", "note",
            "closed_at");

    private AcknowledgementsCsv() {
    }

    static void read(CsvTable table, Dates dates, ComplaintLog.Builder log) {
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            TargetType targetType = record.requiredChoice("target_type", TargetType.class);
            String target = record.requiredText("target");
            EscalationLevel level = record.requiredChoice("level", EscalationLevel.class);
            Instant acknowledgedAt = record.requiredInstant("acknowledged_at");
            String by = record.requiredText("by");
            String note = record.text("note");
            Instant closedAt = record.instant("closed_at");
            if (record.ok()) {
                try {
                    log.acknowledgement(new Acknowledgement(targetType, target, level, acknowledgedAt, by, note,
                            closedAt), row.origin());
                    continue;
                } catch (IllegalArgumentException | NullPointerException e) {
                    record.refused(e, Map.of());
                }
            }
            log.rejected(record.rejection(target));
        }
    }
}
