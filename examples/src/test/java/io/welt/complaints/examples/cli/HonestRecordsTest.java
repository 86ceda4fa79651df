package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Records that used to slip past (issue 20): short and long rows, ids with invisible characters,
 * lifecycle dates that contradict each other, an action effective after the clock; and what the
 * command line says about a file on stderr (never a customer's words, never a flood of notes).
 */
class HonestRecordsTest {

    private static final String NINE = "id,received_at,customer_id,sku,defect,channel,status,acknowledged_at,resolved_at\n";

    private final Cli cli;

    HonestRecordsTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private static List<String> rejections(Cli.Result result) {
        return StreamSupport.stream(result.json().get("rejected").spliterator(), false)
                .map(r -> r.get("id").asText() + " " + r.get("line").asLong() + " " + r.get("field").asText() + ": "
                        + r.get("message").asText()).toList();
    }

    @Test
    void shortRow_isRejectedWithBothCounts_notReadAsBlanks() {
        String log = NINE
                + "C-1,2026-02-01T09:00:00Z,CUST-1,CHB1-01,SIZING,WEB,RESOLVED,2026-02-01T10:00:00Z,2026-02-02T10:00:00Z\n"
                + "C-2,2026-02-02T09:00:00Z,CUST-2,CHB1-01,SIZING,WEB\n";
        Cli.Result result = cli.assessJson(log, "--strict", "--products",
                cli.file("products.csv", "sku,product_line\nCHB1-01,Chelsea boot\n"));

        assertThat(result.status()).as(result.err()).isEqualTo(3);
        assertThat(rejections(result)).singleElement().asString()
                .startsWith("C-2 3 (record): the row has 6 fields, the header 9");
        assertThat(result.complaintIds()).doesNotContain("C-2");
        assertThat(result.json().get("escalations").toString()).doesNotContain("C-2");
    }

    @Test
    void longRow_evenWithBlankExtras_isRejectedWithBothCounts() {
        String log = NINE + "C-1,2026-02-01T09:00:00Z,CUST-1,CHB1-01,SIZING,WEB,,,,,\n";
        Cli.Result result = cli.assessJson(log);

        assertThat(rejections(result)).singleElement().asString()
                .startsWith("C-1 2 (record): the row has 11 fields, the header 9: 2 value(s) stand beyond");
    }

    @Test
    void invisibleCharactersInAnId_areRejectedNamingTheCodePoint_soNoFalseRepeatCustomer() {
        for (String hidden : new String[] {"\u200B", "\u00A0", "\uFEFF"}) {
            String log = "id,received_at,customer_id,sku,defect,product_line\n"
                    + "C-1,2026-02-01T09:00:00Z,CUST-1,CH-42,STITCHING,Chelsea boot\n"
                    + "C-1" + hidden + ",2026-02-03T09:00:00Z,CUST-1,CH-42,STITCHING,Chelsea boot\n";
            Cli.Result result = cli.assessJson(log, "--strict");

            String codePoint = String.format("U+%04X", (int) hidden.charAt(0));
            assertThat(result.status()).as(codePoint).isEqualTo(3);
            assertThat(rejections(result)).as(codePoint).singleElement().asString()
                    .contains(" 3 id: id holds the invisible or control character " + codePoint);
            assertThat(result.complaintIds()).containsExactly("C-1");
            assertThat(result.json().get("findings").toString()).as(codePoint).doesNotContain("CUSTOMER");
        }
    }

    @Test
    void invisibleCharacterInACode_isRejected() {
        String log = "id,received_at,customer_id,sku,defect,product_line\n"
                + "C-1,2026-02-01T09:00:00Z,CUST\u200B-1,CH-42,STITCHING,Chelsea boot\n";

        assertThat(rejections(cli.assessJson(log))).singleElement().asString()
                .contains("customer_id: customer_id holds the invisible or control character U+200B (ZERO WIDTH SPACE)");
    }

    @Test
    void invisibleCharacterInATaxonomyCode_stopsTheCommandNamingIt() {
        String taxonomy = cli.file("taxonomy.csv", "code,name,stage,default_severity\nSTRAP\u200B,Strap,CLOSING,MEDIUM\n");
        Cli.Result result = cli.assessJson("id,received_at,customer_id,sku,defect,product_line\n"
                + "C-1,2026-02-01T09:00:00Z,CU-1,CH-42,STITCHING,Chelsea boot\n", "--taxonomy", taxonomy);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("taxonomy.csv line 2, column code: code holds the invisible or control"
                + " character U+200B");
    }

    @Test
    void lifecycleContradictions_areRejectedNamingBothFields() {
        String header = "id,received_at,customer_id,sku,defect,product_line,status,acknowledged_at,resolved_at,closed_at\n";
        String log = header
                + "C-1,2026-02-01T09:00Z,CU-1,CH-42,STITCHING,Chelsea boot,RESOLVED,2026-02-03T09:00Z,2026-02-02T09:00Z,\n"
                + "C-2,2026-02-01T09:00Z,CU-2,CH-42,STITCHING,Chelsea boot,CLOSED,,2026-02-05T09:00Z,2026-02-04T09:00Z\n"
                + "C-3,2026-02-01T09:00Z,CU-3,CH-42,STITCHING,Chelsea boot,CLOSED,,,\n"
                + "C-4,2026-02-01T09:00Z,CU-4,CH-42,STITCHING,Chelsea boot,OPEN,,2026-02-02T09:00Z,\n"
                + "C-5,2026-02-01T09:00Z,CU-5,CH-42,STITCHING,Chelsea boot,CLOSED,2026-02-01T10:00Z,2026-02-02T09:00Z,"
                + "2026-02-03T09:00Z\n";
        Cli.Result result = cli.assessJson(log, "--strict");

        assertThat(result.status()).isEqualTo(3);
        List<String> rejected = rejections(result);
        assertThat(rejected).hasSize(4);
        assertThat(rejected.get(0)).startsWith("C-1 2 resolved_at:").contains("acknowledged_at");
        assertThat(rejected.get(1)).startsWith("C-2 3 closed_at:").contains("resolved_at");
        assertThat(rejected.get(2)).startsWith("C-3 4 status:").contains("resolved_at").contains("closed_at");
        assertThat(rejected.get(3)).startsWith("C-4 5 status:").contains("resolved_at");
        assertThat(result.complaintIds()).containsExactly("C-5");
    }

    @Test
    void actionEffectiveAfterTheClock_isRejectedLikeAnyRecordDatedAfterIt() {
        String actions = ActionsOptionTest.ACTIONS.lines().limit(2).map(l -> l + "\n").reduce("", String::concat)
                + "CA-9,PRODUCT_LINE,Chelsea boot,SOLE_WEAR,2026-04-01,,,Harder compound,,,,,,,\n";
        Cli.Result result = cli.run("assess", "--complaints", cli.file("complaints.csv", ActionsOptionTest.COMPLAINTS),
                "--as-of", "2026-03-01T09:00:00Z", "--format", "json", "--strict",
                "--products", cli.file("products.csv", ActionsOptionTest.PRODUCTS),
                "--batches", cli.file("batches.csv", ActionsOptionTest.BATCHES),
                "--actions", cli.file("actions.csv", actions));

        assertThat(result.status()).as(result.err()).isEqualTo(3);
        assertThat(rejections(result)).singleElement().asString()
                .startsWith("CA-9 3 effective_from: effective from 2026-04-01, after the assessment's clock");
        assertThat(StreamSupport.stream(result.json().get("actions").spliterator(), false)
                .map(a -> a.get("id").asText())).containsExactly("CA-1");
    }

    @Test
    void strayQuote_namesTheLineWhereTheOpenQuoteBegan() {
        String log = "id,received_at,customer_id,sku,defect,product_line,description\n"
                + "C-1,2026-02-01T09:00Z,CU-1,CH-42,STITCHING,Chelsea boot,fine\n"
                + "C-2,2026-02-02T09:00Z,CU-2,CH-42,STITCHING,Chelsea boot,\"opened here\n"
                + "C-3,2026-02-03T09:00Z,CU-3,CH-42,STITCHING,Chelsea boot,fine\n"
                + "C-4,2026-02-04T09:00Z,CU-4,CH-42,STITCHING,Chelsea boot,fine\n";
        Cli.Result result = cli.assessJson(log);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("complaints.csv line 3: not valid CSV: the quote (\") that opens a value"
                + " here is never closed");
    }

    @Test
    void textAfterAClosingQuote_namesTheLineTheQuoteOpened() {
        String log = "id,received_at,customer_id,sku,defect,product_line,description\n"
                + "C-1,2026-02-01T09:00Z,CU-1,CH-42,STITCHING,Chelsea boot,\"two\nlines\" and more\n"
                + "C-2,2026-02-02T09:00Z,CU-2,CH-42,STITCHING,Chelsea boot,fine\n";
        Cli.Result result = cli.assessJson(log);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("complaints.csv line 2: not valid CSV: the value whose quote (\") opens"
                + " here is followed by more text after its closing quote on line 3");
    }

    @Test
    void headerlessFile_doesNotPrintItsFirstRow() {
        String log = "C-1,2026-02-01T09:00Z,CU-1,CH-42,FIT,Chelsea boot,left and right feel like different sizes\n";
        Cli.Result result = cli.assessJson(log);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("missing required column")
                .contains("the first line does not look like a header")
                .doesNotContain("left and right").doesNotContain("CU-1");
    }

    @Test
    void manyUnknownColumns_makeOneShortNote() {
        StringBuilder header = new StringBuilder("id,received_at,customer_id,sku,defect,product_line");
        for (int i = 0; i < 200_000; i++) {
            header.append(",extra").append(i);
        }
        header.append(",Left and right feel different");
        StringBuilder row = new StringBuilder("C-1,2026-02-01T09:00Z,CU-1,CH-42,STITCHING,Chelsea boot");
        row.append(",".repeat(200_001));
        Cli.Result result = cli.assessJson(header + "\n" + row + "\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err().length()).isLessThan(1_000);
        assertThat(result.err()).contains("ignoring unknown columns: extra0, extra1").contains("and 199990 more")
                .contains("1 column whose header does not look like a column name")
                .doesNotContain("Left and right");
    }
}
