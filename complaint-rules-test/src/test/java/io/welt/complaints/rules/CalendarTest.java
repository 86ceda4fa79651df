package io.welt.complaints.rules;


import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.Product;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.EscalationLevel.TEAM_LEADER;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default calendar: office hours in London, 09:00-17:30 Monday to Friday, without the bank
 * holidays of England and Wales; and the wording of the time rules under each calendar.
 */
class CalendarTest {

    private static final BusinessCalendar OFFICE = BusinessCalendar.englandAndWales();

    @Test
    void defaultPolicy_worksOfficeHoursInEnglandAndWales() {
        assertThat(Policy.defaults().calendar()).isSameAs(OFFICE);
        assertThat(OFFICE.isWorkingCalendar()).isTrue();
        assertThat(BusinessCalendar.roundTheClock().isWorkingCalendar()).isFalse();
    }

    @Test
    void weekend_fridayEveningToMondayMorning() {
        // Friday 27 February 2026, 17:00 in London (GMT): half an hour left, the rest on Monday.
        assertThat(OFFICE.plus(Instant.parse("2026-02-27T17:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
        assertThat(OFFICE.between(Instant.parse("2026-02-27T17:00:00Z"), Instant.parse("2026-03-02T09:30:00Z")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void bankHolidays_easterTakesFourDaysOutAndChristmasFive() {
        // Thursday 2 April 2026, 16:00 BST: Good Friday, the weekend and Easter Monday do not count.
        assertThat(OFFICE.plus(Instant.parse("2026-04-02T15:00:00Z"), Duration.ofMinutes(8 * 60 + 30)))
                .isEqualTo(Instant.parse("2026-04-07T15:00:00Z"));
        // Thursday 24 December 2026, 17:00: Christmas Day, the weekend and the substitute Boxing Day (28th).
        assertThat(OFFICE.plus(Instant.parse("2026-12-24T17:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-12-29T09:30:00Z"));
        // An ordinary Thursday for contrast: the next working day is Friday.
        assertThat(OFFICE.plus(Instant.parse("2026-03-12T17:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-13T09:30:00Z"));
    }

    @Test
    void days_aDayOfATargetIsAWorkingDay() {
        assertThat(OFFICE.days(Duration.ofDays(5))).isEqualTo(Duration.ofMinutes(5 * (8 * 60 + 30)));
        assertThat(BusinessCalendar.roundTheClock().days(Duration.ofDays(5))).isEqualTo(Duration.ofDays(5));
        assertThat(OFFICE.describeDays(Duration.ofDays(5))).isEqualTo("5 working days");
        assertThat(BusinessCalendar.roundTheClock().describeHours(Duration.ofHours(24))).isEqualTo("24 hours");
    }

    @Test
    void notResolved_fiveWorkingDaysAcrossEaster() {
        // HIGH, received Thursday 2 April 2026 10:00 BST, acknowledged at once: 5 working days end Monday 13 April
        // at 10:00 BST (Thursday, Tuesday to Friday, Monday; Good Friday and Easter Monday left out).
        Product chelsea = aProduct("CH-42", "Chelsea boot").build();
        Complaint seam = aComplaint("E-1").on(chelsea).withDefect("STITCHING").boughtDaysBefore(10)
                .receivedAt(Instant.parse("2026-04-02T09:00:00Z")).acknowledgedAfterHours(1).build();
        RulesVerifier defaults = RulesVerifier.forStandardRules();
        defaults.given(chelsea, seam).asOf(Instant.parse("2026-04-13T08:59:00Z"))
                .expectEscalation(seam, TEAM_LEADER).byRule(RuleNames.ESCALATE_BY_SEVERITY);
        Escalation late = defaults.given(chelsea, seam).asOf(Instant.parse("2026-04-13T09:01:00Z"))
                .expectEscalation(seam, QUALITY_MANAGER).byRule(RuleNames.ESCALATE_NOT_RESOLVED)
                .assessment().escalations().get(0);
        assertThat(late.reason()).contains("Not resolved within 5 working days (due 2026-04-13T09:00:00Z)");
        // Round the clock the same five days end on Tuesday 7 April.
        RulesVerifier roundTheClock = RulesVerifier.forRules(ComplaintRules.builder()
                .policy(Policy.defaults().toBuilder().calendar(BusinessCalendar.roundTheClock()).build()).build());
        Escalation plain = roundTheClock.given(chelsea, seam).asOf(Instant.parse("2026-04-07T09:01:00Z"))
                .expectEscalation(seam, QUALITY_MANAGER).byRule(RuleNames.ESCALATE_NOT_RESOLVED)
                .assessment().escalations().get(0);
        assertThat(plain.reason()).contains("Not resolved within 5 days (due").doesNotContain("working");
    }

    @Test
    void holidays_readFromACsvWithClearErrors() {
        assertThat(BusinessCalendar.holidays(new StringReader("date,name\n2027-01-01,New Year\n\n2027-12-27,Christmas\n"),
                "mine.csv")).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 27));
        assertThatThrownBy(() -> BusinessCalendar.holidays(new StringReader("date\n2027-01-01\n1 May\n"), "mine.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.csv:3: '1 May' is not a date like 2026-12-25");
    }
}
