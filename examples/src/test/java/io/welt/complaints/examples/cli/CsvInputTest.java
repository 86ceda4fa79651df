package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Every kind of bad input goes through a CSV file and comes back as a rejection with the right line
 * and column, while the good records around it are still assessed.
 */
class CsvInputTest {

    private static final String GOOD_BEFORE = "C-1,2026-02-01T10:00,CU-1,CH-42,STITCHING,Chelsea boot,2026-01-20,\n";
    private static final String GOOD_AFTER = "C-9,2026-02-20T10:00,CU-9,CH-42,SOLE_WEAR,Chelsea boot,,\n";

    private final Cli cli;

    CsvInputTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    /** The bad record is line 3, between two good ones. */
    private Cli.Result withBadRecord(String record) {
        return cli.assessJson(HEADER + GOOD_BEFORE + record + "\n" + GOOD_AFTER);
    }

    private static void assertRejected(Cli.Result result, long line, String id, String field, String message) {
        assertThat(result.status()).as(result.err()).isZero();
        JsonNode rejection = result.onlyRejection();
        assertThat(rejection.get("source").asText()).isEqualTo("complaints.csv");
        assertThat(rejection.get("line").asLong()).isEqualTo(line);
        assertThat(rejection.get("id").isNull() ? null : rejection.get("id").asText()).isEqualTo(id);
        assertThat(rejection.get("field").asText()).isEqualTo(field);
        assertThat(rejection.get("message").asText()).contains(message);
        assertThat(result.complaintIds()).containsExactly("C-1", "C-9");
    }

    @Test
    void missingId_isRejected() {
        assertRejected(withBadRecord(",2026-02-05,CU-2,CH-42,STITCHING,Chelsea boot,,"), 3, null, "id",
                "a value is required");
    }

    @Test
    void unparseableDate_isRejected() {
        assertRejected(withBadRecord("C-2,05/02/2026,CU-2,CH-42,STITCHING,Chelsea boot,,"), 3, "C-2", "received_at",
                "'05/02/2026' is not an ISO-8601 date or time");
    }

    @Test
    void receivedAfterAsOf_isRejected() {
        assertRejected(withBadRecord("C-2,2026-03-02,CU-2,CH-42,STITCHING,Chelsea boot,,"), 3, "C-2", "received_at",
                "after the assessment's clock");
    }

    @Test
    void purchaseAfterReceipt_isRejected() {
        assertRejected(withBadRecord("C-2,2026-02-05,CU-2,CH-42,STITCHING,Chelsea boot,2026-02-10,"), 3, "C-2",
                "purchased_on", "bought on 2026-02-10, after the complaint was received");
    }

    @Test
    void unknownSkuWithoutProductLine_isRejected() {
        assertRejected(withBadRecord("C-2,2026-02-05,CU-2,XX-1,STITCHING,,,"), 3, "C-2", "sku", "unknown SKU 'XX-1'");
    }

    @Test
    void unknownDefectCode_isRejected() {
        assertRejected(withBadRecord("C-2,2026-02-05,CU-2,CH-42,BROKEN_HEART,Chelsea boot,,"), 3, "C-2", "defect",
                "unknown defect code 'BROKEN_HEART'");
    }

    @Test
    void negativePrice_isRejectedNamingTheColumn() {
        Cli.Result result = cli.assessJson("id,received_at,customer_id,sku,defect,product_line,price\n"
                + "C-1,2026-02-01T10:00,CU-1,CH-42,STITCHING,Chelsea boot,89\n"
                + "C-2,2026-02-05,CU-2,CH-42,STITCHING,Chelsea boot,-3.50\n"
                + "C-9,2026-02-20T10:00,CU-9,CH-42,SOLE_WEAR,Chelsea boot,89.50\n");

        assertRejected(result, 3, "C-2", "price", "must not be negative");
    }

    @Test
    void badEnumAndBoolean_areRejectedTogether() {
        Cli.Result result = cli.assessJson("id,received_at,customer_id,sku,defect,product_line,channel,injury\n"
                + "C-1,2026-02-01T10:00,CU-1,CH-42,STITCHING,Chelsea boot,Email,YES\n"
                + "C-2,2026-02-05,CU-2,CH-42,STITCHING,Chelsea boot,fax,maybe\n"
                + "C-9,2026-02-20T10:00,CU-9,CH-42,SOLE_WEAR,Chelsea boot,web,0\n");

        assertRejected(result, 3, "C-2", "channel", "'fax' is not one of PHONE, EMAIL");
        assertThat(result.onlyRejection().get("message").asText()).contains("also injury: 'maybe' is not true/false");
    }

