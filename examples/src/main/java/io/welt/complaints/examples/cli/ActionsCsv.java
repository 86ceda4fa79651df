package io.welt.complaints.examples.cli;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseCategory;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.Rejection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads actions.csv, and followups.csv when given, into a log: a {@link CorrectiveAction} per good
 * record with the follow-ups that name it by {@code action_id}, a rejection per bad record.
 *
 * <p>Besides its required columns and {@code owner}, {@code verification_days} and {@code description}
 * (docs/file-formats.md) an action reads {@code owner_level} (default FRONTLINE),
 * {@code containment} ({@code ;}-separated), {@code root_cause_id}, and may state that root cause on
 * the same row: {@code root_cause} (its description), {@code root_cause_category},
 * {@code root_cause_confirmed}, {@code escape_point}, {@code root_cause_evidence} ({@code ;}-separated).
 * A root cause stated on several rows: the first stands, and a different later statement is
 * mentioned on standard error.
 *
 * <p>An action and its follow-ups are judged together, so nothing is verified on half the evidence:
 * a rejected action rejects its follow-ups, and a rejected follow-up rejects its action (and so the
 * action's other follow-ups), each rejection saying why.
 */
final class ActionsCsv {

    static final List<String> REQUIRED = List.of("id", "scope", "key", "defect", "effective_from");
    static final Set<String> COLUMNS = Set.of("id", "scope", "key", "defect", "effective_from", "owner",
            "verification_days", "description", "owner_level", "containment", "root_cause_id", "root_cause",
            "root_cause_category", "root_cause_confirmed", "escape_point", "root_cause_evidence");

    /** The verification window when {@code verification_days} is blank, as docs/file-formats.md says. */
    static final int DEFAULT_VERIFICATION_DAYS = 90;

    private static final List<String> ROOT_CAUSE_DETAILS = List.of("root_cause_category", "root_cause_confirmed",
            "escape_point", "root_cause_evidence");
    private static final Map<String, String> ROOT_CAUSE_COLUMNS = Map.of("id", "root_cause_id", "description",
            "root_cause", "category", "root_cause_category", "evidence", "root_cause_evidence",
            "escapePoint", "escape_point");

    /** A good action record, waiting for its follow-ups. */
    private static final class Draft {
        final CsvRow row;
        final CorrectiveAction action;
        final RootCause rootCause;
        final List<FollowupsCsv.Read> followUps = new ArrayList<>();
        /** The first of its follow-ups that was rejected, or null. */
        FollowupsCsv.Read rejectedFollowUp;

        Draft(CsvRow row, CorrectiveAction action, RootCause rootCause) {
            this.row = row;
            this.action = action;
            this.rootCause = rootCause;
        }
    }

    private ActionsCsv() {
    }

    /**
     * Adds every record of {@code actions} and {@code followups} (null when not given) to {@code log}, as
     * an action with its follow-ups, a root cause, or a rejection.
     */
    static void read(CsvTable actions, CsvTable followups, Dates dates, Taxonomy taxonomy, Instant asOf,
                     ComplaintLog.Builder log, Consumer<String> notes) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Long> rejectedLines = new HashMap<>();
        for (CsvRow row : actions.rows()) {
            RecordReader record = new RecordReader(row, dates);
            String id = record.requiredText("id");
            Draft draft = draft(record, id, taxonomy);
            if (draft != null && drafts.containsKey(id)) {
                record.problem("id", "id " + id + " repeats an earlier action (" + row.source() + " line "
                        + drafts.get(id).row.line() + "); the first stands");
                draft = null;
            }
            if (draft == null) {
                log.rejected(record.rejection(id));
                if (id != null) {
                    rejectedLines.putIfAbsent(id, row.line());
                }
            } else {
                drafts.put(id, draft);
            }
        }
        if (followups != null) {
            List<FollowupsCsv.Read> reads = FollowupsCsv.read(followups, dates, asOf, actionId -> {
                if (drafts.containsKey(actionId)) {
                    return null;
                }
                Long line = rejectedLines.get(actionId);
                return line != null
                        ? "its action " + Text.excerpt(actionId) + " was rejected (" + actions.name() + " line " + line
                                + "), so this follow-up is not assessed either"
                        : "no corrective action '" + Text.excerpt(actionId) + "' in " + actions.name();
            });
            join(reads, drafts, log);
        }
        addActions(drafts, log, notes);
    }

    /** The action of a record and the root cause it states, or null when the record is bad. */
    private static Draft draft(RecordReader record, String id, Taxonomy taxonomy) {
        ActionScope scope = record.requiredChoice("scope", ActionScope.class);
        String key = record.requiredText("key");
        String defect = record.requiredText("defect");
        if (defect != null && !taxonomy.contains(defect)) {
            record.problem("defect", "unknown defect code '" + Text.excerpt(defect) + "'; the taxonomy has "
                    + taxonomy.categories().stream().map(DefectCategory::code).collect(Collectors.joining(", ")));
        }
        LocalDate effectiveFrom = record.requiredDate("effective_from");
        String owner = record.text("owner");
        EscalationLevel ownerLevel = record.choice("owner_level", EscalationLevel.class);
        Integer verificationDays = record.count("verification_days");
        String description = record.text("description");
        List<String> containment = record.list("containment");
        String rootCauseId = record.text("root_cause_id");
        RootCause rootCause = rootCause(record, rootCauseId);
        if (!record.ok()) {
            return null;
        }
        try {
            return new Draft(record.row(), new CorrectiveAction(id, scope, key, defect, description, owner, ownerLevel,
                    effectiveFrom, containment, List.of(),
                    verificationDays == null ? DEFAULT_VERIFICATION_DAYS : verificationDays, rootCauseId), rootCause);
        } catch (IllegalArgumentException | NullPointerException e) {
            record.refused(e, Map.of());
            return null;
        }
    }

    /** The root cause a record states, or null when it states none (or states it badly: a problem is noted). */
    private static RootCause rootCause(RecordReader record, String rootCauseId) {
        String description = record.text("root_cause");
        RootCauseCategory category = record.choice("root_cause_category", RootCauseCategory.class);
        Boolean confirmed = record.flag("root_cause_confirmed");
        String escapePoint = record.text("escape_point");
        List<String> evidence = record.list("root_cause_evidence");
        List<String> details = ROOT_CAUSE_DETAILS.stream().filter(c -> record.text(c) != null).toList();
        if (description == null && details.isEmpty()) {
            return null;
        }
        if (description == null) {
            record.problem("root_cause", "a value is required: the root cause's description, since the record gives "
                    + String.join(", ", details));
        }
        if (rootCauseId == null) {
            record.problem("root_cause_id", "a value is required: the record states a root cause, which needs an id");
        }
        if (!record.ok()) {
            return null;
        }
        try {
            return new RootCause(rootCauseId, category, description, evidence, Boolean.TRUE.equals(confirmed),
                    escapePoint, List.of(), List.of());
        } catch (IllegalArgumentException | NullPointerException e) {
            record.refused(e, ROOT_CAUSE_COLUMNS);
            return null;
        }
    }

    /** Gives each follow-up to its action; a rejected follow-up rejects its action. */
    private static void join(List<FollowupsCsv.Read> reads, Map<String, Draft> drafts, ComplaintLog.Builder log) {
        for (FollowupsCsv.Read read : reads) {
            Draft draft = read.actionId() == null ? null : drafts.get(read.actionId());
            if (read.rejection() != null) {
                log.rejected(read.rejection());
                if (draft != null && draft.rejectedFollowUp == null) {
                    draft.rejectedFollowUp = read;
                }
            } else {
                draft.followUps.add(read);
            }
        }
        drafts.values().removeIf(draft -> {
            FollowupsCsv.Read bad = draft.rejectedFollowUp;
            if (bad == null) {
                return false;
            }
            log.rejected(Rejection.of(draft.row.origin(), draft.action.id(), "(record)",
                    "not assessed: its follow-up on " + bad.row().source() + " line " + bad.row().line()
                            + " was rejected, and a verdict without it could be wrong"));
            for (FollowupsCsv.Read read : draft.followUps) {
                log.rejected(Rejection.of(read.row().origin(), read.actionId(), "action_id", "its action "
                        + draft.action.id() + " is not assessed (" + draft.row.source() + " line " + draft.row.line()
                        + ") because its follow-up on line " + bad.row().line() + " was rejected"));
            }
            return true;
        });
    }

    /** Adds the actions with their follow-ups, in the file's order, and the first statement of each root cause. */
    private static void addActions(Map<String, Draft> drafts, ComplaintLog.Builder log, Consumer<String> notes) {
        Map<String, Draft> rootCauses = new HashMap<>();
        for (Draft draft : drafts.values()) {
            List<FollowUp> followUps = draft.followUps.stream().map(FollowupsCsv.Read::followUp).toList();
            CorrectiveAction a = draft.action;
            log.action(new CorrectiveAction(a.id(), a.scope(), a.key(), a.defect(), a.description(), a.owner(),
                    a.ownerLevel(), a.effectiveFrom(), a.containment(), followUps, a.verificationDays(),
                    a.rootCauseId()), draft.row.origin());
            if (draft.rootCause == null) {
                continue;
            }
            Draft first = rootCauses.putIfAbsent(draft.rootCause.id(), draft);
            if (first == null) {
                log.rootCause(draft.rootCause);
            } else if (!first.rootCause.equals(draft.rootCause)) {
                notes.accept(draft.row.source() + " line " + draft.row.line() + ": root cause "
                        + Text.excerpt(draft.rootCause.id()) + " was already stated on line " + first.row.line()
                        + "; the first statement stands and this one is ignored");
            }
        }
    }
}
