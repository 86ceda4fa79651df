package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** {@code --taxonomy} adds codes the log may then use, and overrides existing ones column by column. */
class TaxonomyOptionTest {

    private static final String STRAP_LOG = HEADER + "C-1,2026-02-01,CU-1,BG-1,strap_failure,Tote bag,,\n";

    private final Cli cli;

    TaxonomyOptionTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    @Test
    void withoutTaxonomy_aNewCodeIsRejected() {
        assertThat(cli.assessJson(STRAP_LOG).onlyRejection().get("field").asText()).isEqualTo("defect");
    }

    @Test
    void addedCode_isAccepted() {
        String taxonomy = cli.file("bags.csv", "code,name,stage,functional,default_severity\n"
                + "STRAP_FAILURE,Strap failure,closing,yes,high\n");

        Cli.Result result = cli.assessJson(STRAP_LOG, "--taxonomy", taxonomy);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("rejected")).isEmpty();
        assertThat(result.json().get("complaints").get(0).get("severity").asText()).isEqualTo("HIGH");
    }

    @Test
    void overriddenCode_keepsTheValuesOfColumnsLeftEmpty() {
        String taxonomy = cli.file("stricter.csv", "code,stage,default_severity\nstitching,,HIGH\n");

        Cli.Result result = cli.assessJson(HEADER + "C-1,2026-02-01,CU-1,CH-42,STITCHING,Chelsea boot,,\n",
                "--taxonomy", taxonomy);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("complaints").get(0).get("severity").asText()).isEqualTo("HIGH");
    }

    @Test
    void newCodeWithoutStage_exitsTwoNamingFileLineAndColumn() {
        String taxonomy = cli.file("bags.csv", "code,name,stage,default_severity\n"
                + "HANDLE_FAILURE,Handle failure,making,MEDIUM\n"
                + "STRAP_FAILURE,Strap failure,,MEDIUM\n");

        Cli.Result result = cli.assessJson(STRAP_LOG, "--taxonomy", taxonomy);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("bags.csv line 3, column stage: a new code needs a stage");
    }

    @Test
    void badSeverity_exitsTwoNamingTheColumn() {
        String taxonomy = cli.file("bags.csv", "code,stage,default_severity\nSTRAP_FAILURE,closing,urgent\n");

        Cli.Result result = cli.assessJson(STRAP_LOG, "--taxonomy", taxonomy);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("bags.csv line 2, column default_severity: 'urgent' is not one of LOW");
    }
}