    @Test
    void sizes_areReadInTheirSystem_andABadSizeIsRejectedNamingTheColumn() {
        Cli.Result result = cli.assessJson("id,received_at,customer_id,sku,defect,product_line,size,size_system,fit_direction\n"
                + "C-1,2026-02-01T10:00,CU-1,CH-42,SIZING,Chelsea boot,8,uk,small\n"
                + "C-2,2026-02-05,CU-2,CH-42,SIZING,Chelsea boot,forty-two,,\n"
                + "C-3,2026-02-06,CU-3,CH-42,SIZING,Chelsea boot,42,EU,tight\n"
                + "C-9,2026-02-20T10:00,CU-9,CH-42,SIZING,Chelsea boot,42,,\n");

        assertThat(result.json().get("rejected")).extracting(r -> r.get("id").asText() + " " + r.get("field").asText() + ": "
                + r.get("message").asText()).containsExactly(
                "C-2 size: 'forty-two' is not a number (a shoe size such as 42, 8.5 or 9)",
                "C-3 fit_direction: 'tight' is not one of SMALL, LARGE");
        assertThat(result.json().get("summary").get("complaints").asInt()).isEqualTo(2);
    }

    @Test
    void duplicateId_rejectsTheLaterRecordAndTheFirstStands() {
        Cli.Result result = withBadRecord("C-1,2026-02-05,CU-2,CH-42,SOLE_WEAR,Chelsea boot,,");

        assertRejected(result, 3, "C-1", "id", "repeats an earlier complaint (complaints.csv line 2)");
        JsonNode first = result.json().get("complaints").get(0);
        assertThat(first.get("reason").asText()).containsIgnoringCase("stitching");
    }

    @Test
    void quotedLineBreak_keepsTheLinesOfLaterRecords() {
        Cli.Result result = cli.assessJson(HEADER
                + "C-1,2026-02-01T10:00,CU-1,CH-42,STITCHING,Chelsea boot,2026-01-20,\"Seam opened\nafter two weeks\"\n"
                + "C-2,2026-02-05,CU-2,CH-42,STITCHING,Chelsea boot,bad date,\n"
                + GOOD_AFTER);

        assertRejected(result, 4, "C-2", "purchased_on", "'bad date' is not an ISO-8601 date");
    }

    @Test
    void recordWithQuotedLineBreak_isReportedOnTheLineItStarts() {
        Cli.Result result = cli.assessJson(HEADER + GOOD_BEFORE
                + "C-2,2026-02-05,CU-2,CH-42,NOPE,Chelsea boot,,\"first line\r\nsecond line\"\r\n" + GOOD_AFTER);

        assertRejected(result, 3, "C-2", "defect", "unknown defect code");
    }

    @Test
    void blankLines_areSkippedButCounted() {
        assertRejected(cli.assessJson(HEADER + "\n" + GOOD_BEFORE + "\r\n\n" + "C-2,2026-02-05,CU-2,,STITCHING,,,\n"
                + GOOD_AFTER), 6, "C-2", "sku", "a value is required");
    }

    @Test
    void closedOrWaitingAfterAsOf_isRejected() {
        Cli.Result result = cli.assessJson(
                "id,received_at,customer_id,sku,defect,product_line,closed_at,waiting_since\n"
                + "C-1,2026-02-01T10:00,CU-1,CH-42,STITCHING,Chelsea boot,2026-02-10,\n"
                + "C-2,2026-02-05,CU-2,CH-42,STITCHING,Chelsea boot,2026-03-05,\n"
                + "C-9,2026-02-20T10:00,CU-9,CH-42,SOLE_WEAR,Chelsea boot,,2026-02-21\n");

        assertRejected(result, 3, "C-2", "closed_at", "after the assessment's clock 2026-03-01T09:00:00Z");
    }

    @Test
    void byteOrderMark_isAcceptedBeforeTheHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = (HEADER + GOOD_BEFORE + GOOD_AFTER).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes(csv);

