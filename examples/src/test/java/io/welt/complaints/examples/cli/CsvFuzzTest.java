package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken complaint files: whatever the bytes, the outcome is an assessment (exit 0, JSON on
 * stdout, rejections named) or a clear error (exit 2, the file named on stderr); never a crash.
 * 400 seeded inputs: random bytes, and a valid log with characters deleted, inserted and swapped.
 */
class CsvFuzzTest {

    private static final String VALID = """
            id,received_at,customer_id,sku,defect,product_line,description,purchased_on,price
            C-1,2026-02-01T10:00:00Z,CU-1,CH-42,STITCHING,Chelsea boot,"Seam opened, \"\"badly\"\"\",2026-01-20,129.00
            C-2,2026-02-05T10:00:00Z,CU-2,CH-42,STITCHING,Chelsea boot,"=HYPERLINK(\"\"http://x\"\")",2026-01-21,129.00
            C-3,2026-02-09T10:00:00Z,CU-3,CH-42,STITCHING,Chelsea boot,Naht gerissen — 縫い目,2026-01-22,129.00
            """;

    @TempDir
    Path dir;

    private void assertAssessedOrClearlyRefused(Cli.Result result, String what) {
        assertThat(result.status()).as(what + "\nstderr: " + result.err()).isIn(0, 2);
        assertThat(result.err()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        if (result.status() == 0) {
            assertThat(result.json().get("summary")).as(what).isNotNull();
        } else {
            assertThat(result.err()).as(what).contains("complaints.csv");
        }
    }

    @Test
    void randomBytes_neverCrash() {
        Random random = new Random(20261123);
        for (int i = 0; i < 150; i++) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                // Half-plausible: a real header, then noise.
                byte[] header = "id,received_at,customer_id,sku,defect,product_line\n".getBytes(StandardCharsets.UTF_8);
                byte[] joined = new byte[header.length + bytes.length];
                System.arraycopy(header, 0, joined, 0, header.length);
                System.arraycopy(bytes, 0, joined, header.length, bytes.length);
                bytes = joined;
            }
            Cli cli = new Cli(dir);
            Cli.Result result = cli.run("assess", "--complaints", cli.file("complaints.csv", bytes), "--as-of",
                    "2026-03-01T09:00:00Z", "--format", "json");
            assertAssessedOrClearlyRefused(result, "random input " + i);
        }
    }

    @Test
    void mutatedLogs_neverCrash() {
        Random random = new Random(7);
        String alphabet = "\",\r\n;'=\u00e9\u0000\uFEFFx1-:TZ";
        for (int i = 0; i < 250; i++) {
            StringBuilder text = new StringBuilder(VALID);
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits && text.length() > 0; e++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            Cli.Result result = new Cli(dir).assessJson(text.toString());
            assertAssessedOrClearlyRefused(result, "mutation " + i + ":\n" + text);
        }
    }

    @Test
    void lineEndings_crlfLoneCrAndABom_readTheSame() {
        String crlf = VALID.replace("\n", "\r\n");
        String cr = VALID.replace("\n", "\r");
        String bom = "\uFEFF" + VALID;
        for (String variant : new String[] {VALID, crlf, cr, bom}) {
            Cli.Result result = new Cli(dir).assessJson(variant);
            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.complaintIds()).containsExactly("C-1", "C-2", "C-3");
        }
    }

    @Test
    void latin1Bytes_areReadAsWindows1252() {
        byte[] latin1 = ("id,received_at,customer_id,sku,defect,product_line,description\n"
                + "C-1,2026-02-01T10:00:00Z,CU-1,CH-42,STITCHING,Chelsea boot,Couture d\u00e9chir\u00e9e\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Cli cli = new Cli(dir);
        Cli.Result result = cli.run("assess", "--complaints", cli.file("complaints.csv", latin1), "--as-of",
                "2026-03-01T09:00:00Z", "--format", "json");
        assertThat(result.status()).isZero();
        assertThat(result.complaintIds()).containsExactly("C-1");
    }

    @Test
    void enormousFieldAndAMillionColumns_areHandled() {
        String huge = "x".repeat(5_000_000);
        Cli.Result big = new Cli(dir).assessJson("id,received_at,customer_id,sku,defect,product_line,description\n"
                + "C-1,2026-02-01T10:00:00Z,CU-1,CH-42,STITCHING,Chelsea boot,\"" + huge + "\"\n");
        assertAssessedOrClearlyRefused(big, "a 5 MB description");

        StringBuilder header = new StringBuilder("id,received_at,customer_id,sku,defect,product_line");
        for (int i = 0; i < 1_000_000; i++) {
            header.append(",extra").append(i);
        }
        Cli.Result wide = new Cli(dir).assessJson(header + "\nC-1,2026-02-01T10:00:00Z,CU-1,CH-42,STITCHING,Chelsea boot\n");
        assertAssessedOrClearlyRefused(wide, "a million columns");
    }

    @Test
    void truncatedQuote_isAClearError() {
        Cli.Result result = new Cli(dir).assessJson("id,received_at,customer_id,sku,defect,product_line,description\n"
                + "C-1,2026-02-01T10:00:00Z,CU-1,CH-42,STITCHING,Chelsea boot,\"never closed\n");
        assertAssessedOrClearlyRefused(result, "a quote never closed");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("line");
    }
}
