package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static io.welt.complaints.examples.cli.AssessCommandTest.LOG;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Edges of the clock and the rule files (issue 20): each a clear usage error or a rejection with its reason. */
class EdgesTest {

    private final Cli cli;

    EdgesTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    @Test
    void asOfBeyondTheCalendar_isAUsageError() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--as-of",
                "+999999999-12-31T23:59:59Z");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--as-of: +999999999-12-31T23:59:59Z is outside the years 0001 to 9999")
                .doesNotContain("EpochDay");
    }

    @Test
    void localTimeInTheSpringGap_isRejectedWithTheReason() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", HEADER
                        + "C-1,2026-03-29T01:30,CU-1,CH-42,STITCHING,Chelsea boot,,\n"
                        + "C-2,2026-03-29T02:30,CU-2,CH-42,STITCHING,Chelsea boot,,\n"), "--as-of", "2026-04-01T09:00:00Z",
                "--zone", "Europe/London", "--format", "json");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.onlyRejection().get("field").asText()).isEqualTo("received_at");
        assertThat(result.onlyRejection().get("message").asText()).contains("'2026-03-29T01:30' does not exist in"
                + " Europe/London: the clocks went forward from 01:00 to 02:00 that night");
        assertThat(result.complaintIds()).containsExactly("C-2");
    }

    @Test
    void asOfInTheSpringGap_isAUsageError() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--as-of", "2026-03-29T01:30",
                "--zone", "Europe/London");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist in Europe/London");
    }

    @Test
    void binaryRuleFile_saysItIsBinary() {
        Cli.Result result = cli.assessJson(LOG, "--rules", cli.file("mine.drl", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("the rule file mine.drl is a binary file (it holds a NUL byte at byte 4)")
                .doesNotContain("Input length");
    }

    @Test
    void latin1RuleFile_saysItIsNotUtf8() {
        byte[] latin1 = "package x;\n// r\u00e8gle\nrule \"A\" when then end\n".getBytes(StandardCharsets.ISO_8859_1);
        Cli.Result result = cli.assessJson(LOG, "--rules", cli.file("mine.drl", latin1));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("the rule file mine.drl is not UTF-8 text (byte 0xE8 on line 2")
                .doesNotContain("Input length");
    }

    @Test
    void syntaxError_isReportedWithoutANullPackageLine() {
        Cli.Result result = cli.assessJson(LOG, "--rules", cli.file("mine.drl",
                "package x;\nimport io.welt.complaints.model.*;\nrule \"A\"\nwhen\n  Complaint( defect == )\nthen\nend\n"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("(1 error)").contains("mine.drl:5:").doesNotContain("null Package");
    }
}
