package io.welt.complaints.examples.cli;

import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.FollowUpKind;
import io.welt.complaints.rules.Rejection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads followups.csv: one {@link FollowUp} per good record, to be joined to its corrective action by
 * {@code action_id}; a rejection per bad one. Its columns are those of docs/file-formats.md, among them
 * {@code description} (what is to be done, e.g. "sample 32 pairs"). A follow-up that passed or failed
 * must say when it was done, and cannot have been done after the assessment's clock.
 */
final class FollowupsCsv {

    static final List<String> REQUIRED = List.of("action_id", "kind", "due");
    static final Set<String> COLUMNS = Set.of("action_id", "kind", "due", "done_on", "passed", "result", "description",
            "sample_size", "defects_found");

    /**
     * One record read.
     *
     * @param row       the record
     * @param actionId  the action it names, or null when blank
     * @param followUp  the follow-up, or null when rejected
     * @param rejection why it was rejected, or null
     */
    record Read(CsvRow row, String actionId, FollowUp followUp, Rejection rejection) {
    }

    private FollowupsCsv() {
    }

    /**
     * Reads every record of {@code table}.
     *
     * @param actionProblem why a record cannot join the action of this id (unknown or rejected), or
     *                      null when it can; the record is then rejected on {@code action_id}
     */
    static List<Read> read(CsvTable table, Dates dates, Instant asOf, Function<String, String> actionProblem) {
        LocalDate today = asOf.atZone(dates.zone()).toLocalDate();
        List<Read> reads = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String actionId = record.requiredText("action_id");
            if (actionId != null) {
                String problem = actionProblem.apply(actionId);
                if (problem != null) {
                    record.problem("action_id", problem);
                }
            }
            FollowUpKind kind = record.requiredChoice("kind", FollowUpKind.class);
            LocalDate due = record.requiredDate("due");
            LocalDate doneOn = record.date("done_on");
            if (doneOn != null && doneOn.isAfter(today)) {
                record.problem("done_on", "done on " + doneOn + ", after the assessment's clock " + asOf);
            }
            Boolean passed = record.flag("passed");
            if (passed != null && record.text("done_on") == null) {
                record.problem("passed", "passed is " + passed + " but done_on is blank: a follow-up not done yet"
                        + " cannot have passed or failed; give the day it was done");
            }
            String result = record.text("result");
            String description = record.text("description");
            Integer sampleSize = record.count("sample_size");
            Integer defectsFound = record.count("defects_found");
            if (record.ok()) {
                try {
                    reads.add(new Read(row, actionId, new FollowUp(kind, description, due, doneOn, passed, result,
                            sampleSize, defectsFound),
                            null));
                    continue;
                } catch (IllegalArgumentException | NullPointerException e) {
                    record.refused(e, Map.of());
                }
            }
            reads.add(new Read(row, actionId, null, record.rejection(actionId)));
        }
        return reads;
    }
}
