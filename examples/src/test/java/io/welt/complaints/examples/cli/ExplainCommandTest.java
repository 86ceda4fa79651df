package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static io.welt.complaints.examples.cli.AssessCommandTest.LOG;
import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.rules.RuleNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code complaints explain}: the log replayed in time order and narrated, for a trainer. */
class ExplainCommandTest {

    private final Cli cli;

    ExplainCommandTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private Cli.Result explain(String log, String... more) {
        List<String> args = new ArrayList<>(List.of("explain", "--complaints", cli.file("log.csv", log),
                "--as-of", "2026-03-01T09:00:00Z"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void log_isNarratedInTimeOrderWithTheFindingWhenTheThirdComplaintArrives() {
        Cli.Result result = explain(LOG);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        String out = result.out();
        assertThat(out).startsWith("Walkthrough of 4 complaint(s) in time order, until 2026-03-01T09:00:00Z\n");
        int first = out.indexOf("C-1 arrives");
        int third = out.indexOf("C-3 arrives");
        int finding = out.indexOf("repeat finding PRODUCT_LINE/Chelsea boot/STITCHING/C-1 with 3 complaints");
        assertThat(first).isPositive();
        assertThat(third).isGreaterThan(first);
        assertThat(finding).as("the finding comes with the third complaint").isGreaterThan(third);
        assertThat(out).contains("rule \"" + RuleNames.REPEAT_PRODUCT_LINE + "\"")
                .contains("goes to QUALITY_MANAGER");
    }

    @Test
    void sameInput_sameBytes() {
        assertThat(explain(LOG).out()).isEqualTo(explain(LOG).out());
    }

    @Test
    void until_stopsTheReplayThere() {
        Cli.Result result = explain(LOG, "--until", "2026-02-06");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("C-2 arrives").doesNotContain("C-3").doesNotContain("repeat finding");
    }

    @Test
    void untilBeforeTheFirstComplaint_saysNothingHappens() {
        Cli.Result result = explain(LOG, "--until", "2026-01-01");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("Nothing happens until then: the first complaint arrives at"
                + " 2026-02-01T10:00:00Z.");
    }

    @Test
    void untilAfterAsOf_isAUsageError() {
        Cli.Result result = explain(LOG, "--until", "2026-04-01");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--until 2026-04-01T00:00:00Z is after the clock of the log, --as-of");
    }

    @Test
    void optionsOfOtherCommands_areUsageErrors() {
        assertThat(explain(LOG, "--format", "json").err())
                .contains("--format json: explain writes text or html");
        assertThat(explain(LOG, "--finding", "F").err())
                .contains("--finding is an option of 'complaints evidence', not of 'explain'");
        Cli.Result assess = cli.assessJson(LOG, "--until", "2026-02-01");
        assertThat(assess.status()).isEqualTo(2);
        assertThat(assess.err()).contains("--until is an option of 'complaints explain'");
    }

    @Test
    void rejectedRecords_areLeftOutAndCounted() {
        Cli.Result result = explain(LOG + "C-5,not a date,CU-5,CH-42,STITCHING,Chelsea boot,,\n");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("C-5 arrives").contains("REJECTED (1)\n  log.csv:6 C-5 received_at:");
        assertThat(result.err()).contains("1 record(s) were rejected and are not in the walkthrough");
    }

    @Test
    void controlCharactersFromTheInput_areEscaped() {
        Cli.Result result = explain(HEADER + "C-1\u001B[2J,2026-02-01,CU-1,CH-42,STITCHING,Chelsea boot,,\n");

        assertThat(result.status()).as(result.err()).isZero();
        // An id with a control character is rejected (issue 20), and listed escaped.
        assertThat(result.out()).doesNotContain("\u001B").contains("C-1\\u001B[2J id: id holds the invisible or"
                + " control character U+001B");
    }
}
