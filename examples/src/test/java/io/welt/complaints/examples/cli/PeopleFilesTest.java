package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * {@code --acknowledgements}, {@code --decisions}, {@code --contacts}, {@code --evidence} and the
 * batches' {@code units_sold}/{@code units_in_stock}: each good record reaches the report, each bad
 * one is rejected with its file, line and column while the rest are read, a missing required column
 * exits 2. The log is {@link AssessCommandTest#LOG}: three stitching complaints on the Chelsea boot
 * (one problem) and one on a loafer, assessed as of 2026-03-01T09:00Z.
 */
class PeopleFilesTest {

    private static final String PROBLEM = "P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1";

    private final Cli cli;

    PeopleFilesTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private Cli.Result assess(String option, String file, String csv, String... more) {
        List<String> args = new ArrayList<>(List.of(option, cli.file(file, csv)));
        args.addAll(List.of(more));
        return cli.assessJson(LOG, args.toArray(String[]::new));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> rejections(Cli.Result result) {
        return list(result.json().get("rejected")).stream()
                .map(r -> r.get("source").asText() + ":" + r.get("line").asInt() + " " + r.get("field").asText())
                .toList();
    }

    private static JsonNode escalationOf(JsonNode json, String target) {
        return list(json.get("escalations")).stream().filter(e -> e.get("target").asText().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError("no escalation of " + target));
    }

    // ---------------------------------------------------------------- acknowledgements

    @Test
    void acknowledgement_showsWhoHoldsTheProblemsEscalation_headersAndEnumsInAnyCase() {
        Cli.Result result = assess("--acknowledgements", "acknowledgements.csv",
                "Target_Type,TARGET,Level,acknowledged_at,By,note\n"
                        + "problem," + PROBLEM + ",quality manager,2026-02-10T11:00,Dana Whitfield,mine\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("rejected")).isEmpty();
        JsonNode escalation = escalationOf(result.json(), PROBLEM);
        assertThat(escalation.get("targetType").asText()).isEqualTo("PROBLEM");
        assertThat(escalation.get("acknowledgedBy").asText()).isEqualTo("Dana Whitfield");
        assertThat(escalation.get("acknowledgedAt").asText()).isEqualTo("2026-02-10T11:00:00Z");
        assertThat(list(result.json().get("audit"))).anySatisfy(a -> {
            assertThat(a.get("actor").asText()).isEqualTo("person:Dana Whitfield");
            assertThat(a.get("subject").asText()).isEqualTo(PROBLEM);
        });
    }

    @Test
    void unacknowledgedEscalation_hasANullHolder() {
        JsonNode escalation = escalationOf(cli.assessJson(LOG).json(), PROBLEM);

        assertThat(escalation.has("acknowledgedBy")).isTrue();
        assertThat(escalation.get("acknowledgedBy").isNull()).isTrue();
        assertThat(escalation.get("acknowledgedAt").isNull()).isTrue();
    }

    @Test
    void closedAcknowledgement_takesTheEscalationOutOfForce() {
        Cli.Result result = assess("--acknowledgements", "acknowledgements.csv",
                "target_type,target,level,acknowledged_at,by,closed_at\n"
                        + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-02-10T11:00Z,Dana,2026-02-20T11:00Z\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(list(result.json().get("escalations"))).noneMatch(e -> e.get("target").asText().equals(PROBLEM));
    }

    @Test
    void badAcknowledgements_areRejectedWithLineAndColumn_theGoodOneStands() {
        Cli.Result result = assess("--acknowledgements", "acknowledgements.csv",
                "target_type,target,level,acknowledged_at,by,closed_at\n"
                        + "PROBLEM," + PROBLEM + ",CEO,2026-02-10T11:00Z,Dana,\n"
                        + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-02-10T11:00Z,,\n"
                        + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-02-10T11:00Z,Dana,2026-02-09T11:00Z\n"
                        + "PROBLEM," + PROBLEM + ",FRONTLINE,2026-02-10T11:00Z,Dana,\n"
                        + "TICKET," + PROBLEM + ",QUALITY_MANAGER,2026-02-10T11:00Z,Dana,\n"
                        + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,yesterday,Dana,\n"
                        + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-03-02T11:00Z,Dana,\n"
                        + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-02-11T11:00Z,Sam,\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(rejections(result)).containsExactly(
                "acknowledgements.csv:2 level", "acknowledgements.csv:3 by", "acknowledgements.csv:4 closed_at",
                "acknowledgements.csv:5 level", "acknowledgements.csv:6 target_type",
                "acknowledgements.csv:7 acknowledged_at", "acknowledgements.csv:8 acknowledged_at");
        assertThat(list(result.json().get("rejected")).get(0).get("message").asText())
                .contains("'CEO' is not one of").contains("QUALITY_MANAGER");
        assertThat(escalationOf(result.json(), PROBLEM).get("acknowledgedBy").asText()).isEqualTo("Sam");
    }

    @Test
    void acknowledgementsWithoutARequiredColumn_exitTwoNamingIt() {
        Cli.Result result = assess("--acknowledgements", "acknowledgements.csv",
                "target_type,target,level,acknowledged_at\nPROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-02-10\n");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("acknowledgements.csv line 1: missing required column 'by'");
    }

    @Test
    void rejectedPeopleRecord_underStrict_exitsThree() {
        Cli.Result result = assess("--contacts", "contacts.csv",
                "complaint_id,at,by,kind\nC-1,2026-02-02T10:00Z,Priya,SMS\n", "--strict");

        assertThat(result.status()).isEqualTo(3);
    }

    // ---------------------------------------------------------------- decisions

    @Test
    void decision_isShownOnItsProblemWithRationaleAndAction() {
        Cli.Result result = assess("--decisions", "decisions.csv",
                "subject,option,decided_at,by,rationale,action_id\n"
                        + PROBLEM + ",process change,2026-02-15T16:00,Dana Whitfield,\"Seams, not thread\",CA-9\n");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode problem = list(result.json().get("problems")).stream()
                .filter(p -> p.get("id").asText().equals(PROBLEM)).findFirst().orElseThrow();
        JsonNode decision = problem.get("decision");
        assertThat(decision.get("option").asText()).isEqualTo("PROCESS_CHANGE");
        assertThat(decision.get("by").asText()).isEqualTo("Dana Whitfield");
        assertThat(decision.get("at").asText()).isEqualTo("2026-02-15T16:00:00Z");
        assertThat(decision.get("rationale").asText()).isEqualTo("Seams, not thread");
        assertThat(decision.get("actionId").asText()).isEqualTo("CA-9");
        assertThat(list(result.json().get("decisions"))).singleElement()
                .satisfies(d -> assertThat(d.get("subject").asText()).isEqualTo(PROBLEM));
    }

    @Test
    void problemWithoutDecision_hasDecisionNull() {
        JsonNode problem = cli.assessJson(LOG).json().get("problems").get(0);

        assertThat(problem.has("decision")).isTrue();
        assertThat(problem.get("decision").isNull()).isTrue();
    }

    @Test
    void badDecisions_areRejectedWithLineAndColumn() {
        Cli.Result result = assess("--decisions", "decisions.csv",
                "subject,option,decided_at,by\n"
                        + PROBLEM + ",FIX_IT,2026-02-15,Dana\n"
                        + PROBLEM + ",MONITOR,Feb 15th,Dana\n"
                        + ",MONITOR,2026-02-15,Dana\n"
                        + PROBLEM + ",MONITOR,2026-03-05,Dana\n"
                        + PROBLEM + ",MONITOR,2026-02-15,Dana\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(rejections(result)).containsExactly("decisions.csv:2 option", "decisions.csv:3 decided_at",
                "decisions.csv:4 subject", "decisions.csv:5 decided_at");
        assertThat(result.json().get("problems").get(0).get("decision").get("option").asText()).isEqualTo("MONITOR");
    }

    @Test
    void decisionsWithoutARequiredColumn_exitTwoNamingIt() {
        Cli.Result result = assess("--decisions", "decisions.csv", "subject,decided_at,by\nX,2026-02-15,Dana\n");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("decisions.csv line 1: missing required column 'option'");
    }

    // ---------------------------------------------------------------- contacts

    @Test
    void contacts_reachTheContactLogAndTheAuditAsThePerson() {
        Cli.Result result = assess("--contacts", "contacts.csv",
                "complaint_id,at,by,channel,kind,outcome,note\n"
                        + "C-1,2026-02-02T10:00Z,Priya Nair,phone,call-back,satisfied,offered a repair\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(list(result.json().get("contacts"))).singleElement().satisfies(c -> {
            assertThat(c.get("complaintId").asText()).isEqualTo("C-1");
            assertThat(c.get("kind").asText()).isEqualTo("CALL_BACK");
            assertThat(c.get("channel").asText()).isEqualTo("PHONE");
            assertThat(c.get("outcome").asText()).isEqualTo("satisfied");
        });
        assertThat(list(result.json().get("audit"))).anySatisfy(a -> {
            assertThat(a.get("actor").asText()).isEqualTo("person:Priya Nair");
            assertThat(a.get("subject").asText()).isEqualTo("C-1");
        });
    }

    @Test
    void badContacts_areRejectedWithLineAndColumn() {
        Cli.Result result = assess("--contacts", "contacts.csv",
                "complaint_id,at,by,channel,kind\n"
                        + "C-1,2026-02-02T10:00Z,Priya,PHONE,SMS\n"
                        + "C-99,2026-02-02T10:00Z,Priya,PHONE,EMAIL\n"
                        + "C-1,2026-02-02T10:00Z,Priya,PIGEON,LETTER\n"
                        + "C-1,,Priya,PHONE,LETTER\n"
                        + "C-1,2026-02-02T10:00Z,Priya,,VISIT\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(rejections(result)).containsExactly("contacts.csv:2 kind", "contacts.csv:3 complaint_id",
                "contacts.csv:4 channel", "contacts.csv:5 at");
        assertThat(list(result.json().get("contacts"))).singleElement()
                .satisfies(c -> assertThat(c.get("kind").asText()).isEqualTo("VISIT"));
    }

    @Test
    void contactsWithoutARequiredColumn_exitTwoNamingIt() {
        Cli.Result result = assess("--contacts", "contacts.csv", "complaint_id,at,by\nC-1,2026-02-02,Priya\n");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("contacts.csv line 1: missing required column 'kind'");
    }

    // ---------------------------------------------------------------- evidence

    @Test
    void evidence_isListedWithItsReference() {
        Cli.Result result = assess("--evidence", "evidence.csv",
                "subject,kind,uri,by,at,note\n"
                        + PROBLEM + ",supplier response,letters/TH-1.pdf,Dana,2026-02-12,the thread maker's answer\n"
                        + "C-1,Photo,photos/C-1.jpg,,,\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(list(result.json().get("evidence"))).extracting(e -> e.get("kind").asText() + " " + e.get("uri").asText())
                .containsExactlyInAnyOrder("SUPPLIER_RESPONSE letters/TH-1.pdf", "PHOTO photos/C-1.jpg");
    }

    @Test
    void badEvidence_isRejectedWithLineAndColumn() {
        Cli.Result result = assess("--evidence", "evidence.csv",
                "subject,kind,uri,at\n"
                        + "C-1,VIDEO,v.mp4,\n"
                        + "C-1,PHOTO,,\n"
                        + "C-1,PHOTO,p.jpg,last week\n"
                        + "C-1,PHOTO,p.jpg,2026-04-01\n"
                        + "C-1,LAB_REPORT,lab.pdf,2026-02-01\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(rejections(result)).containsExactly("evidence.csv:2 kind", "evidence.csv:3 uri",
                "evidence.csv:4 at", "evidence.csv:5 at");
        assertThat(list(result.json().get("evidence"))).singleElement()
                .satisfies(e -> assertThat(e.get("uri").asText()).isEqualTo("lab.pdf"));
    }

    @Test
    void evidenceWithoutARequiredColumn_exitsTwoNamingIt() {
        Cli.Result result = assess("--evidence", "evidence.csv", "subject,kind\nC-1,PHOTO\n");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("evidence.csv line 1: missing required column 'uri'");
    }

    // ---------------------------------------------------------------- batches: units sold and in stock

    @Test
    void unitsSoldAndInStock_areRead_badOnesRejectedWithTheirColumn() {
        Cli.Result result = assess("--batches", "batches.csv",
                "batch_id,sku,produced_on,quantity,units_sold,units_in_stock\n"
                        + "B-1,CH-42,2025-12-01,400,300,100\n"
                        + "B-2,CH-42,2025-12-01,400,-3,100\n"
                        + "B-3,CH-42,2025-12-01,400,300,many\n"
                        + "B-4,CH-42,2025-12-01,400,,\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(rejections(result)).containsExactly("batches.csv:3 units_sold", "batches.csv:4 units_in_stock");
        assertThat(list(result.json().get("rejected")).get(0).get("message").asText()).contains("must not be negative");
        assertThat(list(result.json().get("rejected")).get(1).get("message").asText()).contains("not a whole number");
    }

    @Test
    void textReport_listsContactsAndEvidence_withControlCharactersEscaped() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--as-of", "2026-03-01T09:00Z",
                "--contacts", cli.file("contacts.csv", "complaint_id,at,by,channel,kind,outcome\n"
                        + "C-1,2026-02-02T10:00Z,Priya Nair,PHONE,CALL_BACK,\"satisfied\u001B[2J\"\n"),
                "--evidence", cli.file("evidence.csv", "subject,kind,uri,by\nC-1,PHOTO,photos/C-1.jpg,Priya Nair\n"));

        assertThat(result.status()).as(result.err()).isZero();
        String text = result.out();
        assertThat(text).contains("CONTACTS (1)\n  C-1 2026-02-02T10:00:00Z CALL_BACK (PHONE) by Priya Nair: satisfied\\u001B[2J\n")
                .contains("EVIDENCE (1)\n  PHOTO about C-1: photos/C-1.jpg, filed by Priya Nair\n")
                .doesNotContain("\u001B");
        assertThat(text.indexOf("CONTACTS (1)")).isGreaterThan(text.indexOf("WARNINGS"))
                .isLessThan(text.indexOf("REJECTED"));
        assertThat(cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--as-of", "2026-03-01T09:00Z").out())
                .as("without the files, no empty sections").doesNotContain("CONTACTS").doesNotContain("EVIDENCE");
    }

    // ---------------------------------------------------------------- the other commands

    @Test
    void explainAndEvidence_takeThePeopleFilesToo() {
        String acknowledgements = cli.file("acknowledgements.csv", "target_type,target,level,acknowledged_at,by\n"
                + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-02-10T11:00Z,Dana Whitfield\n");
        String complaints = cli.file("log.csv", LOG);

        Cli.Result explain = cli.run("explain", "--complaints", complaints, "--as-of", "2026-03-01T09:00Z",
                "--acknowledgements", acknowledgements);
        Cli.Result evidence = cli.run("evidence", "--complaints", complaints, "--as-of", "2026-03-01T09:00Z",
                "--problem", PROBLEM, "--acknowledgements", acknowledgements);

        assertThat(explain.status()).as(explain.err()).isZero();
        assertThat(evidence.status()).as(evidence.err()).isZero();
        assertThat(evidence.out()).contains("held by Dana Whitfield at QUALITY_MANAGER since 2026-02-10T11:00:00Z");
    }
}
