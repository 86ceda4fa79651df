package io.welt.complaints.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed files of {@code examples/data/} are exactly what {@link SampleLog} writes, and its README names what they hold. */
class SampleDataFilesTest {

    private static final Path DATA = Paths.get("..", "examples", "data");
    private static final String REGENERATE = "./mvnw -o -q -pl complaint-rules-test -am -DskipTests package && "
            + "java -cp complaint-model/target/classes:complaint-rules/target/classes:complaint-rules-test/target/classes "
            + "io.welt.complaints.test.SampleLog examples/data";

    @Test
    void committedFiles_equalWhatTheGeneratorWrites(@TempDir Path generated) throws IOException {
        SampleLog.main(new String[]{generated.toString()});
        for (String name : List.of("complaints.csv", "products.csv", "batches.csv")) {
            Path committed = DATA.resolve(name);
            assertTrue(Files.exists(committed), () -> committed.toAbsolutePath() + " is missing; regenerate with: " + REGENERATE);
            byte[] expected = Files.readAllBytes(generated.resolve(name));
            byte[] actual = Files.readAllBytes(committed);
            if (!Arrays.equals(expected, actual)) {
                fail("examples/data/" + name + " differs from what SampleLog writes, " + firstDifference(expected, actual)
                        + "; regenerate with: " + REGENERATE);
            }
        }
    }

    @Test
    void readme_namesEveryFindingTheSampleProduces() throws IOException {
        String readme = Files.readString(DATA.resolve("README.md"), StandardCharsets.UTF_8);
        GeneratedLog sample = SampleLog.generate();
        Assessment assessment = ComplaintRules.standard().assess(sample.toComplaintLog(), sample.asOf());
        for (RepeatFinding finding : assessment.findings()) {
            assertTrue(readme.contains(finding.id()), () -> "examples/data/README.md does not name finding " + finding.id());
        }
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        String[] want = new String(expected, StandardCharsets.UTF_8).split("\r\n", -1);
        String[] have = new String(actual, StandardCharsets.UTF_8).split("\r\n", -1);
        for (int i = 0; i < Math.min(want.length, have.length); i++) {
            if (!want[i].equals(have[i])) {
                return "first at line " + (i + 1) + ":\n  generated: " + want[i] + "\n  committed: " + have[i] + "\n";
            }
        }
        return "the generated file has " + want.length + " lines, the committed one " + have.length;
    }
}
