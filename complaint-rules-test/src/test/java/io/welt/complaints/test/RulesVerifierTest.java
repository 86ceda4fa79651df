package io.welt.complaints.test;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseCategory;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RuleNames;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.welt.complaints.model.DeadlineKind.ACKNOWLEDGEMENT;
import static io.welt.complaints.model.EscalationLevel.FRONTLINE;
import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.EscalationLevel.SENIOR_MANAGEMENT;
import static io.welt.complaints.model.EscalationLevel.TEAM_LEADER;
import static io.welt.complaints.model.FindingScope.BATCH;
import static io.welt.complaints.model.FindingScope.PRODUCT_LINE;
import static io.welt.complaints.model.RemedyType.GOODWILL;
import static io.welt.complaints.model.RemedyType.REFUND;
import static io.welt.complaints.model.RemedyType.REPAIR;
import static io.welt.complaints.model.SafetyActionKind.KEEP_FOR_TESTING;
import static io.welt.complaints.model.SafetyActionKind.NOTIFY_AUTHORITY;
import static io.welt.complaints.model.Severity.CRITICAL;
import static io.welt.complaints.model.Severity.HIGH;
import static io.welt.complaints.model.Severity.MEDIUM;
import static io.welt.complaints.model.SystemicActionType.RECALL;
import static io.welt.complaints.model.SystemicActionType.STOCK_HOLD;
import static io.welt.complaints.model.Verdict.EFFECTIVE;
import static io.welt.complaints.model.Verdict.INEFFECTIVE;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kit's verifier: every expectation passes when it should and fails when it should, with a
 * message naming the rule or complaint, what was expected and what was derived. (That a half-said
 * check does not compile is the stages' types; it cannot be run.)
 */
class RulesVerifierTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    /** For the clocks: 24 hours are 24 hours, whatever the day. */
    private static final RulesVerifier ROUND_THE_CLOCK = RulesVerifier.forRules(ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().calendar(BusinessCalendar.roundTheClock()).build()).build());
    private static final Instant FRIDAY_16_00 = Instant.parse("2026-02-27T16:00:00Z");

    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Product derby = aProduct("DB-41", "Derby shoe").build();
    private final Product safetyBoot = aProduct("SB-43", "Safety boot S3").safetyFootwear(true).build();
    private final Batch batch = aBatch("B-577", "CH-42").quantity(480).build();
    /** Three seams from one batch of the Chelsea boot line within three weeks: a line and a batch finding. */
    private final Complaint c1 = seam("C-1", 20);
    private final Complaint c2 = seam("C-2", 10);
    private final Complaint c3 = seam("C-3", 2);
    /** The one that must not match: a seam on another line. */
    private final Complaint derbySeam = aComplaint("D-1").on(derby).withDefect("STITCHING").receivedDaysAgo(5)
            .boughtDaysBefore(10).build();

    private Complaint seam(String id, long daysAgo) {
        return aComplaint(id).on(chelsea).from(batch).withDefect("STITCHING").receivedDaysAgo(daysAgo)
                .boughtDaysBefore(10).build();
    }

    private AssessmentGiven seams() {
        return VERIFIER.given(chelsea, derby, batch, c1, c2, c3, derbySeam);
    }

    private static void fails(ThrowingCallable check, String... fragments) {
        assertThatThrownBy(check).isInstanceOf(AssertionError.class).hasMessageContainingAll(fragments)
                .hasMessageContaining("but derived:").hasMessageContaining("rules fired:");
    }

    // --- the whole assessment ---

    @Test
    void expectSeverity_passesOnTheDerivedSeverityAndFailsOnAnother() {
        seams().expectSeverity(c1, HIGH);
        fails(() -> seams().expectSeverity(c1, MEDIUM), "expected severity MEDIUM for complaint C-1", "HIGH");
    }

    @Test
    void byRule_afterASeverityNamesTheRuleThatDecidedIt() {
        seams().expectSeverity(c1, HIGH).byRule(RuleNames.TRIAGE_EARLY_FUNCTIONAL_FAILURE);
        fails(() -> seams().expectSeverity(c1, HIGH).byRule(RuleNames.TRIAGE_SECOND_COMPLAINT_ON_ORDER),
                "severity HIGH for complaint C-1 by rule \"Triage: second complaint on one order\"",
                "by rule \"Triage: early functional failure\"", "MEDIUM by \"Triage: category default\"");
    }

    @Test
    void expectEscalation_passesOnTheLevelInForceAndFailsOnAnother() {
        Complaint hurt = aComplaint("H-1").on(safetyBoot).withDefect("PROTECTIVE_FAILURE").withInjury().build();
        VERIFIER.given(safetyBoot, hurt).expectEscalation(hurt, SENIOR_MANAGEMENT).byRule(RuleNames.ESCALATE_INJURY);
        fails(() -> VERIFIER.given(safetyBoot, hurt).expectEscalation(hurt, TEAM_LEADER),
                "expected complaint H-1 at TEAM_LEADER", "SENIOR_MANAGEMENT");
        fails(() -> VERIFIER.given(safetyBoot, hurt).expectEscalation(hurt, SENIOR_MANAGEMENT)
                        .byRule(RuleNames.ESCALATE_BY_SEVERITY),
                "complaint H-1 at SENIOR_MANAGEMENT by rule \"Escalate: by severity\"", "Escalate: injury reported");
        Complaint fresh = aComplaint("F-1").on(chelsea).withDefect("SIZING").receivedHoursAgo(1).build();
        VERIFIER.given(chelsea, fresh).expectEscalation(fresh, FRONTLINE);
        fails(() -> VERIFIER.given(chelsea, fresh).expectEscalation(fresh, FRONTLINE).byRule(RuleNames.ESCALATE_BY_SEVERITY),
                "complaint F-1 at FRONTLINE by rule \"Escalate: by severity\"", "in force none");
    }

    @Test
    void expectFinding_byScopeKeyAndDefect_andByItsComplaints() {
        seams().expectFinding(PRODUCT_LINE, "Chelsea boot", "STITCHING")
                .expectFinding(PRODUCT_LINE, "Chelsea boot", "STITCHING", c3, c1, c2)
                .expectNoFinding(PRODUCT_LINE, "Derby shoe", "STITCHING");
        fails(() -> seams().expectFinding(PRODUCT_LINE, "Derby shoe", "STITCHING"),
                "expected a PRODUCT_LINE finding for 'Derby shoe' and STITCHING", "PRODUCT_LINE/Chelsea boot/STITCHING");
        fails(() -> seams().expectFinding(PRODUCT_LINE, "Chelsea boot", "STITCHING", c1, c2),
                "holding exactly [C-1, C-2]", "[C-1, C-2, C-3]");
        fails(() -> seams().expectNoFinding(BATCH, "B-577", "STITCHING"),
                "expected no a BATCH finding for 'B-577'", "BATCH/B-577/STITCHING");
    }

    @Test
    void expectNoFindings_failsWhenThereIsOne() {
        VERIFIER.given(chelsea, c1).expectNoFindings();
        fails(() -> seams().expectNoFindings(), "expected no finding", "PRODUCT_LINE/Chelsea boot/STITCHING [C-1, C-2, C-3]");
    }

    @Test
    void expectFindingEscalation_failsOnAnotherLevelOrNoFinding() {
        seams().expectFindingEscalation(PRODUCT_LINE, "Chelsea boot", "STITCHING", QUALITY_MANAGER);
        fails(() -> seams().expectFindingEscalation(PRODUCT_LINE, "Chelsea boot", "STITCHING", SENIOR_MANAGEMENT),
                "escalated to SENIOR_MANAGEMENT", "at QUALITY_MANAGER");
        fails(() -> seams().expectFindingEscalation(PRODUCT_LINE, "Derby shoe", "STITCHING", QUALITY_MANAGER),
                "a PRODUCT_LINE finding for 'Derby shoe'");
    }

    @Test
    void expectWarning_andExpectNoWarning() {
        Complaint at20Hours = aComplaint("W-20").on(chelsea).withDefect("SIZING").receivedHoursAgo(20).build();
        Complaint at19Hours = aComplaint("W-19").on(chelsea).withDefect("SIZING").receivedHoursAgo(19).build();
        ROUND_THE_CLOCK.given(chelsea, at20Hours, at19Hours).expectWarning(at20Hours, ACKNOWLEDGEMENT)
                .expectNoWarning(at19Hours, ACKNOWLEDGEMENT);
        fails(() -> ROUND_THE_CLOCK.given(chelsea, at20Hours, at19Hours).expectWarning(at19Hours, ACKNOWLEDGEMENT),
                "a ACKNOWLEDGEMENT warning for complaint W-19", "W-20");
        fails(() -> ROUND_THE_CLOCK.given(chelsea, at20Hours, at19Hours).expectNoWarning(at20Hours, ACKNOWLEDGEMENT),
                "no ACKNOWLEDGEMENT warning for complaint W-20", "W-20");
    }

    @Test
    void expectRejected_andExpectAssessed() {
        Complaint unknownDefect = aComplaint("R-1").on(chelsea).withDefect("GLITTER_LOSS").build();
        VERIFIER.given(chelsea, unknownDefect, c1).expectRejected("R-1", "defect").expectAssessed(c1);
        fails(() -> VERIFIER.given(chelsea, unknownDefect, c1).expectRejected("C-1", "defect"),
                "record C-1 rejected for defect", "R-1");
        fails(() -> VERIFIER.given(chelsea, unknownDefect, c1).expectAssessed(unknownDefect),
                "complaint R-1 assessed", "GLITTER_LOSS");
    }

    @Test
    void expectOption_firstOption_andNoOption() {
        Complaint hurt = aComplaint("H-2").on(safetyBoot).withDefect("PROTECTIVE_FAILURE").withInjury()
                .boughtDaysBefore(40).build();
        VERIFIER.given(safetyBoot, hurt).expectOption(hurt, REFUND).expectNoOption(hurt, REPAIR);
        fails(() -> VERIFIER.given(safetyBoot, hurt).expectOption(hurt, REPAIR), "option REPAIR for complaint H-2", "REFUND");
        fails(() -> VERIFIER.given(safetyBoot, hurt).expectNoOption(hurt, REFUND), "no option REFUND for complaint H-2",
                "REFUND (");
        fails(() -> VERIFIER.given(safetyBoot, hurt).expectFirstOption(hurt, GOODWILL),
                "first option GOODWILL for complaint H-2", "Resolve: keep for testing, refund or replace");
    }

    @Test
    void expectSafetyAction_andNoSafetyActions() {
        Complaint hurt = aComplaint("H-3").on(safetyBoot).withDefect("PROTECTIVE_FAILURE").withInjury().build();
        VERIFIER.given(safetyBoot, hurt, c1).expectSafetyAction(hurt, KEEP_FOR_TESTING, "ITEM").expectNoSafetyActions(c1);
        fails(() -> VERIFIER.given(safetyBoot, hurt).expectSafetyAction(hurt, NOTIFY_AUTHORITY, "BATCH"),
                "safety action NOTIFY_AUTHORITY on BATCH for complaint H-3", "KEEP_FOR_TESTING ITEM");
        fails(() -> VERIFIER.given(safetyBoot, hurt).expectNoSafetyActions(hurt),
                "no safety action for complaint H-3", "KEEP_FOR_TESTING ITEM");
    }

    @Test
    void expectSystemicOption_andNoSystemicOption() {
        seams().expectSystemicOption(BATCH, "B-577", "STITCHING", STOCK_HOLD)
                .expectNoSystemicOption(BATCH, "B-577", "STITCHING", RECALL);
        fails(() -> seams().expectSystemicOption(BATCH, "B-577", "STITCHING", RECALL),
                "a BATCH finding for 'B-577' and STITCHING with option RECALL", "STOCK_HOLD net");
        fails(() -> seams().expectNoSystemicOption(BATCH, "B-577", "STITCHING", STOCK_HOLD),
                "without option STOCK_HOLD", "STOCK_HOLD net");
    }

    @Test
    void expectVerdict_andActionEscalation() {
        CorrectiveAction action = new CorrectiveAction("CA-1", ActionScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
                "Thread gauge 30 on closing line 2", "Closing supervisor", EscalationLevel.TEAM_LEADER,
                LocalDate.of(2025, 11, 1), List.of("Held 340 pairs"), List.of(), 90, "RC-1");
        RootCause cause = new RootCause("RC-1", RootCauseCategory.PROCESS, "Thread too thin on line 2", List.of(),
                true, "closing inspection", List.of(), List.of());
        Batch revised = new Batch("B-NEW", "CH-42", LocalDate.of(2025, 11, 10), 600, null, List.of());
        Complaint recurrence = aComplaint("RE-1").from(revised).onLine("Chelsea boot").withDefect("STITCHING")
                .receivedDaysAgo(40).acknowledgedAfterHours(1).resolvedAfterDays(1).build();
        VERIFIER.given(chelsea, revised, action, cause, recurrence)
                .expectVerdict(action, INEFFECTIVE).expectActionEscalation(action, QUALITY_MANAGER);
        fails(() -> VERIFIER.given(chelsea, revised, action, cause, recurrence).expectVerdict(action, EFFECTIVE),
                "verdict EFFECTIVE on action CA-1", "INEFFECTIVE");
        fails(() -> VERIFIER.given(chelsea, revised, action, cause, recurrence).expectActionEscalation(action, FRONTLINE),
                "action CA-1 at FRONTLINE", "QUALITY_MANAGER");
    }

    @Test
    void as_describesEveryFailureThatFollows() {
        fails(() -> seams().as("three seams in three weeks").expectFinding(PRODUCT_LINE, "Chelsea boot", "STITCHING")
                        .expectSeverity(c1, CRITICAL),
                "[three seams in three weeks] expected severity CRITICAL for complaint C-1");
    }

    @Test
    void asOf_assessesAtThatClock() {
        Complaint late = aComplaint("L-1").on(chelsea).withDefect("SIZING").receivedAt(FRIDAY_16_00).build();
        ROUND_THE_CLOCK.given(chelsea, late).asOf(Instant.parse("2026-02-28T15:59:00Z")).expectEscalation(late, FRONTLINE);
        ROUND_THE_CLOCK.given(chelsea, late).asOf(Instant.parse("2026-02-28T16:01:00Z")).expectEscalation(late, TEAM_LEADER);
    }

    @Test
    void given_takesBuildersAndCollections_andRefusesAnythingElse() {
        VERIFIER.given(aProduct("CH-42", "Chelsea boot"), batch, List.of(c1, c2), aComplaint("C-3").on(chelsea).from(batch)
                        .withDefect("STITCHING").receivedDaysAgo(2).boughtDaysBefore(10))
                .expectFinding(PRODUCT_LINE, "Chelsea boot", "STITCHING", c1, c2, c3);
        assertThatThrownBy(() -> VERIFIER.given(chelsea, "C-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not java.lang.String");
        assertThatThrownBy(() -> VERIFIER.verifyThat(RuleNames.REPEAT_BATCH).given(chelsea, 42))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not java.lang.Integer");
    }

    // --- one rule ---

    @Test
    void fires_andDoesNotFire() {
        VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).fires();
        VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2).doesNotFire();
        fails(() -> VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2).fires(),
                "expected rule \"Repeat: same product line and defect\" to derive something", "nothing");
        fails(() -> VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).doesNotFire(),
                "expected rule \"Repeat: same product line and defect\" to derive nothing",
                "RepeatFinding from [C-1, C-2, C-3]");
    }

    @Test
    void derives_countsTheRulesConclusions() {
        VERIFIER.verifyThat(RuleNames.TRIAGE_CATEGORY_DEFAULT).given(chelsea, c1, c2).derives(2);
        fails(() -> VERIFIER.verifyThat(RuleNames.TRIAGE_CATEGORY_DEFAULT).given(chelsea, c1, c2).derives(3),
                "expected rule \"Triage: category default\" to derive 3", "2:", "SeverityAssessment from [C-1]");
        assertThatThrownBy(() -> VERIFIER.verifyThat(RuleNames.TRIAGE_CATEGORY_DEFAULT).given(chelsea, c1).derives(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doesNotFire()");
    }

    @Test
    void derivedFrom_namesExactlyTheComplaintsAConclusionRestsOn() {
        VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, derby, c1, c2, c3, derbySeam)
                .fires()
                .derivedFrom(c3, c2, c1)
                .notDerivedFrom(derbySeam);
        fails(() -> VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).fires()
                        .derivedFrom(c1, c2),
                "expected rule \"Repeat: same product line and defect\" to derive a conclusion from exactly complaints [C-1, C-2]",
                "RepeatFinding from [C-1, C-2, C-3]");
        fails(() -> VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).fires()
                        .notDerivedFrom(c2),
                "to derive nothing from complaints [C-2]", "RepeatFinding from [C-1, C-2, C-3]");
    }

    @Test
    void derivedFrom_readsEscalationsOfFindingsThroughTheirComplaints() {
        VERIFIER.verifyThat(RuleNames.ESCALATE_PRODUCT_PROBLEM).given(chelsea, batch, c1, c2, c3).fires()
                .derivedFrom(c1, c2, c3);
        Complaint toeCap = aComplaint("T-1").on(safetyBoot).withDefect("PROTECTIVE_FAILURE").build();
        VERIFIER.verifyThat(RuleNames.ESCALATE_BY_SEVERITY).given(safetyBoot, toeCap).fires().derivedFrom(toeCap);
    }

    @Test
    void withReasonContaining_readsWhyTheRuleFired() {
        VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).fires()
                .withReasonContaining("3 STITCHING complaints on product line 'Chelsea boot'");
        fails(() -> VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).fires()
                        .withReasonContaining("Derby shoe"),
                "to give a reason containing \"Derby shoe\"", "Chelsea boot");
    }

    @Test
    void ruleChecks_takeAClockAndADescription() {
        Complaint late = aComplaint("L-2").on(chelsea).withDefect("SIZING").receivedAt(FRIDAY_16_00).build();
        ROUND_THE_CLOCK.verifyThat(RuleNames.ESCALATE_NOT_ACKNOWLEDGED).given(chelsea, late)
                .asOf(Instant.parse("2026-02-28T16:01:00Z")).fires().derivedFrom(late);
        fails(() -> ROUND_THE_CLOCK.verifyThat(RuleNames.ESCALATE_NOT_ACKNOWLEDGED).given(chelsea, late)
                        .asOf(Instant.parse("2026-02-28T15:59:00Z")).as("a day less a minute after receipt").fires(),
                "[a day less a minute after receipt] expected rule \"Escalate: not acknowledged in time\" to derive something");
        assertThat(ROUND_THE_CLOCK.verifyThat(RuleNames.ESCALATE_NOT_ACKNOWLEDGED).given(chelsea, late)
                .asOf(Instant.parse("2026-02-28T15:59:00Z")).conclusions()).isEmpty();
    }
}
