package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * {@code --actions} and {@code --followups}: each verdict through the JSON, and every way an action or
 * a follow-up is rejected. The Chelsea boot line had four changes, all watched for 90 days; the clock
 * is 2026-03-01T09:00Z.
 */
class ActionsOptionTest {

    static final String PRODUCTS = "sku,product_line,price,unit_cost\nCH-42,Chelsea boot,129.00,40.00\n";
    /** 600 pairs made before the changes of 2025-11-01, 600 after. */
    static final String BATCHES = "batch_id,sku,produced_on,quantity\n"
            + "B-OLD,CH-42,2025-09-01,600\n"
            + "B-NEW,CH-42,2025-11-10,600\n";
    /** A seam failure on a pair made after the change (C-10), one on old stock (C-11). */
    static final String COMPLAINTS = "id,received_at,customer_id,sku,defect,batch_id,purchased_on,description\n"
            + "C-10,2026-02-10T10:00,CU-1,CH-42,STITCHING,B-NEW,2026-02-01,Seam opened\n"
            + "C-11,2026-02-12T10:00,CU-2,CH-42,STITCHING,B-OLD,,\n";
    static final String ACTIONS = "id,scope,key,defect,effective_from,owner,owner_level,description,containment,"
            + "root_cause_id,root_cause,root_cause_category,root_cause_confirmed,escape_point,root_cause_evidence\n"
            + "CA-1,PRODUCT_LINE,Chelsea boot,STITCHING,2025-11-01,Closing supervisor,TEAM_LEADER,Thread gauge 30,"
            + "Held 340 pairs;Inspection tightened,RC-1,Thread too thin on line 2,PROCESS,yes,closing inspection,"
            + "lab report 17;returned pairs\n"
            + "CA-2,PRODUCT_LINE,Chelsea boot,SOLE_SEPARATION,2025-11-01,,,New adhesive,,,,,,,\n"
            + "CA-3,product_line,Chelsea boot,heel_failure,2025-11-01,,,Heel nails,,,,,,,\n"
            + "CA-4,PRODUCT_LINE,Chelsea boot,FINISH_PEELING,2026-02-01,,,New finish,,,,,,,\n";
    static final String FOLLOWUPS = "action_id,kind,due,done_on,passed,result,description\n"
            + "CA-2,SAMPLE_REVISED_BATCH,2025-12-01,2025-11-28,true,0 failures in 32 pairs,sample 32 pairs\n"
            + "CA-3,CUSTOMER_CALLBACK,2025-12-15,2025-12-12,false,2 of 5 still unhappy,call the 5 complainants\n"
            + "CA-4,SAMPLE_REVISED_BATCH,2026-04-01,,,,\n";

    private final Cli cli;

    ActionsOptionTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    /** Assesses the files above with {@code actions} and {@code followups} (null: no --followups), as JSON. */
    private Cli.Result assess(String actions, String followups) {
        return assessAs("json", actions, followups);
    }

    private Cli.Result assessAs(String format, String actions, String followups) {
        List<String> args = new ArrayList<>(List.of("assess", "--complaints", cli.file("complaints.csv", COMPLAINTS),
                "--as-of", "2026-03-01T09:00:00Z", "--format", format,
                "--products", cli.file("products.csv", PRODUCTS),
                "--batches", cli.file("batches.csv", BATCHES), "--actions", cli.file("actions.csv", actions)));
        if (followups != null) {
            args.addAll(List.of("--followups", cli.file("followups.csv", followups)));
        }
        return cli.run(args.toArray(String[]::new));
    }

