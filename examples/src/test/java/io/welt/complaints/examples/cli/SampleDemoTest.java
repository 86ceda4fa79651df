package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's demo: the bundled sample shows the four planted problems and every verdict. */
class SampleDemoTest {

    private static final Path DATA = Paths.get("..", "examples", "data").toAbsolutePath().normalize();

    private static String data(String file) {
        return DATA.resolve(file).toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void demo_findsThePlantedProblemsAndShowsEachVerdict(@TempDir Path dir) {
        Cli.Result result = new Cli(dir).run("assess", "--complaints", data("complaints.csv"), "--products",
                data("products.csv"), "--batches", data("batches.csv"), "--actions", data("actions.csv"), "--followups",
                data("followups.csv"), "--as-of", "2026-03-01T09:00:00Z", "--format", "json");
        assertThat(result.status()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("rejected")).as("the sample is clean").isEmpty();
        assertThat(list(json.get("findings"))).extracting(f -> f.get("id").asText()).contains(
                "PRODUCT_LINE/Chelsea boot/STITCHING/C-00238",
                "MATERIAL_LOT/HL-4471/GRAIN_CRACKING/C-00163",
                "CUSTOMER/CUST-208431/*/C-00205",
                "SIZE/last L-7105, EU 42/*/C-00036");
        Map<String, String> verdicts = new HashMap<>();
        list(json.get("actions")).forEach(a -> verdicts.put(a.get("id").asText(), a.get("verdict").asText()));
        assertThat(verdicts).containsEntry("CA-01", "EFFECTIVE").containsEntry("CA-02", "INEFFECTIVE")
                .containsEntry("CA-03", "EFFECTIVE").containsEntry("CA-04", "IN_VERIFICATION");
        JsonNode ca03 = list(json.get("actions")).stream().filter(a -> a.get("id").asText().equals("CA-03")).findFirst()
                .orElseThrow();
        assertThat(ca03.get("reason").asText()).contains("sample of 50 from batch B-00580")
                .contains("code letter H, sample 50, AQL 1.0: Ac 1, Re 2").contains("700 units made in 2 batches");
        assertThat(ca03.get("customerRecovery").get("recovery").asText()).isEqualTo("NOT_RECOVERED");
        JsonNode ca02 = list(json.get("actions")).stream().filter(a -> a.get("id").asText().equals("CA-02")).findFirst()
                .orElseThrow();
        assertThat(ca02.get("supersededBy").asText()).isEqualTo("CA-04");
        JsonNode safety = list(json.get("escalations")).stream()
                .filter(e -> e.get("target").asText().equals("C-00281")).findFirst().orElseThrow();
        assertThat(safety.get("level").asText()).isEqualTo("SENIOR_MANAGEMENT");
        JsonNode chelsea = list(json.get("findings")).stream()
                .filter(f -> f.get("id").asText().equals("PRODUCT_LINE/Chelsea boot/STITCHING/C-00238")).findFirst().orElseThrow();
        assertThat(list(chelsea.get("options"))).isNotEmpty()
                .first().satisfies(o -> assertThat(o.get("netBenefit").asDouble()).isPositive());
    }

    @Test
    void html_showsTheSizeFindingWithItsLinesComplaintsBySize_andTheCustomersLine(@TempDir Path dir) {
        Cli.Result result = new Cli(dir).run("assess", "--complaints", data("complaints.csv"), "--products",
                data("products.csv"), "--batches", data("batches.csv"), "--actions", data("actions.csv"), "--followups",
                data("followups.csv"), "--as-of", "2026-03-01T09:00:00Z", "--format", "html");
        assertThat(result.status()).as(result.err()).isZero();
        String page = result.out();
        int size = page.indexOf("SIZE · last L-7105, EU 42");
        assertThat(size).as("the SIZE finding's heading").isPositive();
        int table = page.indexOf("<h4>Fit complaints by size (SIZING), all dates</h4>", size);
        assertThat(table).as("complaints by size under the SIZE finding").isPositive();
        String sizes = page.substring(table, page.indexOf("</table>", table));
        assertThat(sizes).contains(">Derby shoe</th>").contains(">Desert boot</th>").contains(">Loafer</th>")
                .contains("<b>EU 42</b>");
        assertThat(page).contains("<b>Customers: NOT_RECOVERED.</b>").contains("<b>Supersedes CA-02:</b>");
    }

    @Test
    void text_showsBothVerdictLinesOfAnAction(@TempDir Path dir) {
        Cli.Result result = new Cli(dir).run("assess", "--complaints", data("complaints.csv"), "--products",
                data("products.csv"), "--batches", data("batches.csv"), "--actions", data("actions.csv"), "--followups",
                data("followups.csv"), "--as-of", "2026-03-01T09:00:00Z");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("  CA-03 EFFECTIVE: SUPPLIER Conceria del Ponte, GRAIN_CRACKING, effective 2025-12-01\n")
                .contains("    customers NOT_RECOVERED: Customers are still unhappy, whatever the root cause's verdict:")
                .contains("    supersedes CA-02: CA-04 (effective 2026-02-10) takes over STITCHING");
    }
}
