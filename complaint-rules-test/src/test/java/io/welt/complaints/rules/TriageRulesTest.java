package io.welt.complaints.rules;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Product;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import static io.welt.complaints.model.Severity.CRITICAL;
import static io.welt.complaints.model.Severity.HIGH;
import static io.welt.complaints.model.Severity.LOW;
import static io.welt.complaints.model.Severity.MEDIUM;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** triage.drl: one test per rule, each with a complaint that must not match. */
class TriageRulesTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    private final Product derby = aProduct("DB-41", "Derby shoe").build();

    @Test
    void categoryDefault_isTheFloor() {
        Complaint lateDelivery = aComplaint().on(derby).withDefect("LATE_DELIVERY").build();
        Complaint sizing = aComplaint().on(derby).withDefect("SIZING").build();
        VERIFIER.given(derby, lateDelivery, sizing)
                .expectSeverity(lateDelivery, LOW).byRule(RuleNames.TRIAGE_CATEGORY_DEFAULT)
                .expectSeverity(sizing, MEDIUM).byRule(RuleNames.TRIAGE_CATEGORY_DEFAULT);
    }

    @Test
    void injuryReported_isCriticalWhateverTheDefect() {
        Complaint blister = aComplaint().on(derby).withDefect("FIT_COMFORT").withInjury().build();
        Complaint tight = aComplaint().on(derby).withDefect("FIT_COMFORT").build();
        VERIFIER.given(derby, blister, tight)
                .expectSeverity(blister, CRITICAL).byRule(RuleNames.TRIAGE_INJURY_REPORTED)
                .expectSeverity(tight, MEDIUM);
    }

    @Test
    void safetyDefect_protectiveFailureIsCritical() {
        Product safetyBoot = aProduct("SB-44", "Safety boot S3").safetyFootwear(true).build();
        Product workBoot = aProduct("WB-44", "Work boot").build();
        Complaint toeCap = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").boughtDaysBefore(400).build();
        Complaint sole = aComplaint().on(workBoot).withDefect("SOLE_WEAR").boughtDaysBefore(400).build();
        VERIFIER.given(safetyBoot, workBoot, toeCap, sole)
                .expectSeverity(toeCap, CRITICAL).byRule(RuleNames.TRIAGE_SAFETY_DEFECT)
                .expectSeverity(sole, MEDIUM);
    }

    @Test
    void safetyFootwear_aFunctionalFailureIsCriticalOnAnOrdinaryBootItIsNot() {
        Product safetyBoot = aProduct("SB-44", "Safety boot S3").safetyFootwear(true).build();
        Product workBoot = aProduct("WB-44", "Work boot").build();
        Complaint safetySole = aComplaint().on(safetyBoot).withDefect("SOLE_SEPARATION").boughtDaysBefore(400).build();
        Complaint ordinarySole = aComplaint().on(workBoot).withDefect("SOLE_SEPARATION").boughtDaysBefore(400).build();
        Complaint safetyScuff = aComplaint().on(safetyBoot).withDefect("FINISH_PEELING").boughtDaysBefore(10).build();
        var verification = VERIFIER.given(safetyBoot, workBoot, safetySole, ordinarySole, safetyScuff)
                .expectSeverity(safetySole, CRITICAL).byRule(RuleNames.TRIAGE_SAFETY_FOOTWEAR_FAILURE)
                .expectSeverity(ordinarySole, MEDIUM)
                // A cosmetic mark is no failure of protective equipment.
                .expectSeverity(safetyScuff, LOW);
        assertThat(verification.assessment().severityAssessment(safetySole.id()).orElseThrow().reason())
                .contains("Sole separation (bond failure) on certified safety footwear (Safety boot S3)");
    }

    @Test
    void failedFix_theSameItemBackWithTheSameFaultAfterItWasResolved() {
        Product chelsea = aProduct("CH-42", "Chelsea boot").build();
        Complaint first = aComplaint("F-1").on(chelsea).withDefect("SOLE_SEPARATION").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(20).receivedDaysAgo(40).resolvedAfterDays(5).build();
        Complaint again = aComplaint("F-2").on(chelsea).withDefect("SOLE_SEPARATION").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(60).receivedDaysAgo(1).build();
        var check = VERIFIER.verifyThat(RuleNames.TRIAGE_FAILED_FIX).given(chelsea, first, again).derives(1);
        assertThat(check.conclusions()).anyMatch(c -> c.reason().contains("the same fault after complaint F-1 was resolved"));
    }

    @Test
    void failedFix_aLateDeliveryThenAFaultIsNotOne() {
        Product chelsea = aProduct("CH-42", "Chelsea boot").build();
        Complaint late = aComplaint("L-1").on(chelsea).withDefect("LATE_DELIVERY").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(2).receivedDaysAgo(50).resolvedAfterDays(1).build();
        Complaint seam = aComplaint("L-2").on(chelsea).withDefect("STITCHING").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(50).receivedDaysAgo(1).build();
        VERIFIER.verifyThat(RuleNames.TRIAGE_FAILED_FIX).given(chelsea, late, seam).doesNotFire();
    }

    @Test
    void failedFix_aRelatedFaultCountsAnotherStageDoesNot() {
        Product chelsea = aProduct("CH-42", "Chelsea boot").build();
        // Heel and sole are both made at the making stage; a seam is closed at another.
        Complaint sole = aComplaint("R-1").on(chelsea).withDefect("SOLE_SEPARATION").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(40).receivedDaysAgo(60).resolvedAfterDays(3).build();
        Complaint heel = aComplaint("R-2").on(chelsea).withDefect("HEEL_FAILURE").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(100).receivedDaysAgo(1).build();
        VERIFIER.verifyThat(RuleNames.TRIAGE_FAILED_FIX).given(chelsea, sole, heel).derives(1);
        Complaint seam = aComplaint("R-3").on(chelsea).withDefect("STITCHING").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(100).receivedDaysAgo(1).build();
        VERIFIER.verifyThat(RuleNames.TRIAGE_FAILED_FIX).given(chelsea, sole, seam).doesNotFire();
    }

    @Test
    void earlyFunctionalFailure_day90IsHighDay91IsNot() {
        Complaint day90 = aComplaint().on(derby).withDefect("SOLE_SEPARATION").boughtDaysBefore(90).build();
        Complaint day91 = aComplaint().on(derby).withDefect("SOLE_SEPARATION").boughtDaysBefore(91).build();
        VERIFIER.given(derby, day90, day91)
                .expectSeverity(day90, HIGH).byRule(RuleNames.TRIAGE_EARLY_FUNCTIONAL_FAILURE)
                .expectSeverity(day91, MEDIUM).byRule(RuleNames.TRIAGE_LATE_FUNCTIONAL_FAILURE);
    }

    @Test
    void earlyFunctionalFailure_cosmeticDefectIsNotRaised() {
        Complaint peeling = aComplaint().on(derby).withDefect("FINISH_PEELING").boughtDaysBefore(10).build();
        VERIFIER.given(derby, peeling).expectSeverity(peeling, LOW);
        VERIFIER.verifyThat(RuleNames.TRIAGE_EARLY_FUNCTIONAL_FAILURE).given(derby, peeling).doesNotFire();
    }

    @Test
    void earlyFunctionalFailure_unknownPurchaseDateStaysAtTheFloor() {
        Complaint seam = aComplaint().on(derby).withDefect("STITCHING").build();
        VERIFIER.given(derby, seam).expectSeverity(seam, MEDIUM).byRule(RuleNames.TRIAGE_CATEGORY_DEFAULT);
    }

    @Test
    void secondComplaintOnOrder_sameCustomerSameOrderIsHigh() {
        Complaint first = aComplaint().on(derby).withDefect("SIZING").byCustomer("CU-1").onOrder("SO-1")
                .receivedDaysAgo(20).build();
        Complaint second = aComplaint().on(derby).withDefect("SIZING").byCustomer("CU-1").onOrder("SO-1")
                .receivedDaysAgo(5).build();
        Complaint otherOrder = aComplaint().on(derby).withDefect("SIZING").byCustomer("CU-1").onOrder("SO-2")
                .receivedDaysAgo(4).build();
        VERIFIER.given(derby, first, second, otherOrder)
                .expectSeverity(first, MEDIUM)
                .expectSeverity(second, HIGH).byRule(RuleNames.TRIAGE_SECOND_COMPLAINT_ON_ORDER)
                .expectSeverity(otherOrder, MEDIUM);
    }

    @Test
    void secondComplaintOnOrder_anotherCustomerOnTheSameOrderIsNotARepeat() {
        Complaint mine = aComplaint().on(derby).withDefect("SIZING").byCustomer("CU-1").onOrder("SO-1")
                .receivedDaysAgo(9).build();
        Complaint theirs = aComplaint().on(derby).withDefect("SIZING").byCustomer("CU-2").onOrder("SO-1")
                .receivedDaysAgo(3).build();
        VERIFIER.verifyThat(RuleNames.TRIAGE_SECOND_COMPLAINT_ON_ORDER).given(derby, mine, theirs).doesNotFire();
    }

    @Test
    void secondComplaintOnOrder_thirdComplaintNamesTheFirst() {
        Complaint first = aComplaint("O-1").on(derby).byCustomer("CU-1").onOrder("SO-1").receivedDaysAgo(30).build();
        Complaint second = aComplaint("O-2").on(derby).byCustomer("CU-1").onOrder("SO-1").receivedDaysAgo(20).build();
        Complaint third = aComplaint("O-3").on(derby).byCustomer("CU-1").onOrder("SO-1").receivedDaysAgo(10).build();
        var check = VERIFIER.verifyThat(RuleNames.TRIAGE_SECOND_COMPLAINT_ON_ORDER).given(derby, first, second, third)
                .derives(2);
        org.assertj.core.api.Assertions.assertThat(check.conclusions())
                .allSatisfy(c -> org.assertj.core.api.Assertions.assertThat(c.reason()).contains("first complaint O-1"));
    }

    @Test
    void secondComplaintOnOrder_twoMessagesAtTheSameInstantAreOneContact() {
        Complaint email = aComplaint("O-1").on(derby).byCustomer("CU-1").onOrder("SO-1").receivedDaysAgo(3).build();
        Complaint form = aComplaint("O-2").on(derby).byCustomer("CU-1").onOrder("SO-1").receivedAt(email.receivedAt())
                .build();
        VERIFIER.verifyThat(RuleNames.TRIAGE_SECOND_COMPLAINT_ON_ORDER).given(derby, email, form).doesNotFire();
    }
}
