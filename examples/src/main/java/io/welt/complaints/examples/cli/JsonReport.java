package io.welt.complaints.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.RootCauseReopened;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.Rejection;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The assessment as the JSON of INTERCHANGE.md, for programs: every top-level key present even when
 * empty, keys in a fixed order, times as ISO-8601 instants in UTC, lists in the assessment's stable
 * order, pretty-printed with {@code \n} line ends so the same assessment always gives the same bytes.
 * {@code options} and {@code actions} stay empty until the resolution and corrective-action rules exist.
 */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private JsonReport() {
    }

    static String render(Assessment assessment) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", time(assessment.asOf()));
        ObjectNode summary = root.putObject("summary");
        summary.put("complaints", assessment.complaints().size());
        summary.put("rejected", assessment.rejected().size());
        summary.put("findings", assessment.findings().size());
        summary.put("escalations", assessment.escalations().size());
        summary.put("warnings", assessment.warnings().size());
        summary.put("actions", assessment.actions().size());
        ArrayNode rejected = root.putArray("rejected");
        assessment.rejected().forEach(r -> rejection(rejected.addObject(), r));
        ArrayNode complaints = root.putArray("complaints");
        assessment.complaints().forEach(c -> complaint(complaints.addObject(), c, assessment));
        ArrayNode findings = root.putArray("findings");
        assessment.findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode escalations = root.putArray("escalations");
        assessment.escalations().forEach(e -> escalation(escalations.addObject(), e));
        ArrayNode warnings = root.putArray("warnings");
        assessment.warnings().forEach(w -> warning(warnings.addObject(), w));
        ArrayNode actions = root.putArray("actions");
        assessment.actions().forEach(a -> action(actions.addObject(), a, assessment));
        ArrayNode reopened = root.putArray("reopenedRootCauses");
        assessment.reopenedRootCauses().forEach(r -> reopened(reopened.addObject(), r));
        ArrayNode audit = root.putArray("audit");
        assessment.audit().forEach(a -> audit(audit.addObject(), a));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rejection(ObjectNode node, Rejection rejection) {
        node.put("source", rejection.source());
        node.put("line", rejection.line());
        node.put("id", rejection.id());
        node.put("field", rejection.field());
        node.put("message", rejection.message());
    }

    private static void complaint(ObjectNode node, Complaint complaint, Assessment assessment) {
        node.put("id", complaint.getId());
        var severity = assessment.severityAssessment(complaint.getId());
        node.put("severity", severity.map(s -> s.severity().name()).orElse(null));
        node.put("rule", severity.map(s -> s.rule()).orElse(null));
        node.put("reason", severity.map(s -> s.reason()).orElse(null));
        node.putArray("options");
    }

    private static void finding(ObjectNode node, RepeatFinding finding) {
        node.put("id", finding.id());
        node.put("scope", finding.scope().name());
        node.put("key", finding.key());
        node.put("defect", finding.defect());
        ArrayNode ids = node.putArray("complaintIds");
        finding.complaintIds().forEach(ids::add);
        node.put("from", time(finding.from()));
        node.put("to", time(finding.to()));
        node.put("rule", finding.rule());
        node.put("reason", finding.reason());
        node.putArray("options");
    }

    private static void escalation(ObjectNode node, Escalation escalation) {
        node.put("targetType", escalation.targetType().name());
        node.put("target", escalation.target());
        node.put("level", escalation.level().name());
        node.put("raisedAt", time(escalation.raisedAt()));
        node.put("due", time(escalation.due()));
        node.put("rule", escalation.rule());
        node.put("reason", escalation.reason());
    }

    private static void warning(ObjectNode node, DeadlineWarning warning) {
        node.put("complaintId", warning.complaintId());
        node.put("kind", warning.kind().name());
        node.put("deadline", time(warning.deadline()));
        node.put("usedPercent", warning.usedPercent());
        node.put("rule", warning.rule());
        node.put("reason", warning.reason());
    }

    private static void action(ObjectNode node, CorrectiveAction action, Assessment assessment) {
        node.put("id", action.id());
        node.put("scope", action.scope().name());
        node.put("key", action.key());
        node.put("defect", action.defect());
        node.put("effectiveFrom", action.effectiveFrom().toString());
        Optional<ActionVerification> verification = assessment.verification(action.id());
        node.put("verdict", verification.map(v -> v.verdict().name()).orElse(null));
        ArrayNode recurrences = node.putArray("recurrences");
        verification.ifPresent(v -> v.recurrences().forEach(recurrences::add));
        node.put("rule", verification.map(ActionVerification::rule).orElse(null));
        node.put("reason", verification.map(ActionVerification::reason).orElse(null));
    }

    private static void reopened(ObjectNode node, RootCauseReopened reopened) {
        node.put("rootCauseId", reopened.rootCauseId());
        node.put("actionId", reopened.actionId());
        node.put("rule", reopened.rule());
        node.put("reason", reopened.reason());
    }

    private static void audit(ObjectNode node, AuditEntry entry) {
        node.put("at", time(entry.at()));
        node.put("actor", entry.actor());
        node.put("subject", entry.subject());
        node.put("event", entry.event());
        node.put("reason", entry.reason());
    }

    /** ISO-8601 in UTC, e.g. 2026-03-01T09:00:00Z. */
    private static String time(Instant instant) {
        return instant.toString();
    }

    /** Two-space indents, "key": value, [] and {} when empty, and \n on every platform. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
