package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.LOG;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress on long runs: on standard error only, for large inputs only, silenced by --quiet. The
 * command-line tests use limits scaled down so that a four-complaint log counts as large.
 */
class ProgressTest {

    /** A log of more than 2 rows is large; a line per row, however fast. */
    private static final Progress.Limits TINY = new Progress.Limits(2, 1, 0);

    private final Cli cli;

    ProgressTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private Cli.Result assess(Progress.Limits limits, String... more) {
        List<String> args = new ArrayList<>(List.of("assess", "--complaints", cli.file("log.csv", LOG), "--as-of",
                "2026-03-01T09:00:00Z", "--format", "json"));
        args.addAll(List.of(more));
        return cli.run(limits, args.toArray(String[]::new));
    }

    @Test
    void largeInput_showsProgressOnStandardErrorAndLeavesTheJsonClean() {
        Cli.Result progress = assess(TINY);
        Cli.Result quiet = assess(TINY, "--quiet");

        assertThat(progress.status()).isZero();
        assertThat(progress.err()).isEqualTo("""
                complaints: read 3 complaints...
                complaints: read 4 complaints...
                complaints: read 4 complaints from log.csv
                complaints: checking 4 complaint records...
                complaints: assessing 4 complaints...
                complaints: writing the json report...
                """);
        assertThat(progress.json().get("summary").get("complaints").asInt()).isEqualTo(4);
        assertThat(progress.out()).as("the same bytes as without progress").isEqualTo(quiet.out());
    }

    @Test
    void quiet_silencesTheProgress() {
        Cli.Result result = assess(TINY, "--quiet");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void smallInput_showsNoProgress() {
        Cli.Result result = assess(Progress.Limits.DEFAULT);

        assertThat(result.err()).isEmpty();
    }

    @Test
    void explainAndEvidence_showProgressOnStandardErrorOnly() {
        String log = cli.file("log.csv", LOG);
        Cli.Result explain = cli.run(TINY, "explain", "--complaints", log, "--as-of", "2026-03-01T09:00:00Z");
        Cli.Result evidence = cli.run(TINY, "evidence", "--finding", "PRODUCT_LINE/Chelsea boot/STITCHING/C-1",
                "--complaints", log, "--as-of", "2026-03-01T09:00:00Z");

        assertThat(explain.err()).contains("complaints: replaying 4 complaints...", "complaints: writing the walkthrough...");
        assertThat(explain.out()).startsWith("Walkthrough of 4 complaint(s)").doesNotContain("replaying");
        assertThat(evidence.err()).contains("complaints: assessing 4 complaints...",
                "complaints: writing the evidence pack...");
        assertThat(evidence.out()).doesNotContain("assessing");
    }

    @Test
    void readingLines_comeEveryHundredThousandRowsAndNeverTwoWithinASecond() {
        List<String> lines = new ArrayList<>();
        AtomicLong nanos = new AtomicLong();
        Progress progress = new Progress(lines::add, nanos::get, Progress.Limits.DEFAULT);

        for (long row = 1; row <= 1_000_000; row++) {
            nanos.addAndGet(4_000); // 250,000 rows a second: 100,000 rows take 0.4 s
            progress.read("complaints", row);
        }
        progress.readAll("complaints", "log.csv", 1_000_000);
        progress.stage("assessing 1,000,000 complaints");

        assertThat(lines).containsExactly("read 100,000 complaints...", "read 350,000 complaints...",
                "read 600,000 complaints...", "read 850,000 complaints...", "read 1,000,000 complaints from log.csv",
                "assessing 1,000,000 complaints...");
    }

    @Test
    void aFileOfFiftyThousandRows_isNotLarge() {
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress(lines::add, System::nanoTime, Progress.Limits.DEFAULT);

        for (long row = 1; row <= 50_000; row++) {
            progress.read("complaints", row);
        }
        progress.readAll("complaints", "log.csv", 50_000);
        progress.stage("assessing 50,000 complaints");

        assertThat(progress.large()).isFalse();
        assertThat(lines).isEmpty();
    }
}
