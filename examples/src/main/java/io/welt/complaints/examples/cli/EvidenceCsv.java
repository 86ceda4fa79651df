package io.welt.complaints.examples.cli;

import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.EvidenceKind;
import io.welt.complaints.rules.ComplaintLog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads evidence.csv into a log: references to evidence (a photo, a lab report, a supplier's response,
 * a witness statement) about a complaint, problem, action or root cause, one {@link EvidenceItem} per
 * good record, a rejection per bad one. The tool keeps the reference ({@code uri}), never the file.
 */
final class EvidenceCsv {

    static final List<String> REQUIRED = List.of("subject", "kind", "uri");
    static final Set<String> COLUMNS = Set.of("subject", "kind", "uri", "by", "at", "note");

    private EvidenceCsv() {
    }

    static void read(CsvTable table, Dates dates, ComplaintLog.Builder log) {
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String subject = record.requiredText("subject");
            EvidenceKind kind = record.requiredChoice("kind", EvidenceKind.class);
            String uri = record.requiredText("uri");
            String by = record.text("by");
            Instant at = record.instant("at");
            String note = record.text("note");
            if (record.ok()) {
                try {
                    log.evidence(new EvidenceItem(subject, kind, uri, by, at, note), row.origin());
                    continue;
                } catch (IllegalArgumentException | NullPointerException e) {
                    record.refused(e, Map.of());
                }
            }
            log.rejected(record.rejection(subject));
        }
    }
}
