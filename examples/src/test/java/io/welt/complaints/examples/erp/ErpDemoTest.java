package io.welt.complaints.examples.erp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ErpDemoTest {

    @Test
    void theDemoReplaysTheSampleAndTheNightlyAssessmentAgrees() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NightlySummary summary;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            summary = ErpDemo.run(Path.of("data"), out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(summary.agrees()).as(printed).isTrue();
        assertThat(summary.complaints()).isEqualTo(285);
        // The ten findings of examples/data/README.md, three of them seen to arise.
        assertThat(summary.findings()).isEqualTo(10);
        assertThat(printed)
                .contains("finding raised     PRODUCT_LINE/Chelsea boot/STITCHING/C-00238: [C-00238, C-00241, C-00242]")
                .contains("finding raised     BATCH/B-00577/STITCHING/C-00238")
                .contains("finding raised     CUSTOMER/CUST-208431/*/C-00205")
                .contains("C-00281 received (PROTECTIVE_FAILURE")
                .contains("COMPLAINT C-00281 to SENIOR_MANAGEMENT")
                .contains("The warm engine agrees with it.");
        // Ids and codes only: no customer's words (a description of the sample's first complaint).
        assertThat(printed).doesNotContain("strap seam open");
    }
}
