package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Decision;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.rules.ComplaintLog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads decisions.csv into a log: a person's decision on a problem or finding (the option chosen,
 * one of the systemic option types or {@code MONITOR}), one {@link Decision} per good record, a
 * rejection per bad one. The library then checks it against the clock (not decided after {@code --as-of}).
 */
final class DecisionsCsv {

    static final List<String> REQUIRED = List.of("subject", "option", "decided_at", "by");
    static final Set<String> COLUMNS = Set.of("subject", "option", "decided_at", "by", "rationale", "action_id");

    private DecisionsCsv() {
    }

    static void read(CsvTable table, Dates dates, ComplaintLog.Builder log) {
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String subject = record.requiredText("subject");
            SystemicActionType option = record.requiredChoice("option", SystemicActionType.class);
            Instant decidedAt = record.requiredInstant("decided_at");
            String by = record.requiredText("by");
            String rationale = record.text("rationale");
            String actionId = record.text("action_id");
            if (record.ok()) {
                try {
                    log.decision(new Decision(subject, option, decidedAt, by, rationale, actionId), row.origin());
                    continue;
                } catch (IllegalArgumentException | NullPointerException e) {
                    record.refused(e, Map.of());
                }
            }
            log.rejected(record.rejection(subject));
        }
    }
}
