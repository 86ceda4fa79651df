package io.welt.complaints.rules;


import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DeadlineKind;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.welt.complaints.model.EscalationLevel.CUSTOMER_SERVICE_MANAGER;
import static io.welt.complaints.model.EscalationLevel.FRONTLINE;
import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.EscalationLevel.SENIOR_MANAGEMENT;
import static io.welt.complaints.model.EscalationLevel.TEAM_LEADER;
import static io.welt.complaints.model.FindingScope.BATCH;
import static io.welt.complaints.model.FindingScope.PRODUCT_LINE;
import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** escalation.drl: by severity, by time and by pattern, each with a case that must not escalate. */
class EscalationRulesTest {

    /**
     * The time rules counted round the clock, so that hours in these tests are plain hours; the default
     * policy's office hours and bank holidays have tests of their own (CalendarTest, and those below
     * that use {@link #DEFAULTS}).
     */
    private static final RulesVerifier VERIFIER = RulesVerifier.forRules(ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().calendar(BusinessCalendar.roundTheClock()).build()).build());
    /** The standard rules under the default policy: office hours in England and Wales. */
    private static final RulesVerifier DEFAULTS = RulesVerifier.forStandardRules();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Product safetyBoot = aProduct("SB-44", "Safety boot S3").safetyFootwear(true).build();

    /** Acknowledged in an hour, received hours ago: no time target is in play. */
    private Complaint fresh(String defect) {
        return aComplaint().on(chelsea).withDefect(defect).receivedHoursAgo(3).acknowledgedAfterHours(1).build();
    }

    @Test
    void bySeverity_highGoesToTheTeamLeaderMediumStaysFrontline() {
        Complaint high = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(10)
                .receivedHoursAgo(3).acknowledgedAfterHours(1).build();
        Complaint medium = fresh("SIZING");
        VERIFIER.given(chelsea, high, medium)
                .expectEscalation(high, TEAM_LEADER).byRule(RuleNames.ESCALATE_BY_SEVERITY)
                .expectEscalation(medium, FRONTLINE);
    }

    @Test
    void bySeverity_criticalGoesToTheQualityManagerWithin4Hours() {
        Complaint toeCap = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE")
                .receivedHoursAgo(3).acknowledgedAfterHours(1).build();
        var verification = VERIFIER.given(safetyBoot, toeCap).expectEscalation(toeCap, QUALITY_MANAGER);
        Escalation escalation = verification.assessment().escalationOf(TargetType.COMPLAINT, toeCap.id()).orElseThrow();
        assertThat(escalation.due()).isEqualTo(toeCap.receivedAt().plus(Duration.ofHours(4)));
    }

    @Test
    void injuryReported_goesToSeniorManagementAndTheQualityManagerEscalationIsSuperseded() {
        Complaint hurt = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").withInjury()
                .receivedHoursAgo(3).acknowledgedAfterHours(1).build();
        var assessment = VERIFIER.given(safetyBoot, hurt)
                .expectEscalation(hurt, SENIOR_MANAGEMENT).byRule(RuleNames.ESCALATE_INJURY)
                .assessment();
        assertThat(assessment.supersededEscalations()).extracting(Escalation::level).containsExactly(QUALITY_MANAGER);
        assertThat(assessment.audit()).filteredOn(e -> e.subject().equals(hurt.id()))
                .extracting(AuditEntry::event).anyMatch(event -> event.contains("QUALITY_MANAGER") && event.contains("superseded"));
    }

    @Test
    void resolvedComplaint_isNotEscalated() {
        Complaint hurtButResolved = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").withInjury()
                .receivedDaysAgo(30).acknowledgedAfterHours(1).resolvedAfterDays(2).build();
        VERIFIER.given(safetyBoot, hurtButResolved).expectEscalation(hurtButResolved, FRONTLINE);
    }

    @Test
    void notAcknowledged_after25HoursGoesUpOneLevel() {
        Complaint late = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(25).build();
        Complaint inTime = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(25).acknowledgedAfterHours(23).build();
        VERIFIER.given(chelsea, late, inTime)
                .expectEscalation(late, TEAM_LEADER).byRule(RuleNames.ESCALATE_NOT_ACKNOWLEDGED)
                .expectEscalation(inTime, FRONTLINE);
    }

    @Test
    void notAcknowledged_acknowledgedLateButStillOpenIsEscalated() {
        Complaint late = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(40).acknowledgedAfterHours(30).build();
        VERIFIER.given(chelsea, late).expectEscalation(late, TEAM_LEADER).byRule(RuleNames.ESCALATE_NOT_ACKNOWLEDGED);
    }

    @Test
    void acknowledgementWarning_at80PercentNotBefore() {
        Complaint at20Hours = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(20).build();
        Complaint at19Hours = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(19).build();
        VERIFIER.given(chelsea, at20Hours, at19Hours)
                .expectWarning(at20Hours, DeadlineKind.ACKNOWLEDGEMENT)
                .expectNoWarning(at19Hours, DeadlineKind.ACKNOWLEDGEMENT)
                .expectEscalation(at20Hours, FRONTLINE);
    }

    @Test
    void waitingOnCustomer_doesNotCount() {
        // 30 hours since receipt, 10 of them waiting for photos: 20 working hours used.
        Complaint waited = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(30).waitingOnCustomer(2, 12).build();
        Complaint didNotWait = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(30).build();
        VERIFIER.given(chelsea, waited, didNotWait)
                .expectEscalation(waited, FRONTLINE)
                .expectWarning(waited, DeadlineKind.ACKNOWLEDGEMENT)
                .expectEscalation(didNotWait, TEAM_LEADER);
    }

    @Test
    void waitingOnCustomer_anOpenWaitStopsTheClock() {
        Complaint stillWaiting = aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(20)
                .acknowledgedAfterHours(2).waitingOnCustomer(3, -1).build();
        VERIFIER.given(chelsea, stillWaiting)
                .expectEscalation(stillWaiting, FRONTLINE)
                .expectNoWarning(stillWaiting, DeadlineKind.RESOLUTION);
    }

    @Test
    void notResolved_mediumAfter10DaysGoesToTheTeamLeader() {
        Complaint overdue = aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(11).acknowledgedAfterHours(2).build();
        Complaint onTime = aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(9).acknowledgedAfterHours(2).build();
        VERIFIER.given(chelsea, overdue, onTime)
                .expectEscalation(overdue, TEAM_LEADER).byRule(RuleNames.ESCALATE_NOT_RESOLVED)
                .expectEscalation(onTime, FRONTLINE)
                .expectWarning(onTime, DeadlineKind.RESOLUTION);
    }

    @Test
    void notResolved_highAfter5DaysGoesToTheQualityManager() {
        Complaint high = aComplaint().on(chelsea).withDefect("HEEL_FAILURE").boughtDaysBefore(20)
                .receivedDaysAgo(6).acknowledgedAfterHours(2).build();
        VERIFIER.given(chelsea, high).expectEscalation(high, QUALITY_MANAGER).byRule(RuleNames.ESCALATE_NOT_RESOLVED);
    }

    @Test
    void notResolved_bothTargetsMissedRaisesTwoLevels() {
        Complaint neglected = aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(12).build();
        VERIFIER.given(chelsea, neglected).expectEscalation(neglected, QUALITY_MANAGER).byRule(RuleNames.ESCALATE_NOT_RESOLVED);
    }

    @Test
    void businessCalendar_weekendHoursDoNotCount() {
        // Friday 16:00 in London, office hours 9-17 Monday to Friday: 24 working hours end on Wednesday at 16:00.
        ComplaintRules officeHours = ComplaintRules.builder().policy(Policy.defaults().toBuilder()
                .calendar(BusinessCalendar.workingHours(ZoneId.of("Europe/London"), LocalTime.of(9, 0), LocalTime.of(17, 0),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of()))
                .build()).build();
        Instant friday = Instant.parse("2026-02-27T16:00:00Z");
        Complaint complaint = aComplaint().on(chelsea).withDefect("SIZING").receivedAt(friday).build();
        RulesVerifier verifier = RulesVerifier.forRules(officeHours);
        verifier.given(chelsea, complaint).asOf(Instant.parse("2026-03-04T15:59:00Z")).expectEscalation(complaint, FRONTLINE);
        verifier.given(chelsea, complaint).asOf(Instant.parse("2026-03-04T16:01:00Z")).expectEscalation(complaint, TEAM_LEADER);
        VERIFIER.given(chelsea, complaint).asOf(Instant.parse("2026-02-28T16:01:00Z")).expectEscalation(complaint, TEAM_LEADER);
    }

    @Test
    void productPattern_aFindingGoesToTheQualityManager() {
        List<Complaint> three = new ArrayList<>();
        for (int day = 3; day <= 5; day++) {
            three.add(aComplaint().on(chelsea).withDefect("STITCHING").receivedDaysAgo(day).acknowledgedAfterHours(1).build());
        }
        VERIFIER.given(chelsea, three)
                .expectFindingEscalation(PRODUCT_LINE, "Chelsea boot", "STITCHING", QUALITY_MANAGER);
        VERIFIER.verifyThat(RuleNames.ESCALATE_LARGE_PATTERN).given(chelsea, three).doesNotFire();
    }

    @Test
    void largePattern_tenComplaintsGoToSeniorManagement() {
        List<Complaint> ten = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            ten.add(aComplaint().on(chelsea).withDefect("STITCHING").receivedDaysAgo(day).acknowledgedAfterHours(1).build());
        }
        VERIFIER.given(chelsea, ten)
                .expectFindingEscalation(PRODUCT_LINE, "Chelsea boot", "STITCHING", SENIOR_MANAGEMENT);
        VERIFIER.given(chelsea, ten.subList(0, 9))
                .expectFindingEscalation(PRODUCT_LINE, "Chelsea boot", "STITCHING", QUALITY_MANAGER);
    }

    @Test
    void criticalPattern_aFindingHoldingACriticalComplaintGoesToSeniorManagement() {
        Complaint c1 = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(9).build();
        Complaint c2 = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(5).build();
        Complaint c3 = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(1).build();
        var check = VERIFIER.verifyThat(RuleNames.ESCALATE_CRITICAL_PATTERN).given(safetyBoot, c1, c2, c3).derives(1);
        assertThat(check.conclusions().get(0).reason()).contains(c1.id(), c2.id(), c3.id());
        VERIFIER.given(safetyBoot, c1, c2, c3)
                .expectFindingEscalation(PRODUCT_LINE, "Safety boot S3", "PROTECTIVE_FAILURE", SENIOR_MANAGEMENT);
    }

    @Test
    void criticalPattern_aCriticalComplaintOfTheSameSeriesOutsideTheFindingDoesNotCount() {
        // An ordinary boot: on safety footwear every stitching failure is CRITICAL ("Triage: failure of safety footwear").
        Complaint longAgo = aComplaint("S-0").on(chelsea).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(200).build();
        Complaint c1 = aComplaint("S-1").on(chelsea).withDefect("STITCHING").receivedDaysAgo(9).build();
        Complaint c2 = aComplaint("S-2").on(chelsea).withDefect("STITCHING").withInjury().receivedDaysAgo(5).build();
        Complaint c3 = aComplaint("S-3").on(chelsea).withDefect("STITCHING").receivedDaysAgo(1).build();
        Complaint before = aComplaint("S-4").on(chelsea).withDefect("STITCHING").withInjury().receivedDaysAgo(120).build();
        var check = VERIFIER.verifyThat(RuleNames.ESCALATE_CRITICAL_PATTERN).given(chelsea, longAgo, c1, c2, c3, before)
                .derives(1);
        // S-4 is a STITCHING complaint of the same line, but months before the three that make the finding.
        assertThat(check.conclusions().get(0).reason()).contains("complaint S-2:").doesNotContain("S-4", "S-0");
    }

    @Test
    void criticalPattern_aRepeatCustomerWhoWasHurtGoesToSeniorManagement() {
        Complaint first = aComplaint("K-1").on(chelsea).withDefect("SIZING").byCustomer("CU-9").receivedDaysAgo(30).build();
        Complaint hurt = aComplaint("K-2").on(safetyBoot).withDefect("STITCHING").byCustomer("CU-9").withInjury()
                .receivedDaysAgo(3).build();
        var check = VERIFIER.verifyThat(RuleNames.ESCALATE_CRITICAL_PATTERN).given(chelsea, safetyBoot, first, hurt)
                .derives(1);
        assertThat(check.conclusions().get(0).reason()).contains("complaint K-2:");
        assertThat(((Escalation) check.conclusions().get(0)).target()).startsWith("CUSTOMER/CU-9/");
    }

    @Test
    void quietPattern_aBatchFindingWithoutANewComplaintForHalfAYearIsReportedButNotPutToAnyoneAgain() {
        // Two sole separations on batch B-7 seven months ago: the finding stands in the record, but it
        // is quiet, so neither the quality manager nor management is asked to act on it again.
        Batch batch = aBatch("B-7", "CH-42").quantity(1000).build();
        Complaint first = aComplaint("Q-1").from(batch).onLine("Chelsea boot").withDefect("SOLE_SEPARATION")
                .receivedDaysAgo(215).acknowledgedAfterHours(1).resolvedAfterDays(3).build();
        Complaint second = aComplaint("Q-2").from(batch).onLine("Chelsea boot").withDefect("SOLE_SEPARATION")
                .receivedDaysAgo(200).acknowledgedAfterHours(1).resolvedAfterDays(3).build();
        VERIFIER.given(chelsea, batch, first, second)
                .expectFinding(BATCH, "B-7", "SOLE_SEPARATION", first, second)
                .expectFindingEscalation(BATCH, "B-7", "SOLE_SEPARATION", FRONTLINE)
                .expectNoSystemicOption(BATCH, "B-7", "SOLE_SEPARATION", SystemicActionType.STOCK_HOLD);

        // A third on the same batch today wakes it: a batch's finding has no window, so it grows.
        Complaint today = aComplaint("Q-3").from(batch).onLine("Chelsea boot").withDefect("SOLE_SEPARATION")
                .receivedHoursAgo(3).acknowledgedAfterHours(1).build();
        VERIFIER.given(chelsea, batch, first, second, today)
                .expectFinding(BATCH, "B-7", "SOLE_SEPARATION", first, second, today)
                .expectFindingEscalation(BATCH, "B-7", "SOLE_SEPARATION", QUALITY_MANAGER)
                .expectSystemicOption(BATCH, "B-7", "SOLE_SEPARATION", SystemicActionType.STOCK_HOLD);

        // A company that wants a year before a pattern counts as over says so in its policy.
        RulesVerifier patient = RulesVerifier.forRules(ComplaintRules.builder()
                .policy(Policy.defaults().toBuilder().findingQuietPeriod(Duration.ofDays(365)).build()).build());
        patient.given(chelsea, batch, first, second)
                .expectFindingEscalation(BATCH, "B-7", "SOLE_SEPARATION", QUALITY_MANAGER)
                .expectSystemicOption(BATCH, "B-7", "SOLE_SEPARATION", SystemicActionType.STOCK_HOLD);
    }

    @Test
    void policy_aResolutionTargetShorterThanTheAcknowledgementTargetIsRefused() {
        assertThatThrownBy(() -> Policy.defaults().toBuilder().acknowledgementTarget(Duration.ofDays(11)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resolutionTarget of LOW (PT240H)").hasMessageContaining("acknowledgementTarget (PT264H)");
    }

    @Test
    void escalationIsNeverListedTwiceForOneTarget() {
        Complaint hurt = aComplaint().on(safetyBoot).withDefect("SKIN_REACTION").withInjury().receivedDaysAgo(12).build();
        var assessment = VERIFIER.given(safetyBoot, hurt).assessment();
        assertThat(assessment.escalations()).filteredOn(e -> e.target().equals(hurt.id())).hasSize(1);
        assertThat(assessment.supersededEscalations()).doesNotHaveDuplicates();
    }

    @Test
    void everyConclusionNamesItsRuleAndAReason() {
        Complaint hurt = aComplaint().on(safetyBoot).withDefect("SKIN_REACTION").withInjury().receivedDaysAgo(12).build();
        var assessment = VERIFIER.given(safetyBoot, hurt).asOf(NOW).assessment();
        assertThat(assessment.conclusions()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.rule()).isNotBlank();
            assertThat(c.reason()).isNotBlank();
        });
        assertThat(assessment.audit()).hasSizeGreaterThanOrEqualTo(assessment.conclusions().size());
    }

    @Test
    void serviceChain_aLateDeliveryClimbsToTheCustomerServiceManagerASeamToTheQualityManager() {
        // Both LOW or MEDIUM, never acknowledged, 11 days old: both targets missed, two steps up each chain.
        Complaint late = aComplaint().on(chelsea).withDefect("LATE_DELIVERY").boughtDaysBefore(200).receivedDaysAgo(11).build();
        Complaint seam = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(200).receivedDaysAgo(11).build();
        Assessment assessment = VERIFIER.given(chelsea, late, seam)
                .expectEscalation(late, CUSTOMER_SERVICE_MANAGER).byRule(RuleNames.ESCALATE_NOT_RESOLVED)
                .expectEscalation(seam, QUALITY_MANAGER).byRule(RuleNames.ESCALATE_NOT_RESOLVED)
                .assessment();
        assertThat(assessment.escalations()).filteredOn(e -> e.target().equals(late.id()))
                .singleElement().extracting(Escalation::reason).asString().contains("customer-service chain");
    }

    @Test
    void serviceChain_aHighServiceComplaintGoesToItsTeamLeaderAndNoFurtherAtOnce() {
        Complaint first = aComplaint().on(chelsea).withDefect("SERVICE_CONDUCT").byCustomer("CU-5").onOrder("SO-5")
                .receivedDaysAgo(2).acknowledgedAfterHours(1).build();
        Complaint again = aComplaint().on(chelsea).withDefect("SERVICE_CONDUCT").byCustomer("CU-5").onOrder("SO-5")
                .receivedHoursAgo(3).acknowledgedAfterHours(1).build();
        VERIFIER.given(chelsea, first, again)
                .expectEscalation(again, TEAM_LEADER).byRule(RuleNames.ESCALATE_BY_SEVERITY)
                .expectEscalation(first, FRONTLINE);
    }

    @Test
    void brokenPromise_aRefundPromisedAndNotDeliveredGoesToTheTeamLeader() {
        Complaint promised = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(3).acknowledgedAfterHours(1)
                .promised(RemedyType.REFUND, LocalDate.of(2026, 1, 20)).build();
        Complaint plain = fresh("SIZING");
        Assessment assessment = VERIFIER.given(chelsea, promised, plain)
                .expectEscalation(promised, TEAM_LEADER).byRule(RuleNames.ESCALATE_BROKEN_PROMISE)
                .expectEscalation(plain, FRONTLINE)
                .assessment();
        assertThat(assessment.escalations().get(0).reason())
                .contains("A REFUND promised on 2026-01-20 was not delivered", "customer-service chain");
    }

    @Test
    void wording_workingHoursOnlyUnderAWorkingCalendar() {
        Complaint toeCap = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedHoursAgo(3).build();
        String office = DEFAULTS.given(safetyBoot, toeCap).assessment().escalations().get(0).reason();
        String plain = VERIFIER.given(safetyBoot, toeCap).assessment().escalations().get(0).reason();
        assertThat(office).endsWith("to respond within 4 working hours");
        assertThat(plain).endsWith("to respond within 4 hours");
    }
}
