package io.welt.complaints.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.RootCauseReopened;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.Rejection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an {@link Assessment} as the JSON documented in {@code docs/json.md} and
 * {@code docs/assessment.schema.json}: the format {@code ./complaints assess --format json} prints, for a
 * host that wants the same document without the command line.
 *
 * <p>The document is streamed (Jackson's {@link JsonGenerator}): nothing but the assessment itself is held
 * in memory, whatever its size. Every top-level key is present even when empty, keys come in a fixed
 * order, lists in the assessment's stable order, times are ISO-8601 instants in UTC, money is a plain
 * JSON number with its currency's decimals (89.00 for GBP, 89 for JPY), and the document is
 * pretty-printed with two-space indents and {@code \n} line ends, ending with one {@code \n}: the same
 * assessment always gives the same bytes, on every platform.
 *
 * <p>The document says which {@link #SCHEMA_VERSION} it follows, the currency of its money and the zone
 * the log's local times were read in ({@code zone}); the instants themselves stay in UTC.
 *
 * <pre>{@code
 * JsonAssessmentWriter json = JsonAssessmentWriter.standard()
 *         .withCurrency(Currency.getInstance("EUR"))
 *         .withZone(ZoneId.of("Europe/Rome"));
 * try (Writer out = Files.newBufferedWriter(path)) {
 *     json.write(assessment, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class JsonAssessmentWriter {

    /**
     * The version of the document's schema, written as {@code schemaVersion}. Keys may be added within a
     * version; a key renamed, removed or given another meaning makes a new version.
     */
    public static final int SCHEMA_VERSION = 1;

    private static final Currency DEFAULT_CURRENCY = Currency.getInstance("GBP");
    private static final JsonAssessmentWriter STANDARD = new JsonAssessmentWriter(DEFAULT_CURRENCY, ZoneOffset.UTC);
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final Currency currency;
    private final ZoneId zone;

    private JsonAssessmentWriter(Currency currency, ZoneId zone) {
        this.currency = currency;
        this.zone = zone;
    }

    /**
     * The writer of the default policy's log: money in pounds sterling (GBP), local times read in UTC.
     *
     * @return the standard writer
     */
    public static JsonAssessmentWriter standard() {
        return STANDARD;
    }

    /**
     * This writer, for a log whose money is in {@code currency} (the {@code currency} key).
     *
     * @param currency the currency of the log's prices and of the policy's costs
     * @return a writer that names that currency
     * @throws NullPointerException when {@code currency} is null
     */
    public JsonAssessmentWriter withCurrency(Currency currency) {
        return new JsonAssessmentWriter(Objects.requireNonNull(currency, "currency"), zone);
    }

    /**
     * This writer, for a log whose local times were read in {@code zone} (the {@code zone} key). The
     * instants written stay in UTC; the zone tells a reader how the log's local times were taken.
     *
     * @param zone the zone of the log's local times, e.g. {@code Europe/London}
     * @return a writer that names that zone
     * @throws NullPointerException when {@code zone} is null
     */
    public JsonAssessmentWriter withZone(ZoneId zone) {
        return new JsonAssessmentWriter(currency, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * The currency this writer names.
     *
     * @return the currency of the {@code currency} key
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The zone this writer names.
     *
     * @return the zone of the {@code zone} key
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Writes the assessment to {@code out}, which is flushed and left open.
     *
     * @param assessment the assessment to write
     * @param out        where to write it
     * @throws IOException          when {@code out} fails; what was written before stays written
     * @throws NullPointerException when {@code assessment} or {@code out} is null
     */
    public void write(Assessment assessment, Writer out) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(printer());
            document(json, assessment);
            json.writeRaw('\n');
        }
    }

    /**
     * Writes the assessment to {@code out} in UTF-8; the stream is flushed and left open.
     *
     * @param assessment the assessment to write
     * @param out        where to write it
     * @throws IOException          when {@code out} fails; what was written before stays written
     * @throws NullPointerException when {@code assessment} or {@code out} is null
     */
    public void write(Assessment assessment, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(assessment, writer);
        writer.flush();
    }

    /**
     * The assessment as one string, for a small assessment or a test.
     *
     * @param assessment the assessment to write
     * @return the whole document, ending with {@code \n}
     * @throws NullPointerException when {@code assessment} is null
     */
    public String toJson(Assessment assessment) {
        StringWriter text = new StringWriter();
        try {
            write(assessment, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private void document(JsonGenerator json, Assessment assessment) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("asOf", time(assessment.asOf()));
        json.writeStringField("zone", zoneName(zone));
        json.writeStringField("currency", currency.getCurrencyCode());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("complaints", assessment.complaints().size());
        json.writeNumberField("rejected", assessment.rejected().size());
        json.writeNumberField("problems", assessment.problems().size());
        json.writeNumberField("findings", assessment.findings().size());
        json.writeNumberField("escalations", assessment.escalations().size());
        json.writeNumberField("warnings", assessment.warnings().size());
        json.writeNumberField("actions", assessment.actions().size());
        json.writeEndObject();
        json.writeArrayFieldStart("rejected");
        for (Rejection rejection : assessment.rejected()) {
            rejection(json, rejection);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("complaints");
        for (Complaint complaint : assessment.complaints()) {
            complaint(json, complaint, assessment);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("problems");
        for (Problem problem : assessment.problems()) {
            problem(json, problem, assessment);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (RepeatFinding finding : assessment.findings()) {
            finding(json, finding, assessment);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("escalations");
        for (Escalation escalation : assessment.escalations()) {
            escalation(json, escalation, assessment);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("warnings");
        for (DeadlineWarning warning : assessment.warnings()) {
            warning(json, warning);
        }
        json.writeEndArray();
        actions(json, assessment);
        json.writeArrayFieldStart("reopenedRootCauses");
        for (RootCauseReopened reopened : assessment.reopenedRootCauses()) {
            reopened(json, reopened);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("decisions");
        for (Decision decision : assessment.decisions()) {
            json.writeStartObject();
            json.writeStringField("subject", decision.subject());
            decisionFields(json, decision);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("contacts");
        for (Contact contact : assessment.contacts()) {
            contact(json, contact);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("evidence");
        for (EvidenceItem item : assessment.evidence()) {
            evidence(json, item);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("audit");
        for (AuditEntry entry : assessment.audit()) {
            audit(json, entry);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void rejection(JsonGenerator json, Rejection rejection) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", rejection.source());
        json.writeNumberField("line", rejection.line());
        json.writeStringField("id", rejection.id());
        json.writeStringField("field", rejection.field());
        json.writeStringField("message", rejection.message());
        json.writeEndObject();
    }

    private static void complaint(JsonGenerator json, Complaint complaint, Assessment assessment) throws IOException {
        String id = complaint.id();
        json.writeStartObject();
        json.writeStringField("id", id);
        Optional<SeverityAssessment> severity = assessment.severityAssessment(id);
        json.writeStringField("severity", severity.map(s -> s.severity().name()).orElse(null));
        json.writeStringField("rule", severity.map(SeverityAssessment::rule).orElse(null));
        json.writeStringField("reason", severity.map(SeverityAssessment::reason).orElse(null));
        json.writeArrayFieldStart("options");
        for (ResolutionOption option : assessment.options(id)) {
            json.writeStartObject();
            json.writeStringField("type", option.type().name());
            json.writeNumberField("preference", option.preference());
            money(json, "estimatedCost", option.estimatedCost());
            json.writeBooleanField("requested", option.requested());
            json.writeStringField("rule", option.rule());
            json.writeStringField("reason", option.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("safetyActions");
        for (SafetyAction action : assessment.safetyActions(id)) {
            json.writeStartObject();
            json.writeStringField("kind", action.kind().name());
            json.writeStringField("scope", action.scope());
            json.writeStringField("key", action.key());
            json.writeStringField("due", time(action.due()));
            json.writeStringField("rule", action.rule());
            json.writeStringField("reason", action.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * A problem: the record a manager works on, its findings as views, its options ranked against MONITOR
     * (the order of {@link Assessment#systemicOptions}) and the latest decision, or null.
     */
    private static void problem(JsonGenerator json, Problem problem, Assessment assessment) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", problem.id());
        json.writeStringField("kind", problem.kind().name());
        json.writeStringField("title", problem.title());
        json.writeStringField("severity", assessment.severityOf(problem).name());
        json.writeStringField("defect", problem.defect());
        json.writeObjectFieldStart("likelySource");
        json.writeStringField("scope", problem.likelySource().scope().name());
        json.writeStringField("key", problem.likelySource().key());
        json.writeStringField("reason", problem.likelySource().reason());
        json.writeEndObject();
        strings(json, "findingIds", problem.findingIds());
        strings(json, "attachedFindingIds", problem.attachedFindingIds());
        strings(json, "complaintIds", problem.complaintIds());
        strings(json, "productLines", problem.productLines());
        json.writeStringField("from", time(problem.from()));
        json.writeStringField("to", time(problem.to()));
        json.writeStringField("rule", problem.rule());
        json.writeStringField("reason", problem.reason());
        systemicOptions(json, assessment.systemicOptions(problem.id()));
        Optional<Decision> decision = assessment.decision(problem.id());
        json.writeFieldName("decision");
        if (decision.isPresent()) {
            json.writeStartObject();
            decisionFields(json, decision.get());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    private static void decisionFields(JsonGenerator json, Decision decision) throws IOException {
        json.writeStringField("option", decision.option().name());
        json.writeStringField("by", decision.by());
        json.writeStringField("at", time(decision.decidedAt()));
        json.writeStringField("rationale", decision.rationale());
        json.writeStringField("actionId", decision.actionId());
    }

    private static void finding(JsonGenerator json, RepeatFinding finding, Assessment assessment) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", finding.id());
        json.writeStringField("scope", finding.scope().name());
        json.writeStringField("key", finding.key());
        json.writeStringField("defect", finding.defect());
        json.writeStringField("problemId", assessment.problemOf(finding.id()).map(Problem::id).orElse(null));
        strings(json, "complaintIds", finding.complaintIds());
        json.writeStringField("from", time(finding.from()));
        json.writeStringField("to", time(finding.to()));
        json.writeStringField("rule", finding.rule());
        json.writeStringField("reason", finding.reason());
        systemicOptions(json, assessment.systemicOptions(finding.id()));
        json.writeEndObject();
    }

    /**
     * Options for management, in the rank order of the assessment; paybackDays is null when one does not
     * pay back within the horizon, inPlace the action already doing it (or null).
     */
    private static void systemicOptions(JsonGenerator json, List<SystemicOption> options) throws IOException {
        json.writeArrayFieldStart("options");
        for (SystemicOption option : options) {
            json.writeStartObject();
            json.writeStringField("type", option.type().name());
            money(json, "cost", option.cost());
            money(json, "benefit", option.benefit());
            money(json, "netBenefit", option.netBenefit());
            json.writeStringField("feasibility", option.feasibility());
            json.writeNumberField("leadTimeDays", option.leadTimeDays());
            json.writeStringField("effort", option.effort().name());
            json.writeFieldName("paybackDays");
            if (option.paybackDays() == null) {
                json.writeNull();
            } else {
                json.writeNumber(option.paybackDays().intValue());
            }
            json.writeStringField("inPlace", option.inPlace());
            json.writeBooleanField("safetyFirst", option.safetyFirst());
            json.writeBooleanField("baseline", option.isBaseline());
            json.writeStringField("rule", option.rule());
            json.writeStringField("reason", option.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** An escalation in force, with the person who holds it (acknowledgedBy) or null while nobody does. */
    private static void escalation(JsonGenerator json, Escalation escalation, Assessment assessment)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("targetType", escalation.targetType().name());
        json.writeStringField("target", escalation.target());
        json.writeStringField("level", escalation.level().name());
        json.writeStringField("raisedAt", time(escalation.raisedAt()));
        json.writeStringField("due", time(escalation.due()));
        json.writeStringField("rule", escalation.rule());
        json.writeStringField("reason", escalation.reason());
        var holder = assessment.acknowledgementOf(escalation);
        json.writeStringField("acknowledgedBy", holder.map(a -> a.by()).orElse(null));
        json.writeStringField("acknowledgedAt", holder.map(a -> time(a.acknowledgedAt())).orElse(null));
        json.writeStringField("acknowledgedLevel", holder.map(a -> a.level().name()).orElse(null));
        json.writeStringField("acknowledgementNote", holder.map(a -> a.note()).orElse(null));
        json.writeEndObject();
    }

    private static void warning(JsonGenerator json, DeadlineWarning warning) throws IOException {
        json.writeStartObject();
        json.writeStringField("complaintId", warning.complaintId());
        json.writeStringField("kind", warning.kind().name());
        json.writeStringField("deadline", time(warning.deadline()));
        json.writeNumberField("usedPercent", warning.usedPercent());
        json.writeStringField("rule", warning.rule());
        json.writeStringField("reason", warning.reason());
        json.writeEndObject();
    }

    /**
     * The corrective actions with their verdicts, what they did for the customers (the last recovery
     * concluded for an action) and which action supersedes which.
     */
    private static void actions(JsonGenerator json, Assessment assessment) throws IOException {
        Map<String, CustomerRecovery> recoveries = new HashMap<>();
        for (CustomerRecovery recovery : assessment.conclusions(CustomerRecovery.class)) {
            recoveries.put(recovery.actionId(), recovery);
        }
        Map<String, String> supersededBy = new HashMap<>();
        Map<String, List<String>> supersedes = new HashMap<>();
        for (ActionSuperseded superseded : assessment.conclusions(ActionSuperseded.class)) {
            supersededBy.put(superseded.actionId(), superseded.supersededBy());
            supersedes.computeIfAbsent(superseded.supersededBy(), k -> new ArrayList<>()).add(superseded.actionId());
        }
        json.writeArrayFieldStart("actions");
        for (CorrectiveAction action : assessment.actions()) {
            json.writeStartObject();
            json.writeStringField("id", action.id());
            json.writeStringField("scope", action.scope().name());
            json.writeStringField("key", action.key());
            json.writeStringField("defect", action.defect());
            json.writeStringField("effectiveFrom", action.effectiveFrom().toString());
            Optional<ActionVerification> verification = assessment.verification(action.id());
            json.writeStringField("verdict", verification.map(v -> v.verdict().name()).orElse(null));
            strings(json, "recurrences", verification.map(ActionVerification::recurrences).orElse(List.of()));
            json.writeStringField("rule", verification.map(ActionVerification::rule).orElse(null));
            json.writeStringField("reason", verification.map(ActionVerification::reason).orElse(null));
            CustomerRecovery recovery = recoveries.get(action.id());
            json.writeFieldName("customerRecovery");
            if (recovery == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                json.writeStringField("recovery", recovery.recovery().name());
                json.writeStringField("rule", recovery.rule());
                json.writeStringField("reason", recovery.reason());
                json.writeEndObject();
            }
            json.writeStringField("supersededBy", supersededBy.get(action.id()));
            strings(json, "supersedes", supersedes.getOrDefault(action.id(), List.of()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void reopened(JsonGenerator json, RootCauseReopened reopened) throws IOException {
        json.writeStartObject();
        json.writeStringField("rootCauseId", reopened.rootCauseId());
        json.writeStringField("actionId", reopened.actionId());
        json.writeStringField("rule", reopened.rule());
        json.writeStringField("reason", reopened.reason());
        json.writeEndObject();
    }

    private static void contact(JsonGenerator json, Contact contact) throws IOException {
        json.writeStartObject();
        json.writeStringField("complaintId", contact.complaintId());
        json.writeStringField("at", time(contact.at()));
        json.writeStringField("by", contact.by());
        json.writeStringField("channel", contact.channel() == null ? null : contact.channel().name());
        json.writeStringField("kind", contact.kind().name());
        json.writeStringField("outcome", contact.outcome());
        json.writeStringField("note", contact.note());
        json.writeEndObject();
    }

    private static void evidence(JsonGenerator json, EvidenceItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("subject", item.subject());
        json.writeStringField("kind", item.kind().name());
        json.writeStringField("uri", item.uri());
        json.writeStringField("by", item.by());
        json.writeStringField("at", item.at() == null ? null : time(item.at()));
        json.writeStringField("note", item.note());
        json.writeEndObject();
    }

    private static void audit(JsonGenerator json, AuditEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("at", time(entry.at()));
        json.writeStringField("actor", entry.actor());
        json.writeStringField("subject", entry.subject());
        json.writeStringField("event", entry.event());
        json.writeStringField("reason", entry.reason());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Money as a plain number with its currency's decimals: 89.00, never 89 or 8.9E+1. */
    private static void money(JsonGenerator json, String name, Money money) throws IOException {
        json.writeNumberField(name, money.amount());
    }

    /** ISO-8601 in UTC, e.g. 2026-03-01T09:00:00Z. */
    private static String time(Instant instant) {
        return instant.toString();
    }

    /** The zone's id, UTC for the offset zero (whose id is a bare "Z"). */
    private static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
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
