package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.StreamSupport;

/**
 * {@code complaints explain} rejects what {@code complaints assess} rejects (issue 20): a complaint on an
 * unknown SKU, on a batch of another SKU, or repeating an id no longer stops the walkthrough; it is left
 * out, listed at the end in the words assess uses, and the rest is narrated.
 */
class ExplainRejectionsTest {

    private static final String PRODUCTS = "sku,product_line\nCH-42,Chelsea boot\n";
    private static final String BATCHES = "batch_id,sku,produced_on\nB-1,CH-42,2026-01-10\nB-9,LO-40,2026-01-10\n";
    private static final String LOG = "id,received_at,customer_id,sku,defect,batch_id,status,acknowledged_at,resolved_at\n"
            + "C-1,2026-02-01T10:00:00Z,CU-1,CH-42,STITCHING,B-1,RESOLVED,2026-02-01T12:00:00Z,2026-02-03T10:00:00Z\n"
            + "C-2,2026-02-02T10:00:00Z,CU-2,XX-1,STITCHING,,RESOLVED,2026-02-02T12:00:00Z,2026-02-04T10:00:00Z\n"
            + "C-3,2026-02-03T10:00:00Z,CU-3,CH-42,STITCHING,B-9,RESOLVED,2026-02-03T12:00:00Z,2026-02-05T10:00:00Z\n"
            + "C-1,2026-02-04T10:00:00Z,CU-4,CH-42,SOLE_WEAR,B-1,RESOLVED,2026-02-04T12:00:00Z,2026-02-06T10:00:00Z\n"
            + "C-4,2026-02-05T10:00:00Z,CU-5,CH-42,STITCHING,B-1,,,\n";

    private final Cli cli;

    ExplainRejectionsTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private Cli.Result run(String command, String... more) {
        String[] base = {command, "--complaints", cli.file("log.csv", LOG), "--products", cli.file("products.csv", PRODUCTS),
                "--batches", cli.file("batches.csv", BATCHES), "--as-of", "2026-03-01T09:00:00Z"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli.run(args);
    }

    @Test
    void recordsAssessRejects_areLeftOutOfTheWalkthroughAndListedInAssessWords() {
        Cli.Result explain = run("explain");
        Cli.Result assess = run("assess", "--format", "json");

        assertThat(explain.status()).as(explain.err()).isZero();
        assertThat(explain.err()).contains("3 record(s) were rejected and are not in the walkthrough");
        String out = explain.out();
        assertThat(out).startsWith("Walkthrough of 2 complaint(s) in time order");
        assertThat(out).contains("C-1 arrives").contains("C-4 arrives").doesNotContain("C-2 arrives")
                .doesNotContain("C-3 arrives").doesNotContain("SOLE_WEAR");
        assertThat(out).contains("REJECTED (3)");
        StreamSupport.stream(assess.json().get("rejected").spliterator(), false).forEach(r ->
                assertThat(out).contains("  log.csv:" + r.get("line").asLong() + " " + r.get("id").asText() + " "
                        + r.get("field").asText() + ": " + r.get("message").asText()));
        assertThat(assess.json().get("rejected")).hasSize(3);
    }
}
