package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --calendar}: office hours in England and Wales by default, round the clock, or office hours
 * without the holidays of a file; and the new complaint columns.
 */
class CalendarOptionTest {

    /** A late delivery received on Friday 27 February 2026 at 16:00, never acknowledged; the clock is Sunday. */
    private static final String FRIDAY = HEADER + "C-1,2026-02-27T16:00:00Z,CU-1,CH-42,LATE_DELIVERY,Chelsea boot,,\n";
    private final Cli cli;

    CalendarOptionTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private static JsonNode escalations(Cli.Result result) {
        assertThat(result.status()).as(result.err()).isZero();
        return result.json().get("escalations");
    }

    @Test
    void defaultCalendar_theWeekendDoesNotCount() {
        assertThat(escalations(cli.assessJson(FRIDAY))).isEmpty();
        assertThat(escalations(cli.assessJson(FRIDAY, "--calendar", "england-and-wales"))).isEmpty();
    }

    @Test
    void roundTheClock_24HoursAreUpOnSaturday() {
        JsonNode escalations = escalations(cli.assessJson(FRIDAY, "--calendar", "round-the-clock"));
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).get("level").asText()).isEqualTo("TEAM_LEADER");
        assertThat(escalations.get(0).get("reason").asText()).contains("Not acknowledged within 24 hours (due")
                .doesNotContain("working");
    }

    @Test
    void holidayFile_officeHoursInTheZoneWithoutItsDays() {
        // Received Monday 2 February 09:00 UTC; with Monday to Wednesday as holidays, 24 working hours are not up.
        String monday = HEADER + "C-1,2026-02-02T09:00:00Z,CU-1,CH-42,LATE_DELIVERY,Chelsea boot,,\n";
        String holidays = cli.file("holidays.csv", "date,name\n2026-02-02,closed\n2026-02-03,closed\n2026-02-04,closed\n");
        String log = cli.file("complaints.csv", monday);
        assertThat(escalations(cli.run("assess", "--complaints", log, "--as-of", "2026-02-06T09:00:00Z", "--format", "json",
                "--calendar", holidays))).isEmpty();
        assertThat(escalations(cli.run("assess", "--complaints", log, "--as-of", "2026-02-06T09:00:00Z", "--format",
                "json"))).hasSize(1);
    }

    @Test
    void holidayFile_aLineThatIsNotADateStopsTheCommandNamingIt() {
        String bad = cli.file("holidays.csv", "date\n2026-12-25\nBoxing Day\n");
        Cli.Result result = cli.assessJson(FRIDAY, "--calendar", bad);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("holidays.csv:3: 'Boxing Day' is not a date like 2026-12-25");
        assertThat(cli.assessJson(FRIDAY, "--calendar", cli.path("missing.csv")).status()).isEqualTo(2);
    }

    @Test
    void newColumns_deliveredOnPromisedRemedyAndPromisedOnAreRead() {
        String csv = "id,received_at,customer_id,sku,defect,product_line,purchased_on,delivered_on,channel,"
                + "promised_remedy,promised_on\n"
                + "C-1,2026-02-27T10:00:00Z,CU-1,CH-42,SIZING,Chelsea boot,2026-02-01,2026-02-14,WEB,,\n"
                + "C-2,2026-02-27T10:00:00Z,CU-2,CH-42,SIZING,Chelsea boot,2026-02-01,2026-02-14,WEB,REFUND,2026-02-20\n"
                + "C-3,2026-02-27T10:00:00Z,CU-3,CH-42,SIZING,Chelsea boot,2026-02-01,2026-01-14,WEB,,\n";
        JsonNode json = cli.assessJson(csv).json();
        JsonNode complaints = json.get("complaints");
        assertThat(complaints.get(0).get("options").findValuesAsText("type")).containsExactly("EXCHANGE", "CANCELLATION");
        assertThat(complaints.get(1).get("options").get(0).get("type").asText()).isEqualTo("REFUND");
        assertThat(json.get("rejected")).hasSize(1);
        assertThat(json.get("rejected").get(0).get("field").asText()).isEqualTo("delivered_on");
        assertThat(json.get("rejected").get(0).get("message").asText()).contains("before it was bought on 2026-02-01");
    }
}
