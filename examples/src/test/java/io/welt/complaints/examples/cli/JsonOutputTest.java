package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.report.JsonAssessmentWriter;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's JSON is the library's: the sample's CSV files through {@code ./complaints assess
 * --format json} give, byte for byte, what {@link JsonAssessmentWriter} writes of the same log assessed
 * in Java, and {@code --zone} reaches the document.
 */
class JsonOutputTest {

    private static final Path DATA = Paths.get("..", "examples", "data").toAbsolutePath().normalize();

    private final Cli cli;

    JsonOutputTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    @Test
    void theSamplesJsonOnTheCommandLineIsTheLibrarysByteForByte() {
        GeneratedLog sample = SampleLog.generate();
        Assessment assessment = ComplaintRules.standard().assess(sample.toComplaintLog(), sample.asOf());
        String library = JsonAssessmentWriter.standard().withZone(ZoneId.of("Europe/London")).toJson(assessment);

        Cli.Result result = cli.run("assess", "--complaints", DATA.resolve("complaints.csv").toString(),
                "--products", DATA.resolve("products.csv").toString(), "--batches",
                DATA.resolve("batches.csv").toString(), "--as-of", SampleLog.AS_OF.toString(), "--zone",
                "Europe/London", "--format", "json", "--quiet");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"zone\": \"Europe/London\"");
        assertThat(result.out()).isEqualTo(library);
    }
}
