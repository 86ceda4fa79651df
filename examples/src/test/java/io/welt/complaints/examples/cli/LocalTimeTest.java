package io.welt.complaints.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --zone} governs the times shown as well as those read: a manager in Milan reads the text report's
 * deadlines in Milan's time, with the offset; without it every time stays a UTC instant, as before.
 */
class LocalTimeTest {

    private static final Path DATA = Path.of("..", "examples", "data").toAbsolutePath().normalize();

    private final Cli cli;

    LocalTimeTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private Cli.Result text(String... more) {
        String[] base = {"assess", "--complaints", DATA.resolve("complaints.csv").toString(), "--products",
                DATA.resolve("products.csv").toString(), "--batches", DATA.resolve("batches.csv").toString(),
                "--acknowledgements", DATA.resolve("acknowledgements.csv").toString(), "--as-of",
                "2026-03-01T09:00:00Z"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        Cli.Result result = cli.run(args);
        assertThat(result.status()).as(result.err()).isZero();
        return result;
    }

    @Test
    void zoneRome_showsEveryTimeOfTheTextReportLocally_withItsOffset() {
        String report = text("--zone", "Europe/Rome").out();

        assertThat(report).startsWith("Complaint assessment as of 2026-03-01T10:00+01:00 (times in Europe/Rome)\n");
        // The report's own times are local; the rules' reasons quote theirs as they wrote them.
        assertThat(report).as("no UTC instant in a due time").doesNotContainPattern(
                ", due \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z");
        Matcher due = Pattern.compile(", due (\\S+?)[;,\\s]").matcher(report);
        assertThat(due.find()).isTrue();
        assertThat(due.group(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\\+0[12]:00");
        assertThat(report).contains("+02:00").as("summer time too");
    }

    @Test
    void withoutZone_theTextReportKeepsItsUtcInstants() {
        String report = text().out();

        assertThat(report).startsWith("Complaint assessment as of 2026-03-01T09:00:00Z\n");
        assertThat(report).doesNotContain("+01:00");
    }

    @Test
    void zoneRome_theJsonKeepsItsUtcInstants() {
        String json = text("--zone", "Europe/Rome", "--format", "json").out();

        assertThat(json).contains("\"asOf\": \"2026-03-01T09:00:00Z\"").doesNotContain("+01:00");
    }

    @Test
    void title_headsTheTextReport() {
        assertThat(text("--title", "Calzaturificio Rossi").out())
                .startsWith("Complaint assessment for Calzaturificio Rossi as of 2026-03-01T09:00:00Z\n");
    }
}
