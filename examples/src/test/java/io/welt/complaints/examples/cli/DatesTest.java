package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The ISO-8601 forms of the files and of {@code --as-of}. */
class DatesTest {

    private final Dates london = new Dates(ZoneId.of("Europe/London"));

    @Test
    void instant_readsEveryForm() {
        assertThat(london.instant("2026-07-03")).isEqualTo(Instant.parse("2026-07-02T23:00:00Z"));
        assertThat(london.instant("2026-07-03T14:05")).isEqualTo(Instant.parse("2026-07-03T13:05:00Z"));
        assertThat(london.instant("2026-07-03 14:05:30")).isEqualTo(Instant.parse("2026-07-03T13:05:30Z"));
        assertThat(london.instant("2026-07-03T14:05:00Z")).isEqualTo(Instant.parse("2026-07-03T14:05:00Z"));
        assertThat(london.instant("2026-07-03T14:05+02:00")).isEqualTo(Instant.parse("2026-07-03T12:05:00Z"));
    }

    @Test
    void date_takesTheDayOfADateTime() {
        assertThat(london.date("2026-07-03")).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(london.date("2026-07-03T23:30:00-05:00")).isEqualTo(LocalDate.of(2026, 7, 4));
    }

    @Test
    void otherForms_areRefusedWithExamples() {
        for (String text : new String[] {"03/07/2026", "2026-7-3", "2026-02-30", "2026-07-03T25:00", "today"}) {
            assertThatThrownBy(() -> london.instant(text)).as(text).isInstanceOf(DateTimeException.class)
                    .hasMessageContaining("is not an ISO-8601 date or time").hasMessageContaining(Dates.EXAMPLES);
        }
    }

    @Test
    void theCommonFormsReadDigitByDigit_agreeWithTheGeneralReader() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
            assertThat(london.instant(at.toString())).as(at.toString()).isEqualTo(at);
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(-30_000, 60_000));
            assertThat(london.date(day.toString())).isEqualTo(day);
            assertThat(london.instant(day.toString())).isEqualTo(day.atStartOfDay(london.zone()).toInstant());
        }
        // Lower case, a space, a leap day that is none: the general reader decides, as before.
        assertThat(london.instant("2026-07-03t14:05:00z")).isEqualTo(Instant.parse("2026-07-03T14:05:00Z"));
        assertThat(london.instant(" 2026-07-03T14:05:00Z ")).isEqualTo(Instant.parse("2026-07-03T14:05:00Z"));
        assertThat(london.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        for (String text : new String[] {"2025-02-29", "2026-13-01", "2026-07-03T24:00:00Z", "2026-07-03T14:60:00Z",
                "2026-07-03T14:05:00X", "2026-O7-03"}) {
            assertThatThrownBy(() -> london.instant(text)).as(text).isInstanceOf(DateTimeException.class)
                    .hasMessageContaining("is not an ISO-8601 date or time");
        }
    }
}
