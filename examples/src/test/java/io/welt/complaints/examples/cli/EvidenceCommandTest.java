package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static io.welt.complaints.examples.cli.AssessCommandTest.LOG;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code complaints evidence}: the evidence pack of one finding or one corrective action, as text. */
class EvidenceCommandTest {

    /** The finding of AssessCommandTest.LOG: three STITCHING complaints on the Chelsea boot line. */
    private static final String FINDING = "PRODUCT_LINE/Chelsea boot/STITCHING/C-1";
    private static final String PROBLEM = "P/" + FINDING;

    private final Path dir;
    private final Cli cli;

    EvidenceCommandTest(@TempDir Path dir) {
        this.dir = dir;
        this.cli = new Cli(dir);
    }

    private Cli.Result evidence(String log, String... more) {
        List<String> args = new ArrayList<>(List.of("evidence", "--complaints", cli.file("log.csv", log),
                "--as-of", "2026-03-01T09:00:00Z"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void finding_printsThePackWithTheFindingsComplaintsAndTheCustomersWords() {
        Cli.Result result = evidence(LOG, "--finding", FINDING);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("EVIDENCE PACK: Finding " + FINDING + "\n")
                .contains("1. Complaints logged (3)")
                .contains("  C-1  received 2026-02-01T10:00:00Z  STITCHING on CH-42 (Chelsea boot)")
                .contains("  C-2  received ").contains("  C-3  received ")
                .doesNotContain("C-4  received")
                .contains("\"Seam opened after two weeks\"")
                .contains("rule \"Repeat: same product line and defect\"")
                .contains("3. Options put to management (ranked; each against doing nothing: MONITOR)")
                .contains("  1. MONITOR (the baseline, doing nothing)")
                .contains("10. Audit trail");
    }

    @Test
    void findingIdFromTheJson_isTheOneEvidenceTakes() {
        String id = cli.assessJson(LOG).json().get("findings").get(0).get("id").asText();

        assertThat(id).isEqualTo(FINDING);
    }

    @Test
    void action_printsThePackWithItsFollowUpsVerdictAndRootCause() {
        Cli.Result result = cli.run("evidence", "--action", "CA-3", "--complaints",
                cli.file("complaints.csv", ActionsOptionTest.COMPLAINTS), "--products",
                cli.file("products.csv", ActionsOptionTest.PRODUCTS), "--batches",
                cli.file("batches.csv", ActionsOptionTest.BATCHES), "--actions",
                cli.file("actions.csv", ActionsOptionTest.ACTIONS), "--followups",
                cli.file("followups.csv", ActionsOptionTest.FOLLOWUPS), "--as-of", "2026-03-01T09:00:00Z");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("EVIDENCE PACK: Corrective action CA-3\n")
                .contains("follow-up CUSTOMER_CALLBACK (call the 5 complainants), due 2025-12-15: done 2025-12-12,"
                        + " FAILED - 2 of 5 still unhappy")
                .contains("VERDICT EFFECTIVE");
    }

    @Test
    void unknownFinding_exitsTwoWithTheLibrarysMessage() {
        Cli.Result result = evidence(LOG, "--finding", "PRODUCT_LINE/Loafer/STITCHING/C-4");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no finding 'PRODUCT_LINE/Loafer/STITCHING/C-4' in this assessment")
                .contains(FINDING);
    }

    @Test
    void unknownAction_exitsTwo() {
        Cli.Result result = evidence(LOG, "--action", "CA-1");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("no corrective action 'CA-1'");
    }

    @Test
    void neitherFindingNorAction_isAUsageError() {
        Cli.Result result = evidence(LOG);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("evidence needs --problem ID, --finding ID or --action ID").contains("--help");
    }

    @Test
    void problem_printsThePackWithItsSourceViewsOptionsPeopleAndAudit() {
        Cli.Result result = evidence(LOG, "--problem", PROBLEM,
                "--decisions", cli.file("decisions.csv", "subject,option,decided_at,by,rationale\n"
                        + PROBLEM + ",MONITOR,2026-02-20T09:00Z,Dana Whitfield,Three in ten days; watch it\n"),
                "--contacts", cli.file("contacts.csv", "complaint_id,at,by,channel,kind,outcome\n"
                        + "C-1,2026-02-02T10:00Z,Priya Nair,PHONE,CALL_BACK,satisfied\n"),
                "--evidence", cli.file("evidence.csv", "subject,kind,uri,by,at\n"
                        + "C-1,PHOTO,photos/C-1.jpg,Priya Nair,2026-02-02T10:00Z\n"),
                "--acknowledgements", cli.file("acks.csv", "target_type,target,level,acknowledged_at,by\n"
                        + "PROBLEM," + PROBLEM + ",QUALITY_MANAGER,2026-02-11T08:00Z,Dana Whitfield\n"));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("EVIDENCE PACK: Problem " + PROBLEM + "\n")
                .contains("The problem\n").contains("likely source: PRODUCT_LINE Chelsea boot")
                .contains("views (findings): " + FINDING)
                .contains("1. Complaints logged (3)").contains("\"Seam opened after two weeks\"")
                .contains("4. Decision\n").contains("MONITOR decided by Dana Whitfield")
                .contains("rationale: Three in ten days; watch it")
                .contains("7. Contacts with the customers (1)").contains("C-1  CALL_BACK via PHONE, by Priya Nair: satisfied")
                .contains("8. Evidence filed (1)").contains("PHOTO about C-1: photos/C-1.jpg, filed by Priya Nair")
                .contains("held by Dana Whitfield at QUALITY_MANAGER since 2026-02-11T08:00:00Z")
                .contains("by person:Dana Whitfield").contains("by rule:Repeat: same product line and defect");
    }

    @Test
    void unknownProblem_exitsTwoNamingSomeThatExist() {
        Cli.Result result = evidence(LOG, "--problem", "P/nothing");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("no problem 'P/nothing'").contains(PROBLEM);
    }

    @Test
    void bothFindingAndAction_isAUsageError() {
        Cli.Result result = evidence(LOG, "--finding", FINDING, "--action", "CA-1");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("evidence documents one problem, finding or action");
    }

    @Test
    void optionsOfTheOtherCommand_areUsageErrors() {
        assertThat(evidence(LOG, "--finding", FINDING, "--strict").err())
                .contains("--strict is an option of 'complaints assess'");
        assertThat(evidence(LOG, "--finding", FINDING, "--format", "json").err())
                .contains("--format is an option of 'complaints assess'");
        Cli.Result assess = cli.assessJson(LOG, "--finding", FINDING);
        assertThat(assess.status()).isEqualTo(2);
        assertThat(assess.err()).contains("--finding is an option of 'complaints evidence'");
        Cli.Result problem = cli.assessJson(LOG, "--problem", PROBLEM);
        assertThat(problem.status()).isEqualTo(2);
        assertThat(problem.err()).contains("--problem is an option of 'complaints evidence'");
    }

    @Test
    void controlCharactersInTheCustomersWords_areEscaped() {
        Cli.Result result = evidence(HEADER
                + "C-1,2026-02-01,CU-1,CH-42,STITCHING,Chelsea boot,,\"Seam\u001B[2J gone\"\n"
                + "C-2,2026-02-02,CU-2,CH-42,STITCHING,Chelsea boot,,\n"
                + "C-3,2026-02-03,CU-3,CH-42,STITCHING,Chelsea boot,,\n", "--finding",
                "PRODUCT_LINE/Chelsea boot/STITCHING/C-1");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"Seam\\u001B[2J gone\"").doesNotContain("\u001B");
    }

    @Test
    void rejectedRecords_areCountedOnStandardError() {
        Cli.Result result = evidence(LOG + "C-5,someday,CU-5,CH-42,STITCHING,Chelsea boot,,\n", "--finding", FINDING);

        assertThat(result.status()).isZero();
        assertThat(result.err()).contains("1 record(s) were rejected and are not in the pack");
    }

    @Test
    void outOption_writesThePackToTheFile_andTheSameInputGivesTheSameBytes() throws Exception {
        Path out = dir.resolve("pack.txt");
        Cli.Result result = evidence(LOG, "--finding", FINDING, "--out", out.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(evidence(LOG, "--finding", FINDING).out());
    }
}
