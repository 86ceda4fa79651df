package io.welt.complaints.examples.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's runs in JVMs of their own report back in one line, and the CSV floor reads every record. */
class ChildRunTest {

    @Test
    void a_result_line_gives_back_its_figures_and_a_failure_with_its_spaces() {
        Map<String, String> result = ChildRun.parseResult(
                "RESULT full=20.9 peak=6012345678 failure=OutOfMemoryError_while_opening_a_monitor_on_2739000");

        assertThat(result).containsEntry("full", "20.9").containsEntry("peak", "6012345678")
                .containsEntry("failure", "OutOfMemoryError while opening a monitor on 2739000");
    }

    @Test
    void the_plain_parser_reads_every_record_of_every_file_quoted_commas_and_line_breaks_included(@TempDir Path dir)
            throws Exception {
        Path complaints = dir.resolve("complaints.csv");
        Files.writeString(complaints, "id,description\nC-1,\"heel came off, left shoe\"\nC-2,\"sole split\nafter a week\"\n",
                StandardCharsets.UTF_8);
        Path products = dir.resolve("products.csv");
        Files.writeString(products, "sku,name\nCH-42,Chelsea boot\n", StandardCharsets.UTF_8);
        Map<String, Object> result = new LinkedHashMap<>();

        ChildRun.parse(List.of(complaints, products), result);

        assertThat(result).containsEntry("records", 3L)
                .containsEntry("characters", (long) ("C-1heel came off, left shoeC-2sole split\nafter a week"
                        + "CH-42Chelsea boot").length());
    }

    @Test
    void the_99th_percentile_is_the_nearest_rank() {
        double[] millis = new double[200];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = i + 1;
        }
        assertThat(ChildRun.p99(millis)).isEqualTo(198.0);
    }
}
