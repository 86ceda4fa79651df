package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's demo: the bundled sample, with the people's records of {@code examples/data}
 * (acknowledgements, one decision, contacts, evidence; hand-written like actions.csv), shows the four
 * planted problems, one escalation for each active one, a MONITOR row in each options table with
 * nothing money-losing above it, the containment already in place marked, who holds the escalations,
 * and an evidence pack for the tannery-lot problem that an assessor could file.
 */
class SampleDemoTest {

    private static final Path DATA = Paths.get("..", "examples", "data").toAbsolutePath().normalize();
    private static final String CHELSEA = "P/PRODUCT_LINE/Chelsea boot/STITCHING/C-00238";
    private static final String TANNERY = "P/MATERIAL_LOT/HL-4471/GRAIN_CRACKING/C-00163";
    private static final String CUSTOMER = "P/CUSTOMER/CUST-208431/*/C-00205";
    private static final String BELT = "P/PRODUCT_LINE/Belt/GRAIN_CRACKING/C-00061";
    /** The late order's customer (issue 14's planted case), the safety boots' pattern and the size of one last. */
    private static final String LATE_ORDER_CUSTOMER = "P/CUSTOMER/CUST-044892/*/C-00237";
    private static final String SAFETY_BOOTS = "P/PRODUCT_LINE/Safety boot S3/*/C-00040";
    private static final String SIZE = "P/SIZE/last L-7105, EU 42/*/C-00036";

    private final Cli cli;

    SampleDemoTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private static String data(String file) {
        return DATA.resolve(file).toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The README's demo command, as given there, with {@code more} after it. */
    private Cli.Result demo(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--complaints", data("complaints.csv"), "--products",
                data("products.csv"), "--batches", data("batches.csv"), "--actions", data("actions.csv"), "--followups",
                data("followups.csv"), "--acknowledgements", data("acknowledgements.csv"), "--decisions",
                data("decisions.csv"), "--contacts", data("contacts.csv"), "--evidence", data("evidence.csv"),
                "--as-of", "2026-03-01T09:00:00Z"));
        args.addAll(List.of(more));
        Cli.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.status()).as(result.err()).isZero();
        return result;
    }

    private static JsonNode problem(JsonNode json, String id) {
        return list(json.get("problems")).stream().filter(p -> p.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem " + id));
    }

    private static JsonNode option(JsonNode problem, String type) {
        return list(problem.get("options")).stream().filter(o -> o.get("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + type + " on " + problem.get("id")));
    }

    private static List<String> keys(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }

    @Test
    void demoJson_keepsTheContractsKeysForProblemsEscalationsAndAudit() {
        JsonNode json = demo("assess", "--format", "json").json();

        assertThat(keys(json.get("summary"))).contains("problems", "findings", "escalations");
        for (JsonNode problem : list(json.get("problems"))) {
            assertThat(keys(problem)).containsExactly("id", "kind", "title", "severity", "defect", "likelySource",
                    "findingIds", "attachedFindingIds", "complaintIds", "productLines", "from", "to", "rule", "reason",
                    "options", "decision");
            assertThat(keys(problem.get("likelySource"))).containsExactly("scope", "key", "reason");
            assertThat(problem.get("severity").asText()).isIn("LOW", "MEDIUM", "HIGH", "CRITICAL");
            for (JsonNode option : list(problem.get("options"))) {
                assertThat(keys(option)).contains("type", "cost", "benefit", "netBenefit", "paybackDays", "inPlace",
                        "rule", "reason");
                assertThat(option.get("paybackDays").isNull() || option.get("paybackDays").canConvertToInt()).isTrue();
            }
        }
        assertThat(keys(problem(json, TANNERY).get("decision"))).containsExactly("option", "by", "at", "rationale",
                "actionId");
        for (JsonNode escalation : list(json.get("escalations"))) {
            assertThat(keys(escalation)).containsExactly("targetType", "target", "level", "raisedAt", "due", "rule",
                    "reason", "acknowledgedBy", "acknowledgedAt", "acknowledgedLevel", "acknowledgementNote");
            assertThat(escalation.get("targetType").asText()).isIn("COMPLAINT", "FINDING", "ACTION", "PROBLEM");
        }
        for (JsonNode entry : list(json.get("audit"))) {
            assertThat(keys(entry)).containsExactly("at", "actor", "subject", "event", "reason");
            assertThat(entry.get("actor").asText()).matches("(rule|person):.+");
        }
    }

    @Test
    void demo_showsFourProblemsWithTheirViewsAndSources() {
        JsonNode json = demo("assess", "--format", "json").json();

        assertThat(json.get("rejected")).as("the sample is clean").isEmpty();
        assertThat(json.get("summary").get("problems").asInt()).isEqualTo(7);
        assertThat(json.get("summary").get("findings").asInt()).isEqualTo(11);
        assertThat(list(json.get("problems"))).extracting(p -> p.get("id").asText())
                .containsExactly(LATE_ORDER_CUSTOMER, CUSTOMER, TANNERY, BELT, CHELSEA, SAFETY_BOOTS, SIZE);
        JsonNode chelsea = problem(json, CHELSEA);
        assertThat(chelsea.get("findingIds")).extracting(JsonNode::asText)
                .containsExactly("BATCH/B-00577/STITCHING/C-00238", "PRODUCT_LINE/Chelsea boot/STITCHING/C-00238");
        JsonNode tannery = problem(json, TANNERY);
        assertThat(tannery.get("findingIds")).extracting(JsonNode::asText).containsExactly(
                "BATCH/B-00578/GRAIN_CRACKING/C-00163", "BATCH/B-00579/GRAIN_CRACKING/C-00171",
                "MATERIAL_LOT/HL-4471/GRAIN_CRACKING/C-00163", "SUPPLIER/Conceria del Ponte/GRAIN_CRACKING/C-00163");
        assertThat(tannery.get("likelySource").get("scope").asText()).isEqualTo("MATERIAL_LOT");
        assertThat(tannery.get("likelySource").get("key").asText()).isEqualTo("HL-4471");
        assertThat(tannery.get("title").asText()).contains("HL-4471").contains("Conceria del Ponte");
        assertThat(tannery.get("complaintIds")).extracting(JsonNode::asText)
                .containsExactly("C-00163", "C-00171", "C-00182", "C-00191");
        assertThat(problem(json, CUSTOMER).get("kind").asText()).isEqualTo("CUSTOMER");
    }

    @Test
    void demo_escalatesEachActiveProblemOnce_andShowsWhoHoldsIt() {
        JsonNode json = demo("assess", "--format", "json").json();
        List<JsonNode> escalations = list(json.get("escalations"));

        Map<String, Long> perProblem = new HashMap<>();
        escalations.stream().filter(e -> e.get("targetType").asText().equals("PROBLEM"))
                .forEach(e -> perProblem.merge(e.get("target").asText(), 1L, Long::sum));
        assertThat(perProblem).as("the belts and the size are quiet: nobody is asked to act on them again")
                .containsOnly(Map.entry(CHELSEA, 1L), Map.entry(TANNERY, 1L), Map.entry(CUSTOMER, 1L),
                        Map.entry(LATE_ORDER_CUSTOMER, 1L), Map.entry(SAFETY_BOOTS, 1L));
        assertThat(escalations).as("a finding that is a view of a problem is escalated through it")
                .noneMatch(e -> e.get("targetType").asText().equals("FINDING"));
        Map<String, String> holders = new HashMap<>();
        escalations.stream().filter(e -> !e.get("acknowledgedBy").isNull())
                .forEach(e -> holders.put(e.get("target").asText(), e.get("acknowledgedBy").asText()));
        assertThat(holders).containsEntry(TANNERY, "Dana Whitfield").containsEntry(CHELSEA, "Dana Whitfield")
                .containsEntry("C-00281", "Martin Osei");
        assertThat(escalations).as("closed by Sam Carter").noneMatch(e -> e.get("target").asText().equals("C-00014"));
        JsonNode safety = escalations.stream().filter(e -> e.get("target").asText().equals("C-00281")).findFirst()
                .orElseThrow();
        assertThat(safety.get("level").asText()).isEqualTo("SENIOR_MANAGEMENT");
        assertThat(list(json.get("audit"))).extracting(a -> a.get("actor").asText())
                .contains("person:Dana Whitfield", "person:Priya Nair", "person:Sam Carter")
                .allMatch(actor -> actor.startsWith("rule:") || actor.startsWith("person:"));
    }

    @Test
    void demo_everyOptionsTableHasMonitor_nothingMoneyLosingAboveIt_andContainmentInPlaceMarked() {
        JsonNode json = demo("assess", "--format", "json").json();

        for (JsonNode problem : list(json.get("problems"))) {
            if (problem.get("kind").asText().equals("CUSTOMER")) {
                assertThat(problem.get("options")).as("a repeat customer is recovered, not costed").isEmpty();
                continue;
            }
            List<JsonNode> options = list(problem.get("options"));
            List<String> types = options.stream().map(o -> o.get("type").asText()).toList();
            assertThat(types).as(problem.get("id").asText()).containsOnlyOnce("MONITOR");
            for (JsonNode above : options.subList(0, types.indexOf("MONITOR"))) {
                assertThat(above.get("safetyFirst").asBoolean() || above.get("netBenefit").decimalValue().signum() > 0)
                        .as("%s above MONITOR on %s", above.get("type"), problem.get("id")).isTrue();
            }
        }
        JsonNode chelsea = problem(json, CHELSEA);
        assertThat(option(chelsea, "STOCK_HOLD").get("inPlace").asText()).isEqualTo("CA-04");
        assertThat(option(chelsea, "PROCESS_CHANGE").get("inPlace").asText()).isEqualTo("CA-04");
        assertThat(option(problem(json, TANNERY), "SUPPLIER_CORRECTIVE_ACTION_REQUEST").get("inPlace").asText())
                .isEqualTo("CA-03");
        assertThat(option(chelsea, "MONITOR").get("inPlace").isNull()).isTrue();

        String text = demo("assess").out();
        assertThat(text).contains("285 complaints assessed, 0 records rejected, 7 problems (from 11 findings), ")
                .contains("in place: CA-04 since 2026-02-10").contains("in place: CA-03 since 2025-12-01")
                .contains("baseline: doing nothing, keep watching");
        String html = demo("assess", "--format", "html").out();
        assertThat(html).contains("<b>MONITOR</b> <span class=\"badge baseline\">baseline</span>")
                .contains("<span class=\"badge inplace\">in place: CA-04 since 2026-02-10</span>");
    }

    @Test
    void demo_recordsTheDecisionContactsEvidenceAndEachVerdict() {
        JsonNode json = demo("assess", "--format", "json").json();

        JsonNode decision = problem(json, TANNERY).get("decision");
        assertThat(decision.get("option").asText()).isEqualTo("SUPPLIER_CORRECTIVE_ACTION_REQUEST");
        assertThat(decision.get("by").asText()).isEqualTo("Dana Whitfield");
        assertThat(decision.get("actionId").asText()).isEqualTo("CA-03");
        assertThat(decision.get("rationale").asText()).contains("the fault is the tannery's");
        assertThat(list(json.get("contacts"))).filteredOn(c -> c.get("kind").asText().equals("CALL_BACK"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(list(json.get("evidence"))).extracting(e -> e.get("kind").asText() + " " + e.get("subject").asText())
                .contains("PHOTO C-00163", "PHOTO C-00171", "SUPPLIER_RESPONSE " + TANNERY, "LAB_REPORT RC-03");
        Map<String, String> verdicts = new HashMap<>();
        list(json.get("actions")).forEach(a -> verdicts.put(a.get("id").asText(), a.get("verdict").asText()));
        assertThat(verdicts).containsEntry("CA-01", "EFFECTIVE").containsEntry("CA-02", "INEFFECTIVE")
                .containsEntry("CA-03", "EFFECTIVE").containsEntry("CA-04", "IN_VERIFICATION");
    }

    @Test
    void demo_evidencePackOfTheTanneryLot_tellsTheWholeStory() {
        String pack = demo("evidence", "--problem", TANNERY).out();

        assertThat(pack).startsWith("EVIDENCE PACK: Problem " + TANNERY + "\n")
                .contains("likely source: MATERIAL_LOT HL-4471")
                .contains("1. Complaints logged (4)").contains("\"Cracks in the leather along the handle folds\"")
                .contains("rule \"Repeat: same material lot across product lines\"")
                .contains("1. MONITOR (the baseline, doing nothing)")
                .contains("SUPPLIER_CORRECTIVE_ACTION_REQUEST: in place: CA-03 since 2025-12-01")
                .contains("complaints x ")
                .contains("SUPPLIER_CORRECTIVE_ACTION_REQUEST decided by Dana Whitfield, carried out by CA-03")
                .contains("rationale: Two styles from two factories")
                .contains("RC-03 (SUPPLIER, confirmed)")
                .contains("follow-up CUSTOMER_CALLBACK, due 2026-01-15: done 2026-01-14, FAILED")
                .contains("VERDICT EFFECTIVE")
                .contains("C-00171  CALL_BACK via PHONE, by Priya Nair: still unhappy")
                .contains("SUPPLIER_RESPONSE about " + TANNERY + ": letters/CP-2025-118-conceria-del-ponte.pdf")
                .contains("PHOTO about C-00163: photos/C-00163-vamp.jpg")
                .contains("held by Dana Whitfield at QUALITY_MANAGER since 2025-11-20T08:40:00Z")
                .contains("by person:Dana Whitfield").contains("by rule:Problem: one defect from one traceable source");
        String audit = pack.substring(pack.indexOf("10. Audit trail"));
        int escalated = audit.indexOf("2025-11-19T17:05:00Z  " + TANNERY + "  escalated to QUALITY_MANAGER");
        int acknowledged = audit.indexOf("2025-11-20T08:40:00Z  " + TANNERY + "  acknowledged the escalation");
        int decided = audit.indexOf("2025-11-25T14:00:00Z  " + TANNERY + "  decided SUPPLIER_CORRECTIVE_ACTION_REQUEST");
        int verdict = audit.indexOf("CA-03  verdict EFFECTIVE");
        assertThat(List.of(escalated, acknowledged, decided, verdict)).as("the rule, then the people, then the rule")
                .doesNotContain(-1).isSorted();
    }

    @Test
    void html_showsTheSizeFindingWithItsLinesComplaintsBySize_andTheCustomersLine(@TempDir Path dir) {
        Cli.Result result = new Cli(dir).run("assess", "--complaints", data("complaints.csv"), "--products",
                data("products.csv"), "--batches", data("batches.csv"), "--actions", data("actions.csv"), "--followups",
                data("followups.csv"), "--as-of", "2026-03-01T09:00:00Z", "--format", "html");
        assertThat(result.status()).as(result.err()).isZero();
        String page = result.out();
        int size = page.indexOf("SIZE · last L-7105, EU 42");
        assertThat(size).as("the SIZE finding's heading").isPositive();
        int table = page.indexOf("<h4>Fit complaints by size (SIZING), all dates</h4>", size);
        assertThat(table).as("complaints by size under the SIZE finding").isPositive();
        String sizes = page.substring(table, page.indexOf("</table>", table));
        assertThat(sizes).contains(">Derby shoe</th>").contains(">Desert boot</th>").contains(">Loafer</th>")
                .contains("<b>EU 42</b>");
        assertThat(page).contains("<b>Customers: NOT_RECOVERED.</b>").contains("<b>Supersedes CA-02:</b>");
    }

    @Test
    void text_showsBothVerdictLinesOfAnAction(@TempDir Path dir) {
        Cli.Result result = new Cli(dir).run("assess", "--complaints", data("complaints.csv"), "--products",
                data("products.csv"), "--batches", data("batches.csv"), "--actions", data("actions.csv"), "--followups",
                data("followups.csv"), "--as-of", "2026-03-01T09:00:00Z");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("  CA-03 EFFECTIVE: SUPPLIER Conceria del Ponte, GRAIN_CRACKING, effective 2025-12-01\n")
                .contains("    customers NOT_RECOVERED: Customers are still unhappy, whatever the root cause's verdict:")
                .contains("    supersedes CA-02: CA-04 (effective 2026-02-10) takes over STITCHING");
    }
    @Test
    void demo_judgesTheActionsOnRevisedProductionAndSamples_andShowsTheSizeAndSafetyProblems() {
        JsonNode json = demo("assess", "--format", "json").json();
        assertThat(list(json.get("findings"))).extracting(f -> f.get("id").asText()).contains(
                "PRODUCT_LINE/Chelsea boot/STITCHING/C-00238",
                "MATERIAL_LOT/HL-4471/GRAIN_CRACKING/C-00163",
                "CUSTOMER/CUST-208431/*/C-00205",
                "SIZE/last L-7105, EU 42/*/C-00036");
        Map<String, String> verdicts = new HashMap<>();
        list(json.get("actions")).forEach(a -> verdicts.put(a.get("id").asText(), a.get("verdict").asText()));
        assertThat(verdicts).containsEntry("CA-01", "EFFECTIVE").containsEntry("CA-02", "INEFFECTIVE")
                .containsEntry("CA-03", "EFFECTIVE").containsEntry("CA-04", "IN_VERIFICATION");
        JsonNode ca03 = list(json.get("actions")).stream().filter(a -> a.get("id").asText().equals("CA-03")).findFirst()
                .orElseThrow();
        assertThat(ca03.get("reason").asText()).contains("sample of 50 from batch B-00580")
                .contains("code letter H, sample 50, AQL 1.0: Ac 1, Re 2").contains("700 units made in 2 batches");
        assertThat(ca03.get("customerRecovery").get("recovery").asText()).isEqualTo("NOT_RECOVERED");
        JsonNode ca02 = list(json.get("actions")).stream().filter(a -> a.get("id").asText().equals("CA-02")).findFirst()
                .orElseThrow();
        assertThat(ca02.get("supersededBy").asText()).isEqualTo("CA-04");
        assertThat(list(json.get("problems"))).extracting(p -> p.get("id").asText())
                .contains("P/SIZE/last L-7105, EU 42/*/C-00036");
    }
}