        Cli.Result result = cli.run("assess", "--complaints", cli.file("bom.csv", bytes.toByteArray()), "--as-of",
                "2026-03-01", "--format", "json");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("rejected")).isEmpty();
        assertThat(result.complaintIds()).containsExactly("C-1", "C-9");
        assertThat(result.err()).doesNotContain("unknown columns");
    }

    @Test
    void latin1Bytes_areReadAsWindows1252AndSaidOnce() {
        String csv = HEADER
                + "C-\u00e91,2026-02-01T10:00,CU-1,CH-42,STITCHING,Botte \u00e0 lacets,,\u00e9cras\u00e9\n"
                + "C-2,2026-02-01T10:00,CU-2,CH-42,STITCHING,Botte \u00e0 lacets,,d\u00e9cousu\n";

        Cli.Result result = cli.run("assess", "--complaints", cli.file("latin1.csv",
                csv.getBytes(StandardCharsets.ISO_8859_1)), "--as-of", "2026-03-01", "--format", "json");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.complaintIds()).containsExactly("C-2", "C-\u00e91");
        assertThat(result.err()).containsOnlyOnce("windows-1252").contains("latin1.csv").contains("line 2");
    }

    @Test
    void headerNames_areCaseInsensitiveInAnyOrder_andUnknownOnesAreMentionedOnce() {
        Cli.Result result = cli.assessJson("Defect,SKU,Colour,ID,Customer_Id,Received_At,Product_Line,Mood\n"
                + "stitching,CH-42,brown,C-1,CU-1,2026-02-01,Chelsea boot,sad\n"
                + "sole_wear,CH-42,black,C-2,CU-2,2026-02-02,Chelsea boot,cross\n");

        assertThat(result.status()).isZero();
        assertThat(result.complaintIds()).containsExactly("C-1", "C-2");
        assertThat(result.err()).containsOnlyOnce("ignoring unknown columns: colour, mood");
    }

    @Test
    void surplusValue_rejectsTheRecord() {
        assertRejected(withBadRecord("C-2,2026-02-05,CU-2,CH-42,STITCHING,Chelsea boot,,seam opened, badly"), 3,
                "C-2", "(record)", "beyond the header's last column");
    }

    @Test
    void negativeQuantityInBatches_isRejectedWithItsLine() {
        String batches = cli.file("batches.csv", "batch_id,sku,produced_on,quantity\n"
                + "B-1,CH-42,2026-01-10,100\n"
                + "B-2,CH-42,2026-01-11,-5\n");
        Cli.Result result = cli.assessJson(HEADER + GOOD_BEFORE + GOOD_AFTER, "--batches", batches);

        JsonNode rejection = result.onlyRejection();
        assertThat(rejection.get("source").asText()).isEqualTo("batches.csv");
        assertThat(rejection.get("line").asLong()).isEqualTo(3);
        assertThat(rejection.get("id").asText()).isEqualTo("B-2");
        assertThat(rejection.get("field").asText()).isEqualTo("quantity");
        assertThat(rejection.get("message").asText()).contains("must not be negative");
        assertThat(result.complaintIds()).containsExactly("C-1", "C-9");
    }

    @Test
    void materialLotWithoutSupplier_rejectsTheBatch() {
        String batches = cli.file("batches.csv", "batch_id,sku,produced_on,supplier,material_lot\n"
                + "B-1,CH-42,2026-01-10,Tannery Arnaud,HL-1;HL-2\n"
                + "B-2,CH-42,2026-01-11,,HL-3\n"
                + "B-3,CH-42,2026-01-11,Tannery Arnaud;Soles Ltd;Glue Co,HL-4;S-9\n");
        Cli.Result result = cli.assessJson(HEADER + GOOD_BEFORE + GOOD_AFTER, "--batches", batches);

        JsonNode rejected = result.json().get("rejected");
        assertThat(rejected).extracting(r -> r.get("line").asLong() + " " + r.get("field").asText())
                .containsExactly("3 material_lot", "4 supplier");
    }

    @Test
    void productsFile_namesTheLineOfTheSkuSoComplaintsNeedNoProductLine() {
        String products = cli.file("products.csv", "SKU,Product_Line,Category,Price\n"
                + "CH-42,Chelsea boot,footwear,129.00\n"
                + "CH-43,Chelsea boot,shoes,129.00\n");
        Cli.Result result = cli.assessJson("id,received_at,customer_id,sku,defect\n"
                + "C-1,2026-02-01,CU-1,CH-42,STITCHING\n"
                + "C-2,2026-02-02,CU-2,CH-43,STITCHING\n", "--products", products);

        JsonNode rejected = result.json().get("rejected");
        assertThat(rejected).extracting(r -> r.get("source").asText() + ":" + r.get("line").asLong() + " "
                + r.get("field").asText()).containsExactly("complaints.csv:3 sku", "products.csv:3 category");
        assertThat(result.complaintIds()).containsExactly("C-1");
    }
}
