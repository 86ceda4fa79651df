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
                "CUSTOMER/CUST-208431/*/C-00205");
        Map<String, String> verdicts = new HashMap<>();
        list(json.get("actions")).forEach(a -> verdicts.put(a.get("id").asText(), a.get("verdict").asText()));
        assertThat(verdicts).containsEntry("CA-01", "EFFECTIVE").containsEntry("CA-02", "INEFFECTIVE")
                .containsEntry("CA-03", "INCONCLUSIVE").containsEntry("CA-04", "IN_VERIFICATION");
        JsonNode safety = list(json.get("escalations")).stream()
                .filter(e -> e.get("target").asText().equals("C-00281")).findFirst().orElseThrow();
        assertThat(safety.get("level").asText()).isEqualTo("SENIOR_MANAGEMENT");
        JsonNode chelsea = list(json.get("findings")).stream()
                .filter(f -> f.get("id").asText().equals("PRODUCT_LINE/Chelsea boot/STITCHING/C-00238")).findFirst().orElseThrow();
        assertThat(list(chelsea.get("options"))).isNotEmpty()
                .first().satisfies(o -> assertThat(o.get("netBenefit").asDouble()).isPositive());
    }
}
