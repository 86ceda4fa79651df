package io.welt.complaints.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.ContactKind;
import io.welt.complaints.model.DeadlineKind;
import io.welt.complaints.model.Effort;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.EvidenceKind;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.ProblemKind;
import io.welt.complaints.model.Recovery;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.SafetyActionKind;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.Verdict;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.Rejection;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;
import io.welt.complaints.test.SampleLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assessment as JSON, from the library: the documented keys in their order, the schema followed by
 * the sample, generated logs and the edge cases, and the schema strict enough to catch a renamed key.
 */
class JsonAssessmentWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ComplaintRules RULES = ComplaintRules.standard();
    private static final GeneratedLog SAMPLE = SampleLog.generate();
    private static final Assessment SAMPLE_ASSESSMENT = RULES.assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());

    @Test
    void theSampleFollowsTheSchemaAndStatesItsVersionZoneAndCurrency() throws IOException {
        String json = JsonAssessmentWriter.standard().withZone(ZoneId.of("Europe/London"))
                .withCurrency(Currency.getInstance("EUR")).toJson(SAMPLE_ASSESSMENT);

        AssessmentSchema.check(json, "the sample's JSON");
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(JsonAssessmentWriter.SCHEMA_VERSION).isEqualTo(1);
        assertThat(root.get("zone").asText()).isEqualTo("Europe/London");
        assertThat(root.get("currency").asText()).isEqualTo("EUR");
        assertThat(root.get("asOf").asText()).isEqualTo("2026-03-01T09:00:00Z");
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schemaVersion", "asOf", "zone", "currency", "summary", "rejected",
                "complaints", "problems", "findings", "escalations", "warnings", "actions", "reopenedRootCauses",
                "decisions", "contacts", "evidence", "audit");
        assertThat(root.get("problems")).hasSize(SAMPLE_ASSESSMENT.problems().size()).isNotEmpty();
        assertThat(root.at("/summary/complaints").asInt()).isEqualTo(SAMPLE_ASSESSMENT.complaints().size());
    }

    @Test
    void theStandardWriterNamesUtcAndPounds() throws IOException {
        JsonNode root = MAPPER.readTree(JsonAssessmentWriter.standard().toJson(SAMPLE_ASSESSMENT));

        assertThat(root.get("zone").asText()).isEqualTo("UTC");
        assertThat(root.get("currency").asText()).isEqualTo("GBP");
        assertThat(JsonAssessmentWriter.standard().withZone(ZoneOffset.ofHours(1)).zone().getId()).isEqualTo("+01:00");
    }

    @Test
    void moneyKeepsItsCurrencysDecimals() {
        String json = JsonAssessmentWriter.standard().toJson(SAMPLE_ASSESSMENT);

        // 89.00, never 89 or 8.9E+1: a reader that sums refunds must not lose the pence
        assertThat(json).containsPattern("\"estimatedCost\": [0-9]+\\.[0-9]{2}[,\\n]");
        assertThat(json).doesNotContainPattern("\"(cost|benefit|netBenefit|estimatedCost)\": -?[0-9.]+E");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 17, 2026})
    void generatedLogsFollowTheSchema(long seed) {
        GeneratedLog log = LogGenerator.withSeed(seed).complaints(300).generate();
        Assessment assessment = RULES.assess(log.toComplaintLog(), log.asOf());

        AssessmentSchema.check(JsonAssessmentWriter.standard().toJson(assessment), "the JSON of seed " + seed);
        assertThat(assessment.findings()).as("a log of 300 complaints with some findings").isNotEmpty();
    }

    @Test
    void anEmptyLogIsAValidDocumentWithEveryKey() throws IOException {
        Assessment empty = RULES.assess(ComplaintLog.builder().build(), SampleLog.AS_OF);
        String json = JsonAssessmentWriter.standard().toJson(empty);

        AssessmentSchema.check(json, "an empty log's JSON");
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("complaints")).isEmpty();
        assertThat(json).contains("\"complaints\": []", "\"summary\": {");
    }

    @Test
    void aRejectionQuotingTheCustomerIsEscapedAndReadsBackAsWritten() throws IOException {
        String words = "the \"sole\" came off\nafter a week, Müller said \\ twice \u2028";
        ComplaintLog log = ComplaintLog.builder()
                .rejected(new Rejection("complaints.csv", 7, "C-7", "description", words))
                .rejected(new Rejection("products.csv", 0, null, "sku", "no such SKU"))
                .build();
        String json = JsonAssessmentWriter.standard().toJson(RULES.assess(log, SampleLog.AS_OF));

        AssessmentSchema.check(json, "the JSON of a log with rejections");
        JsonNode rejected = MAPPER.readTree(json).get("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("message").asText()).isEqualTo(words);
        assertThat(rejected.get(0).get("line").asLong()).isEqualTo(7);
        assertThat(rejected.get(1).get("id").isNull()).isTrue();
        assertThat(json.lines()).noneMatch(line -> line.startsWith("after a week"));
    }

    @Test
    void aWriterAStreamAndAStringGiveTheSameBytesAndTheTargetStaysOpen() throws IOException {
        JsonAssessmentWriter writer = JsonAssessmentWriter.standard();
        StringWriter text = new StringWriter();
        writer.write(SAMPLE_ASSESSMENT, text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(SAMPLE_ASSESSMENT, bytes);
        String once = bytes.toString(StandardCharsets.UTF_8);
        writer.write(SAMPLE_ASSESSMENT, bytes);

        assertThat(text.toString()).isEqualTo(writer.toJson(SAMPLE_ASSESSMENT)).isEqualTo(once);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(once + once);
        assertThat(once).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void theSameAssessmentAlwaysGivesTheSameBytes() {
        Assessment again = RULES.assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());

        assertThat(JsonAssessmentWriter.standard().toJson(again))
                .isEqualTo(JsonAssessmentWriter.standard().toJson(SAMPLE_ASSESSMENT));
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        JsonAssessmentWriter writer = JsonAssessmentWriter.standard();

        assertThatThrownBy(() -> writer.toJson(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("assessment");
        assertThatThrownBy(() -> writer.write(SAMPLE_ASSESSMENT, (StringWriter) null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> writer.write(null, new ByteArrayOutputStream()))
                .isInstanceOf(NullPointerException.class).hasMessage("assessment");
        assertThatThrownBy(() -> writer.withZone(null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
        assertThatThrownBy(() -> writer.withCurrency(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency");
    }

    @Test
    void theSchemaCatchesARenamedKeyAMissingKeyAndAnUnknownOne() throws IOException {
        String json = JsonAssessmentWriter.standard().toJson(SAMPLE_ASSESSMENT);

        ObjectNode renamed = (ObjectNode) MAPPER.readTree(json);
        ObjectNode finding = (ObjectNode) renamed.get("findings").get(0);
        finding.set("complaint_ids", finding.remove("complaintIds"));
        assertThat(AssessmentSchema.errors(renamed.toString())).anyMatch(e -> e.contains("complaintIds"))
                .anyMatch(e -> e.contains("complaint_ids"));

        ObjectNode unversioned = (ObjectNode) MAPPER.readTree(json);
        unversioned.remove("schemaVersion");
        assertThat(AssessmentSchema.errors(unversioned.toString())).anyMatch(e -> e.contains("schemaVersion"));

        ObjectNode badTime = (ObjectNode) MAPPER.readTree(json);
        badTime.put("asOf", "2026-03-01T10:00:00+01:00");
        assertThat(AssessmentSchema.errors(badTime.toString())).isNotEmpty();

        ObjectNode badLevel = (ObjectNode) MAPPER.readTree(json);
        ((ObjectNode) badLevel.get("escalations").get(0)).put("level", "FRONTLINE");
        assertThat(AssessmentSchema.errors(badLevel.toString())).isNotEmpty();
    }

    /** A value the model gains is a value the schema must allow: the two are kept in step here. */
    @Test
    void theSchemasCodesAreTheModelsCodes() {
        JsonNode defs = AssessmentSchema.tree().get("$defs");
        Map<String, Class<? extends Enum<?>>> codes = Map.ofEntries(
                Map.entry("severity", Severity.class), Map.entry("findingScope", FindingScope.class),
                Map.entry("targetType", TargetType.class), Map.entry("remedyType", RemedyType.class),
                Map.entry("systemicActionType", SystemicActionType.class), Map.entry("verdict", Verdict.class),
                Map.entry("recovery", Recovery.class), Map.entry("problemKind", ProblemKind.class),
                Map.entry("safetyActionKind", SafetyActionKind.class), Map.entry("deadlineKind", DeadlineKind.class),
                Map.entry("effort", Effort.class), Map.entry("channel", Channel.class),
                Map.entry("contactKind", ContactKind.class), Map.entry("evidenceKind", EvidenceKind.class),
                Map.entry("actionScope", ActionScope.class));
        codes.forEach((name, type) -> {
            List<String> inSchema = new ArrayList<>();
            defs.get(name).get("enum").forEach(v -> inSchema.add(v.asText()));
            assertThat(inSchema).as(name).containsExactlyElementsOf(names(type));
        });
        List<String> levels = new ArrayList<>();
        defs.get("escalationLevel").get("enum").forEach(v -> levels.add(v.asText()));
        assertThat(levels).containsExactlyElementsOf(names(EscalationLevel.class).stream()
                .filter(l -> !l.equals("FRONTLINE")).toList());
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void anInstantIsWrittenAsJavaWritesIt() {
        assertThat(Instant.parse("2026-03-01T09:00:00Z").toString()).matches(
                AssessmentSchema.tree().at("/$defs/instant/pattern").asText());
    }
}