    private static JsonNode action(JsonNode json, String id) {
        return StreamSupport.stream(json.get("actions").spliterator(), false)
                .filter(a -> a.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + id + " in " + json.get("actions")));
    }

    private static List<String> rejections(JsonNode json) {
        return StreamSupport.stream(json.get("rejected").spliterator(), false)
                .map(r -> r.get("source").asText() + ":" + r.get("line").asLong() + " " + r.get("id").asText() + " "
                        + r.get("field").asText() + ": " + r.get("message").asText())
                .toList();
    }

    @Test
    void eachVerdict_withItsRuleAndReason() {
        Cli.Result result = assess(ACTIONS, FOLLOWUPS);

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("rejected")).isEmpty();
        assertThat(json.get("summary").get("actions").asInt()).isEqualTo(4);
        assertThat(json.get("actions")).extracting(a -> a.get("id").asText() + " " + a.get("verdict").asText())
                .containsExactly("CA-1 INEFFECTIVE", "CA-2 EFFECTIVE", "CA-3 EFFECTIVE", "CA-4 IN_VERIFICATION");
        JsonNode ineffective = action(json, "CA-1");
        assertThat(ineffective.get("recurrences")).extracting(JsonNode::asText).containsExactly("C-10");
        assertThat(ineffective.get("rule").asText()).isEqualTo("Verify: ineffective");
        assertThat(ineffective.get("reason").asText()).contains("C-10").doesNotContain("C-11");
        assertThat(action(json, "CA-2").get("reason").asText())
                .contains("SAMPLE_REVISED_BATCH (sample 32 pairs) passed: 0 failures in 32 pairs");
        // A failed call-back is the customers' line, apart from the root cause's verdict: no longer INCONCLUSIVE.
        JsonNode unhappyCustomers = action(json, "CA-3");
        assertThat(unhappyCustomers.get("defect").asText()).isEqualTo("HEEL_FAILURE");
        assertThat(unhappyCustomers.get("scope").asText()).isEqualTo("PRODUCT_LINE");
        assertThat(unhappyCustomers.get("reason").asText()).doesNotContain("CUSTOMER_CALLBACK").doesNotContain("still unhappy");
        assertThat(unhappyCustomers.get("customerRecovery").get("recovery").asText()).isEqualTo("NOT_RECOVERED");
        assertThat(unhappyCustomers.get("customerRecovery").get("rule").asText()).isEqualTo("Verify: customers not recovered");
        assertThat(unhappyCustomers.get("customerRecovery").get("reason").asText()).contains("2 of 5 still unhappy");
        assertThat(action(json, "CA-2").get("customerRecovery").isNull()).isTrue();
        assertThat(action(json, "CA-1").get("supersededBy").isNull()).isTrue();
        assertThat(action(json, "CA-1").get("supersedes")).isEmpty();
        assertThat(action(json, "CA-4").get("effectiveFrom").asText()).isEqualTo("2026-02-01");
        assertThat(action(json, "CA-4").get("recurrences")).isEmpty();
    }

    @Test
    void ineffectiveAction_reopensTheRootCauseStatedOnItsRow() {
        JsonNode json = assess(ACTIONS, FOLLOWUPS).json();

        assertThat(json.get("reopenedRootCauses")).singleElement().satisfies(r -> {
            assertThat(r.get("rootCauseId").asText()).isEqualTo("RC-1");
            assertThat(r.get("actionId").asText()).isEqualTo("CA-1");
            assertThat(r.get("reason").asText()).contains("C-10");
        });
    }

    @Test
    void withoutFollowupsFile_actionsAreJudgedOnRecurrencesAndUnitsAlone() {
        JsonNode json = assess(ACTIONS, null).json();

        assertThat(action(json, "CA-2").get("verdict").asText()).isEqualTo("EFFECTIVE");
        assertThat(action(json, "CA-3").get("verdict").asText()).isEqualTo("EFFECTIVE");
    }

    @Test
    void followUpOfAnUnknownAction_isRejectedOnItsLineAndColumn() {
        Cli.Result result = assess(ACTIONS, FOLLOWUPS + "CA-9,OTHER,2026-01-01,,,,\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(rejections(result.json()))
                .containsExactly("followups.csv:5 CA-9 action_id: no corrective action 'CA-9' in actions.csv");
        assertThat(result.json().get("actions")).hasSize(4);
    }

    @Test
    void passedWithoutDoneOn_isAContradiction_andTheActionWaitsForIt() {
        Cli.Result result = assess(ACTIONS, FOLLOWUPS + "CA-2,CUSTOMER_CALLBACK,2025-12-15,,yes,,\n");

        assertThat(rejections(result.json())).containsExactly(
                "actions.csv:3 CA-2 (record): not assessed: its follow-up on followups.csv line 5 was rejected,"
                        + " and a verdict without it could be wrong",
                "followups.csv:2 CA-2 action_id: its action CA-2 is not assessed (actions.csv line 3) because its"
                        + " follow-up on line 5 was rejected",
                "followups.csv:5 CA-2 passed: passed is true but done_on is blank: a follow-up not done yet cannot"
                        + " have passed or failed; give the day it was done");
        assertThat(result.json().get("actions")).extracting(a -> a.get("id").asText())
                .containsExactly("CA-1", "CA-3", "CA-4");
    }

    @Test
    void rejectedAction_rejectsItsFollowUpsSayingSo() {
        String actions = ACTIONS.replace("CA-3,product_line,Chelsea boot,heel_failure,2025-11-01",
                "CA-3,product_line,Chelsea boot,heel_failure,1 Nov");

        Cli.Result result = assess(actions, FOLLOWUPS);

        assertThat(rejections(result.json())).hasSize(2);
        assertThat(rejections(result.json()).get(0))
                .startsWith("actions.csv:4 CA-3 effective_from: '1 Nov' is not an ISO-8601 date");
        assertThat(rejections(result.json()).get(1)).isEqualTo("followups.csv:3 CA-3 action_id: its action CA-3 was"
                + " rejected (actions.csv line 4), so this follow-up is not assessed either");
    }

    @Test
    void badActionRecords_areRejectedWithTheirColumn() {
        String actions = "id,scope,key,defect,effective_from,verification_days,root_cause_category\n"
                + "CA-1,PRODUCT_LINE,Chelsea boot,STITCHING,2025-11-01,90,\n"
                + "CA-1,PRODUCT_LINE,Chelsea boot,SOLE_WEAR,2025-11-01,90,\n"
                + "CA-2,FACTORY,Chelsea boot,STITCHING,2025-11-01,90,\n"
                + "CA-3,SKU,CH-42,BROKEN_HEART,2025-11-01,90,\n"
                + "CA-4,SKU,CH-42,STITCHING,2025-11-01,0,\n"
                + "CA-5,SKU,CH-42,STITCHING,2025-11-01,,PROCESS\n";

        Cli.Result result = assess(actions, null);

        assertThat(result.json().get("rejected"))
                .extracting(r -> r.get("line").asLong() + " " + r.get("field").asText())
                .containsExactly("3 id", "4 scope", "5 defect", "6 verification_days", "7 root_cause");
        assertThat(rejections(result.json()).get(0)).contains("repeats an earlier action (actions.csv line 2)");
        assertThat(rejections(result.json()).get(4)).contains("also root_cause_id");
        assertThat(result.json().get("actions")).extracting(a -> a.get("id").asText()).containsExactly("CA-1");
    }

    @Test
    void followUpDoneAfterTheClock_isRejected() {
        Cli.Result result = assess(ACTIONS, FOLLOWUPS.replace("2025-11-28,true", "2026-03-02,true"));

        assertThat(rejections(result.json())).anyMatch(r -> r.startsWith("followups.csv:2 CA-2 done_on: done on"
                + " 2026-03-02, after the assessment's clock"));
    }

    @Test
    void rootCauseStatedTwiceDifferently_theFirstStandsAndTheUserIsTold() {
        String actions = ACTIONS + "CA-5,SKU,CH-42,STITCHING,2026-02-20,,,Second try,,RC-1,Wrong needle,PROCESS,no,,\n"
                + "CA-6,SKU,CH-42,STITCHING,2026-02-20,,,Third try,,RC-1,,,,,\n";

        Cli.Result result = assess(actions, FOLLOWUPS);

        assertThat(result.json().get("rejected")).isEmpty();
        assertThat(result.err()).containsOnlyOnce("actions.csv line 6: root cause RC-1 was already stated on line 2;"
                + " the first statement stands");
    }

    @Test
    void followupsWithoutActions_isAUsageError() {
        Cli.Result result = cli.assessJson(COMPLAINTS, "--followups", cli.file("followups.csv", FOLLOWUPS));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("--followups needs --actions");
    }

    @Test
    void actionsFileWithoutARequiredColumn_exitsTwoNamingIt() {
        Cli.Result result = assess("id,scope,key,defect\nCA-1,SKU,CH-42,STITCHING\n", null);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("actions.csv line 1: missing required column 'effective_from'");
    }

    @Test
    void textReport_listsEachActionWithItsVerdictRecurrencesAndReason_butNoCustomerWords() {
        Cli.Result result = assessAs("text", ACTIONS, FOLLOWUPS);

        assertThat(result.status()).as(result.err()).isZero();
        String text = result.out();
        assertThat(text).contains("""
                CORRECTIVE ACTIONS (4)
                  CA-1 INEFFECTIVE: PRODUCT_LINE Chelsea boot, STITCHING, effective 2025-11-01
                    recurrences: C-10
                    root cause RC-1 reopened
                    The problem came back after the change: C-10
                  CA-2 EFFECTIVE: PRODUCT_LINE Chelsea boot, SOLE_SEPARATION, effective 2025-11-01
                """).contains("  CA-3 EFFECTIVE: ").contains("  CA-4 IN_VERIFICATION: ")
                .doesNotContain("Seam opened");
        assertThat(text.indexOf("CORRECTIVE ACTIONS")).isBetween(text.indexOf("FINDINGS"), text.indexOf("ESCALATIONS"));
    }

    @Test
    void sameInputTwiceWithActions_givesByteIdenticalJsonAndText() {
        Cli.Result json = assess(ACTIONS, FOLLOWUPS);
        Cli.Result text = assessAs("text", ACTIONS, FOLLOWUPS);

        assertThat(json.out()).contains("\"verdict\": \"INEFFECTIVE\"");
        assertThat(assess(ACTIONS, FOLLOWUPS).out()).isEqualTo(json.out());
        assertThat(text.out()).contains("CORRECTIVE ACTIONS (4)");
        assertThat(assessAs("text", ACTIONS, FOLLOWUPS).out()).isEqualTo(text.out());
    }
}
