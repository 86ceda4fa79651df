package io.welt.complaints.examples.cli;

import io.welt.complaints.model.ActionSuperseded;
import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.CustomerRecovery;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.RootCauseReopened;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.Rejection;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * The assessment as the JSON of INTERCHANGE.md, for programs: every top-level key present even when
 * empty, keys in a fixed order, times as ISO-8601 instants in UTC, lists in the assessment's stable
 * order, pretty-printed with {@code \n} line ends so the same assessment always gives the same bytes.
 * Money is a plain JSON number with the currency's decimals (89.00 for GBP, 89 for JPY); the
 * top-level {@code currency} says which currency. {@code problems} come before {@code findings}: the
 * options for management are per problem, so a finding's {@code options} is now an empty list.
 */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private JsonReport() {
    }

    /** The assessment of a log whose money is in {@code currency}. */
    static String render(Assessment assessment, Currency currency) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", time(assessment.asOf()));
        root.put("currency", currency.getCurrencyCode());
        ObjectNode summary = root.putObject("summary");
        summary.put("complaints", assessment.complaints().size());
        summary.put("rejected", assessment.rejected().size());
        summary.put("problems", assessment.problems().size());
        summary.put("findings", assessment.findings().size());
        summary.put("escalations", assessment.escalations().size());
        summary.put("warnings", assessment.warnings().size());
        summary.put("actions", assessment.actions().size());
        ArrayNode rejected = root.putArray("rejected");
        assessment.rejected().forEach(r -> rejection(rejected.addObject(), r));
        ArrayNode complaints = root.putArray("complaints");
        assessment.complaints().forEach(c -> complaint(complaints.addObject(), c, assessment));
        ArrayNode problems = root.putArray("problems");
        assessment.problems().forEach(p -> problem(problems.addObject(), p, assessment));
        ArrayNode findings = root.putArray("findings");
        assessment.findings().forEach(f -> finding(findings.addObject(), f, assessment));
        ArrayNode escalations = root.putArray("escalations");
        assessment.escalations().forEach(e -> escalation(escalations.addObject(), e, assessment));
        ArrayNode warnings = root.putArray("warnings");
        assessment.warnings().forEach(w -> warning(warnings.addObject(), w));
        ArrayNode actions = root.putArray("actions");
        assessment.actions().forEach(a -> action(actions.addObject(), a, assessment));
        ArrayNode reopened = root.putArray("reopenedRootCauses");
        assessment.reopenedRootCauses().forEach(r -> reopened(reopened.addObject(), r));
        ArrayNode decisions = root.putArray("decisions");
        assessment.decisions().forEach(d -> decision(decisions.addObject(), d));
        ArrayNode contacts = root.putArray("contacts");
        assessment.contacts().forEach(c -> contact(contacts.addObject(), c));
        ArrayNode evidence = root.putArray("evidence");
        assessment.evidence().forEach(e -> evidence(evidence.addObject(), e));
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
        node.put("id", complaint.id());
        var severity = assessment.severityAssessment(complaint.id());
        node.put("severity", severity.map(s -> s.severity().name()).orElse(null));
        node.put("rule", severity.map(s -> s.rule()).orElse(null));
        node.put("reason", severity.map(s -> s.reason()).orElse(null));
        ArrayNode options = node.putArray("options");
        assessment.options(complaint.id()).forEach(o -> option(options.addObject(), o));
        ArrayNode safety = node.putArray("safetyActions");
        for (SafetyAction action : assessment.safetyActions(complaint.id())) {
            ObjectNode step = safety.addObject();
            step.put("kind", action.kind().name());
            step.put("scope", action.scope());
            step.put("key", action.key());
            step.put("due", time(action.due()));
            step.put("rule", action.rule());
            step.put("reason", action.reason());
        }
    }

    /** A remedy for the customer, in the order an agent offers them. */
    private static void option(ObjectNode node, ResolutionOption option) {
        node.put("type", option.type().name());
        node.put("preference", option.preference());
        node.put("estimatedCost", option.estimatedCost().amount());
        node.put("requested", option.requested());
        node.put("rule", option.rule());
        node.put("reason", option.reason());
    }

    /**
     * A problem: the record a manager works on, its findings as views, its options ranked against
     * MONITOR (the order of {@link Assessment#systemicOptions}) and the latest decision, or null.
     */
    private static void problem(ObjectNode node, Problem problem, Assessment assessment) {
        node.put("id", problem.id());
        node.put("kind", problem.kind().name());
        node.put("title", problem.title());
        node.put("severity", assessment.severityOf(problem).name());
        node.put("defect", problem.defect());
        ObjectNode source = node.putObject("likelySource");
        source.put("scope", problem.likelySource().scope().name());
        source.put("key", problem.likelySource().key());
        source.put("reason", problem.likelySource().reason());
        ArrayNode findingIds = node.putArray("findingIds");
        problem.findingIds().forEach(findingIds::add);
        ArrayNode attached = node.putArray("attachedFindingIds");
        problem.attachedFindingIds().forEach(attached::add);
        ArrayNode complaintIds = node.putArray("complaintIds");
        problem.complaintIds().forEach(complaintIds::add);
        ArrayNode lines = node.putArray("productLines");
        problem.productLines().forEach(lines::add);
        node.put("from", time(problem.from()));
        node.put("to", time(problem.to()));
        node.put("rule", problem.rule());
        node.put("reason", problem.reason());
        ArrayNode options = node.putArray("options");
        assessment.systemicOptions(problem.id()).forEach(o -> option(options.addObject(), o));
        Optional<Decision> decision = assessment.decision(problem.id());
        if (decision.isPresent()) {
            ObjectNode d = node.putObject("decision");
            d.put("option", decision.get().option().name());
            d.put("by", decision.get().by());
            d.put("at", time(decision.get().decidedAt()));
            d.put("rationale", decision.get().rationale());
            d.put("actionId", decision.get().actionId());
        } else {
            node.putNull("decision");
        }
    }

    private static void finding(ObjectNode node, RepeatFinding finding, Assessment assessment) {
        node.put("id", finding.id());
        node.put("scope", finding.scope().name());
        node.put("key", finding.key());
        node.put("defect", finding.defect());
        node.put("problemId", assessment.problemOf(finding.id()).map(Problem::id).orElse(null));
        ArrayNode ids = node.putArray("complaintIds");
        finding.complaintIds().forEach(ids::add);
        node.put("from", time(finding.from()));
        node.put("to", time(finding.to()));
        node.put("rule", finding.rule());
        node.put("reason", finding.reason());
        ArrayNode options = node.putArray("options");
        assessment.systemicOptions(finding.id()).forEach(o -> option(options.addObject(), o));
    }

    /**
     * An option for management, in the rank order of the assessment; paybackDays is null when it does
     * not pay back within the horizon, inPlace the action already doing it (or null).
     */
    private static void option(ObjectNode node, SystemicOption option) {
        node.put("type", option.type().name());
        node.put("cost", option.cost().amount());
        node.put("benefit", option.benefit().amount());
        node.put("netBenefit", option.netBenefit().amount());
        node.put("feasibility", option.feasibility());
        node.put("leadTimeDays", option.leadTimeDays());
        node.put("effort", option.effort().name());
        node.put("paybackDays", option.paybackDays());
        node.put("inPlace", option.inPlace());
        node.put("safetyFirst", option.safetyFirst());
        node.put("baseline", option.isBaseline());
        node.put("rule", option.rule());
        node.put("reason", option.reason());
    }

    /** An escalation in force, with the person who holds it (acknowledgedBy) or null while nobody does. */
    private static void escalation(ObjectNode node, Escalation escalation, Assessment assessment) {
        node.put("targetType", escalation.targetType().name());
        node.put("target", escalation.target());
        node.put("level", escalation.level().name());
        node.put("raisedAt", time(escalation.raisedAt()));
        node.put("due", time(escalation.due()));
        node.put("rule", escalation.rule());
        node.put("reason", escalation.reason());
        var holder = assessment.acknowledgementOf(escalation);
        node.put("acknowledgedBy", holder.map(a -> a.by()).orElse(null));
        node.put("acknowledgedAt", holder.map(a -> time(a.acknowledgedAt())).orElse(null));
        node.put("acknowledgedLevel", holder.map(a -> a.level().name()).orElse(null));
        node.put("acknowledgementNote", holder.map(a -> a.note()).orElse(null));
    }

    private static void decision(ObjectNode node, Decision decision) {
        node.put("subject", decision.subject());
        node.put("option", decision.option().name());
        node.put("by", decision.by());
        node.put("at", time(decision.decidedAt()));
        node.put("rationale", decision.rationale());
        node.put("actionId", decision.actionId());
    }

    private static void contact(ObjectNode node, Contact contact) {
        node.put("complaintId", contact.complaintId());
        node.put("at", time(contact.at()));
        node.put("by", contact.by());
        node.put("channel", contact.channel() == null ? null : contact.channel().name());
        node.put("kind", contact.kind().name());
        node.put("outcome", contact.outcome());
        node.put("note", contact.note());
    }

    private static void evidence(ObjectNode node, EvidenceItem item) {
        node.put("subject", item.subject());
        node.put("kind", item.kind().name());
        node.put("uri", item.uri());
        node.put("by", item.by());
        node.put("at", item.at() == null ? null : time(item.at()));
        node.put("note", item.note());
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
        ObjectNode recovery = null;
        for (CustomerRecovery r : assessment.conclusions(CustomerRecovery.class)) {
            if (r.actionId().equals(action.id())) {
                recovery = node.putObject("customerRecovery");
                recovery.put("recovery", r.recovery().name());
                recovery.put("rule", r.rule());
                recovery.put("reason", r.reason());
            }
        }
        if (recovery == null) {
            node.putNull("customerRecovery");
        }
        node.putNull("supersededBy");
        ArrayNode supersedes = node.putArray("supersedes");
        for (ActionSuperseded s : assessment.conclusions(ActionSuperseded.class)) {
            if (s.actionId().equals(action.id())) {
                node.put("supersededBy", s.supersededBy());
            }
            if (s.supersededBy().equals(action.id())) {
                supersedes.add(s.actionId());
            }
        }
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
