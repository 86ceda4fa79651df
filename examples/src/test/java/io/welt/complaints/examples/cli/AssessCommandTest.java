package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/** The command as a whole: exit status, options, and the two report formats. */
class AssessCommandTest {

    static final String HEADER = "id,received_at,customer_id,sku,defect,product_line,purchased_on,description\n";
    /** Three STITCHING complaints on one product line within 30 days, and one on another line. */
    static final String LOG = HEADER
            + "C-1,2026-02-01T10:00,CU-1,CH-42,STITCHING,Chelsea boot,2026-01-20,Seam opened after two weeks\n"
            + "C-2,2026-02-05T10:00,CU-2,CH-43,stitching,Chelsea boot,,\n"
            + "C-3,2026-02-10T10:00:00Z,CU-3,CH-42,Stitching,Chelsea boot,,\n"
            + "C-4,2026-02-11,CU-4,LO-40,STITCHING,Loafer,,\n";

    private final Path dir;
    private final Cli cli;

    AssessCommandTest(@TempDir Path dir) {
        this.dir = dir;
        this.cli = new Cli(dir);
    }

    @Test
    void theJsonStatesTheZoneOfZoneAndKeepsItsInstantsInUtc() {
        Cli.Result result = cli.assessJson(LOG, "--zone", "Europe/London");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("zone").asText()).isEqualTo("Europe/London");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(json.get("audit").get(0).get("at").asText()).endsWith("Z");
    }

    @Test
    void validLog_exitsZeroWithEveryTopLevelKeyInOrder() {
        Cli.Result result = cli.assessJson(LOG);

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(fieldNames(json)).containsExactly("schemaVersion", "asOf", "zone", "currency", "summary", "rejected", "complaints",
                "problems", "findings", "escalations", "warnings", "actions", "reopenedRootCauses", "decisions",
                "contacts", "evidence", "audit");
        assertThat(fieldNames(json.get("summary")))
                .containsExactly("complaints", "rejected", "problems", "findings", "escalations", "warnings", "actions");
        assertThat(json.get("decisions")).isEmpty();
        assertThat(json.get("contacts")).isEmpty();
        assertThat(json.get("evidence")).isEmpty();
        assertThat(json.get("asOf").asText()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("zone").asText()).as("no --zone: local times are read in UTC").isEqualTo("UTC");
        assertThat(json.get("rejected").isArray()).isTrue();
        assertThat(json.get("rejected")).isEmpty();
        assertThat(json.get("actions").isArray()).isTrue();
        assertThat(json.get("reopenedRootCauses").isArray()).isTrue();
        assertThat(result.complaintIds()).containsExactly("C-1", "C-2", "C-3", "C-4");
        assertThat(json.get("summary").get("complaints").asInt()).isEqualTo(4);
        assertThat(fieldNames(json.get("complaints").get(0))).containsExactly("id", "severity", "rule", "reason",
                "options", "safetyActions");
    }

    @Test
    void threeStitchingComplaintsOnOneLineWithin30Days_giveOneProductLineFinding() {
        JsonNode json = cli.assessJson(LOG).json();

        List<JsonNode> lineFindings = StreamSupport.stream(json.get("findings").spliterator(), false)
                .filter(f -> f.get("scope").asText().equals("PRODUCT_LINE")).toList();
        assertThat(lineFindings).hasSize(1);
        JsonNode finding = lineFindings.get(0);
        assertThat(finding.get("key").asText()).isEqualTo("Chelsea boot");
        assertThat(finding.get("defect").asText()).isEqualTo("STITCHING");
        assertThat(finding.get("complaintIds")).extracting(JsonNode::asText).containsExactly("C-1", "C-2", "C-3");
        assertThat(finding.get("from").asText()).isEqualTo("2026-02-01T10:00:00Z");
        assertThat(finding.get("to").asText()).isEqualTo("2026-02-10T10:00:00Z");
        assertThat(fieldNames(finding)).containsExactly("id", "scope", "key", "defect", "problemId", "complaintIds",
                "from", "to", "rule", "reason", "options");
        assertThat(finding.get("problemId").asText()).isEqualTo("P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1");
        assertThat(finding.get("options")).as("options are proposed once per problem, not per finding").isEmpty();
    }

    @Test
    void twoStitchingComplaintsOnOneLine_giveNoProductLineFinding() {
        JsonNode json = cli.assessJson(HEADER
                + "C-1,2026-02-01T10:00,CU-1,CH-42,STITCHING,Chelsea boot,,\n"
                + "C-2,2026-02-05T10:00,CU-2,CH-43,STITCHING,Chelsea boot,,\n"
                + "C-3,2026-03-01T08:00,CU-3,CH-42,STITCHING,Loafer,,\n").json();

        assertThat(json.get("findings")).noneMatch(f -> f.get("scope").asText().equals("PRODUCT_LINE"));
    }

    @Test
    void sameInputTwice_givesByteIdenticalJsonAndText() {
        String complaints = cli.file("log.csv", LOG);
        String[] json = {"assess", "--complaints", complaints, "--as-of", "2026-03-01T09:00:00Z", "--format", "json"};
        String[] text = {"assess", "--complaints", complaints, "--as-of", "2026-03-01T09:00:00Z", "--format", "text"};

        assertThat(cli.run(json).out()).isEqualTo(cli.run(json).out()).contains("\"findings\"");
        assertThat(cli.run(text).out()).isEqualTo(cli.run(text).out()).contains("FINDINGS");
    }

    @Test
    void textReport_listsProblemsThenFindingsAndNeverTheCustomersWords() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--as-of", "2026-03-01T09:00Z");

        assertThat(result.status()).isZero();
        String text = result.out();
        assertThat(text).startsWith("Complaint assessment as of 2026-03-01T09:00:00Z\n")
                .contains("PRODUCT_LINE Chelsea boot, STITCHING: 3 complaints")
                .doesNotContain("Seam opened");
        assertThat(text.indexOf("PROBLEMS (1)")).isPositive().isLessThan(text.indexOf("FINDINGS"));
        assertThat(text.indexOf("FINDINGS")).isLessThan(text.indexOf("ESCALATIONS"));
        assertThat(text.indexOf("ESCALATIONS")).isLessThan(text.indexOf("WARNINGS"));
        assertThat(text.indexOf("WARNINGS")).isLessThan(text.indexOf("REJECTED"));
        assertThat(text.indexOf("REJECTED")).isLessThan(text.indexOf("COMPLAINTS BY SEVERITY"));
    }

    @Test
    void textReport_escapesControlCharactersFromTheInput() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", HEADER
                        + "C-1,2026-02-01,CU-1,CH-42,STITCHING,\"Chelsea\u001B[2J boot\",,\n"
                        + "C-2,2026-02-02,CU-2,CH-42,STITCHING,\"Chelsea\u001B[2J boot\",,\n"
                        + "C-3,2026-02-03,CU-3,CH-42,STITCHING,\"Chelsea\u001B[2J boot\",,\n"),
                "--as-of", "2026-03-01");

        assertThat(result.out()).contains("Chelsea\\u001B[2J boot").doesNotContain("\u001B");
    }

    @Test
    void textReport_aQuietProblemIsOnlyWatched() {
        // Three stitching complaints on the Chelsea boot line a year before the clock: still a finding, but quiet.
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", HEADER
                        + "C-1,2025-02-01,CU-1,CH-42,STITCHING,Chelsea boot,,\n"
                        + "C-2,2025-02-02,CU-2,CH-42,STITCHING,Chelsea boot,,\n"
                        + "C-3,2025-02-03,CU-3,CH-42,STITCHING,Chelsea boot,,\n"),
                "--as-of", "2026-03-01");

        assertThat(result.status()).isZero();
        String text = result.out();
        assertThat(text).contains("1 problem (from 1 finding)")
                .contains("PRODUCT_LINE Chelsea boot, STITCHING: 3 complaints");
        String options = text.substring(text.indexOf("options for management"), text.indexOf("FINDINGS"));
        assertThat(options.lines().filter(l -> l.matches("\\s+\\d+ .*")).toList()).as(options).singleElement()
                .satisfies(row -> assertThat(row).contains("MONITOR").contains("baseline: doing nothing"));
    }

    @Test
    void outOption_writesTheReportToTheFile() throws Exception {
        Path out = dir.resolve("report.json");
        Cli.Result result = cli.assessJson(LOG, "--out", out.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(out)).contains("\"asOf\": \"2026-03-01T09:00:00Z\"");
    }

    @Test
    void outOption_theTextReportWrittenToAFileIsTheOneOnStandardOutput() throws Exception {
        Path out = dir.resolve("report.txt");
        String log = cli.file("log.csv", LOG);
        Cli.Result toFile = cli.run("assess", "--complaints", log, "--as-of", "2026-03-01T09:00:00Z", "--out", out.toString());
        Cli.Result toTerminal = cli.run("assess", "--complaints", log, "--as-of", "2026-03-01T09:00:00Z");

        assertThat(toFile.status()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(toTerminal.out()).contains("FINDINGS").contains("COMPLAINTS BY SEVERITY");
        assertThat(Files.readString(out)).isEqualTo(toTerminal.out());
    }

    @Test
    void outOption_aFileThatCannotBeWrittenIsAnInputErrorNamingIt() {
        Path out = dir.resolve("no-such-directory").resolve("report.txt");
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--as-of", "2026-03-01",
                "--out", out.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("cannot write --out").contains("report.txt");
    }

    @Test
    void strict_exitsThreeWhenARecordWasRejected() {
        Cli.Result result = cli.assessJson(LOG + "C-5,someday,CU-5,CH-42,STITCHING,Chelsea boot,,\n", "--strict");

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.json().get("rejected")).hasSize(1);
    }

    @Test
    void strict_exitsZeroWhenNothingWasRejected() {
        assertThat(cli.assessJson(LOG, "--strict").status()).isZero();
    }

    @Test
    void rejectedRecords_withoutStrict_exitZero() {
        assertThat(cli.assessJson(LOG + "C-5,someday,CU-5,CH-42,STITCHING,Chelsea boot,,\n").status()).isZero();
    }

    @Test
    void missingRequiredColumn_exitsTwoNamingFileAndColumn() {
        Cli.Result result = cli.assessJson("id,received_at,sku,defect\nC-1,2026-02-01,CH-42,STITCHING\n");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("complaints.csv line 1").contains("missing required column 'customer_id'");
    }

    @Test
    void missingRequiredColumns_areAllNamedInTheOrderOfTheSpec() {
        Cli.Result result = cli.assessJson("DEFECT,id\nSTITCHING,C-1\n");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("complaints.csv line 1: missing required columns "
                + "'received_at', 'customer_id', 'sku' (the header has: defect, id)");
    }

    @Test
    void missingFile_exitsTwoNamingIt() {
        Cli.Result result = cli.run("assess", "--complaints", cli.path("nowhere.csv"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere.csv").contains("no such file");
    }

    @Test
    void fileThatIsNotCsv_exitsTwoNamingFileAndLine() {
        Cli.Result result = cli.assessJson(HEADER
                + "C-1,2026-02-01,CU-1,CH-42,STITCHING,Chelsea boot,,\n"
                + "C-2,2026-02-01,CU-2,CH-42,STITCHING,Chelsea boot,,\"never closed\n"
                + "C-3,2026-02-01,CU-3,CH-42,STITCHING,Chelsea boot,,\n");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("complaints.csv line 3").contains("not valid CSV");
    }

    @Test
    void spreadsheetBytes_exitTwoSayingItIsNotCsv() {
        Cli.Result result = cli.run("assess", "--complaints",
                cli.file("log.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8}));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("log.xlsx line 1").contains("not a CSV text file");
    }

    @Test
    void unknownOption_exitsTwo() {
        Cli.Result result = cli.assessJson(LOG, "--colour", "red");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("unknown option '--colour'");
    }

    @Test
    void missingComplaintsOption_exitsTwo() {
        Cli.Result result = cli.run("assess", "--as-of", "2026-03-01");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--complaints is required");
    }

    @Test
    void badAsOf_exitsTwo() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--as-of", "yesterday");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--as-of").contains("'yesterday' is not an ISO-8601 date or time");
    }

    @Test
    void asOfWithoutOffset_isReadInTheZone() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--format", "json",
                "--zone", "Europe/Paris", "--as-of=2026-03-01T10:00");

        assertThat(result.json().get("asOf").asText()).isEqualTo("2026-03-01T09:00:00Z");
    }

    @Test
    void help_printsUsageAndExitsZero() {
        Cli.Result result = cli.run("--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: complaints assess --complaints FILE");
        assertThat(result.out()).contains("complaints evidence (--problem ID | --finding ID | --action ID)")
                .contains("--acknowledgements FILE").contains("--decisions FILE").contains("--contacts FILE")
                .contains("--evidence FILE").contains("units_sold")
                .contains("--rules FILE").contains("trust").contains("owner_level").contains("root_cause_category");
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
