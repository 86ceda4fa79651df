package io.welt.complaints.rules;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.FindingScope.BATCH;
import static io.welt.complaints.model.FindingScope.CUSTOMER;
import static io.welt.complaints.model.FindingScope.MATERIAL_LOT;
import static io.welt.complaints.model.FindingScope.PRODUCT_LINE;
import static io.welt.complaints.model.FindingScope.SUPPLIER;
import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** repeats.drl: one test per rule and boundary, each with a complaint that must not match. */
class RepeatRulesTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Product derby = aProduct("DB-41", "Derby shoe").build();

    private Complaint stitching(Product product, long daysAgo) {
        return aComplaint().on(product).withDefect("STITCHING").receivedDaysAgo(daysAgo).build();
    }

    @Test
    void productLine_threeStitchingComplaintsWithin30DaysMakeOneFindingForTheQualityManager() {
        Complaint c1 = stitching(chelsea, 25);
        Complaint c2 = stitching(chelsea, 12);
        Complaint c3 = stitching(chelsea, 2);
        Complaint otherLine = stitching(derby, 3);
        VERIFIER.given(chelsea, derby, c1, c2, c3, otherLine)
                .expectFinding(PRODUCT_LINE, "Chelsea boot", "STITCHING", c1, c2, c3)
                .expectNoFinding(PRODUCT_LINE, "Derby shoe", "STITCHING")
                .expectFindingEscalation(PRODUCT_LINE, "Chelsea boot", "STITCHING", QUALITY_MANAGER);
    }

    @Test
    void productLine_exactly30DaysApartCountsOneSecondMoreDoesNot() {
        Complaint first = stitching(chelsea, 40);
        Complaint middle = stitching(chelsea, 25);
        Complaint onTheBoundary = aComplaint().on(chelsea).receivedAt(first.receivedAt().plus(Duration.ofDays(30))).build();
        VERIFIER.given(chelsea, first, middle, onTheBoundary)
                .expectFinding(PRODUCT_LINE, "Chelsea boot", "STITCHING", first, middle, onTheBoundary);

        Complaint justOutside = aComplaint().on(chelsea)
                .receivedAt(first.receivedAt().plus(Duration.ofDays(30)).plusSeconds(1)).build();
        VERIFIER.given(chelsea, first, middle, justOutside).expectNoFindings();
    }

    @Test
    void productLine_anotherDefectDoesNotCount() {
        Complaint c1 = stitching(chelsea, 10);
        Complaint c2 = stitching(chelsea, 8);
        Complaint sizing = aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(5).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, sizing).doesNotFire();
    }

    @Test
    void productLine_findingGrowsWithTheSameIdAsComplaintsArrive() {
        Complaint c1 = stitching(chelsea, 50);
        Complaint c2 = stitching(chelsea, 45);
        Complaint c3 = stitching(chelsea, 40);
        Complaint c4 = stitching(chelsea, 15);
        String early = VERIFIER.given(chelsea, c1, c2, c3).assessment().findings(PRODUCT_LINE).get(0).id();
        List<RepeatFinding> later = VERIFIER.given(chelsea, c1, c2, c3, c4).assessment().findings(PRODUCT_LINE);
        assertThat(later).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(early);
            assertThat(f.complaintIds()).containsExactly(c1.id(), c2.id(), c3.id(), c4.id());
        });
    }

    @Test
    void productLine_twoBurstsFarApartAreTwoFindings() {
        List<Complaint> spring = List.of(stitching(chelsea, 200), stitching(chelsea, 199), stitching(chelsea, 198));
        List<Complaint> winter = List.of(stitching(chelsea, 30), stitching(chelsea, 20), stitching(chelsea, 10));
        assertThat(VERIFIER.given(chelsea, spring, winter).assessment().findings(PRODUCT_LINE))
                .extracting(RepeatFinding::size).containsExactly(3, 3);
    }

    @Test
    void batch_twoComplaintsOfOneDefectOnOneBatch() {
        Batch batch = aBatch("B-7", "CH-42").build();
        Complaint c1 = aComplaint().from(batch).onLine("Chelsea boot").withDefect("SOLE_SEPARATION").receivedDaysAgo(300).build();
        Complaint c2 = aComplaint().from(batch).onLine("Chelsea boot").withDefect("SOLE_SEPARATION").receivedDaysAgo(3).build();
        Complaint otherDefect = aComplaint().from(batch).onLine("Chelsea boot").withDefect("SIZING").receivedDaysAgo(3).build();
        VERIFIER.given(chelsea, batch, c1, c2, otherDefect)
                .expectFinding(BATCH, "B-7", "SOLE_SEPARATION", c1, c2)
                .expectNoFinding(BATCH, "B-7", "SIZING")
                .expectNoFinding(BATCH, "B-7", null);
    }

    @Test
    void batchRate_complaintsOfSeveralDefectsReachingOnePercent() {
        Batch small = aBatch("B-1", "CH-42").quantity(200).build();
        Complaint seam = aComplaint().from(small).onLine("Chelsea boot").withDefect("STITCHING").build();
        Complaint heel = aComplaint().from(small).onLine("Chelsea boot").withDefect("HEEL_FAILURE").build();
        VERIFIER.given(chelsea, small, seam, heel).expectFinding(BATCH, "B-1", null, seam, heel);

        Batch large = aBatch("B-2", "CH-42").quantity(201).build();
        Complaint seam2 = aComplaint().from(large).onLine("Chelsea boot").withDefect("STITCHING").build();
        Complaint heel2 = aComplaint().from(large).onLine("Chelsea boot").withDefect("HEEL_FAILURE").build();
        VERIFIER.verifyThat(RuleNames.REPEAT_BATCH_RATE).given(chelsea, large, seam2, heel2).doesNotFire();
    }

    @Test
    void batchRate_unknownQuantityNeverFires() {
        Batch unknown = aBatch("B-3", "CH-42").build();
        Complaint seam = aComplaint().from(unknown).onLine("Chelsea boot").withDefect("STITCHING").build();
        Complaint heel = aComplaint().from(unknown).onLine("Chelsea boot").withDefect("HEEL_FAILURE").build();
        VERIFIER.verifyThat(RuleNames.REPEAT_BATCH_RATE).given(chelsea, unknown, seam, heel).doesNotFire();
    }

    @Test
    void supplier_oneTanneryLotCrackingInTwoStyles() {
        MaterialLot hides = new MaterialLot("HL-5531", "Tannery Arnaud", "full-grain calf");
        Batch chelseaBatch = aBatch("B-CH", "CH-42").quantity(900).withLots(hides).build();
        Batch derbyBatch = aBatch("B-DB", "DB-41").quantity(700).withLots(hides).build();
        Complaint c1 = aComplaint().from(chelseaBatch).onLine("Chelsea boot").withDefect("GRAIN_CRACKING").receivedDaysAgo(50).build();
        Complaint c2 = aComplaint().from(derbyBatch).onLine("Derby shoe").withDefect("GRAIN_CRACKING").receivedDaysAgo(1).build();
        VERIFIER.given(chelsea, derby, chelseaBatch, derbyBatch, c1, c2)
                .expectFinding(MATERIAL_LOT, "HL-5531", "GRAIN_CRACKING", c1, c2)
                .expectFinding(SUPPLIER, "Tannery Arnaud", "GRAIN_CRACKING", c1, c2)
                .expectFindingEscalation(MATERIAL_LOT, "HL-5531", "GRAIN_CRACKING", QUALITY_MANAGER);
    }

    @Test
    void supplier_oneStyleOnlyIsNotASupplierPattern() {
        MaterialLot hides = new MaterialLot("HL-5531", "Tannery Arnaud", null);
        Batch b1 = aBatch("B-CH1", "CH-42").quantity(900).withLots(hides).build();
        Batch b2 = aBatch("B-CH2", "CH-42").quantity(900).withLots(hides).build();
        Complaint c1 = aComplaint().from(b1).onLine("Chelsea boot").withDefect("GRAIN_CRACKING").receivedDaysAgo(20).build();
        Complaint c2 = aComplaint().from(b2).onLine("Chelsea boot").withDefect("GRAIN_CRACKING").receivedDaysAgo(2).build();
        VERIFIER.given(chelsea, b1, b2, c1, c2)
                .expectNoFinding(SUPPLIER, "Tannery Arnaud", "GRAIN_CRACKING")
                .expectNoFinding(MATERIAL_LOT, "HL-5531", "GRAIN_CRACKING");
    }

    @Test
    void supplier_workmanshipDefectsAreNotTracedToTheSupplier() {
        Complaint c1 = aComplaint().on(chelsea).withSupplier("Tannery Arnaud").withDefect("STITCHING").receivedDaysAgo(9).build();
        Complaint c2 = aComplaint().on(derby).withSupplier("Tannery Arnaud").withDefect("STITCHING").receivedDaysAgo(2).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_SUPPLIER).given(chelsea, derby, c1, c2).doesNotFire();
    }

    @Test
    void supplier_moreThan60DaysApartIsNotOnePattern() {
        Complaint c1 = aComplaint().on(chelsea).withSupplier("Sole Co").withDefect("SOLE_WEAR").receivedDaysAgo(70).build();
        Complaint c2 = aComplaint().on(derby).withSupplier("Sole Co").withDefect("SOLE_WEAR").receivedDaysAgo(9).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_SUPPLIER).given(chelsea, derby, c1, c2).doesNotFire();
        Complaint c3 = aComplaint().on(derby).withSupplier("Sole Co").withDefect("SOLE_WEAR").receivedDaysAgo(11).build();
        VERIFIER.given(chelsea, derby, c1, c3).expectFinding(SUPPLIER, "Sole Co", "SOLE_WEAR", c1, c3);
    }

    @Test
    void customer_twoComplaintsWithin90DaysIsARepeatContactForTheTeamLeader() {
        Complaint first = aComplaint().on(chelsea).byCustomer("CU-9").withDefect("SIZING").receivedDaysAgo(95).build();
        Complaint again = aComplaint().on(derby).byCustomer("CU-9").withDefect("STITCHING").receivedDaysAgo(5).build();
        Complaint someoneElse = aComplaint().on(derby).byCustomer("CU-10").receivedDaysAgo(4).build();
        VERIFIER.given(chelsea, derby, first, again, someoneElse)
                .expectFinding(CUSTOMER, "CU-9", null, first, again)
                .expectNoFinding(CUSTOMER, "CU-10", null)
                .expectFindingEscalation(CUSTOMER, "CU-9", null, io.welt.complaints.model.EscalationLevel.TEAM_LEADER);
    }

    @Test
    void customer_91DaysApartIsNotARepeat() {
        Complaint first = aComplaint().on(chelsea).byCustomer("CU-9").receivedAt(NOW.minus(Duration.ofDays(100))).build();
        Complaint later = aComplaint().on(chelsea).byCustomer("CU-9").receivedAt(NOW.minus(Duration.ofDays(9))).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_CUSTOMER).given(chelsea, first, later).doesNotFire();
    }

    @Test
    void secondSafetyComplaint_twoProtectiveFailuresOnOneLineWithin90DaysAreAFinding() {
        Product s3size43 = aProduct("SAF3-43", "Safety boot S3").safetyFootwear(true).build();
        Product s3size44 = aProduct("SAF3-44", "Safety boot S3").safetyFootwear(true).build();
        Complaint toeCap = aComplaint("S-2").on(s3size43).withDefect("PROTECTIVE_FAILURE").withInjury().receivedDaysAgo(3).build();
        Complaint slippery = aComplaint("S-3").on(s3size44).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(2).build();
        var check = VERIFIER.verifyThat(RuleNames.REPEAT_SECOND_SAFETY_COMPLAINT).given(s3size43, s3size44, toeCap, slippery)
                .derives(1);
        assertThat(check.conclusions().get(0).reason())
                .contains("2 safety complaints on product line 'Safety boot S3'", "S-2, S-3", "within 90 days");
        VERIFIER.given(s3size43, s3size44, toeCap, slippery)
                .expectFinding(PRODUCT_LINE, "Safety boot S3", "PROTECTIVE_FAILURE", toeCap, slippery);
    }

    @Test
    void secondSafetyComplaint_91DaysApartOrNotSafetyIsNone() {
        Product s3 = aProduct("SAF3-43", "Safety boot S3").safetyFootwear(true).build();
        Complaint early = aComplaint().on(s3).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(95).build();
        Complaint late = aComplaint().on(s3).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(4).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_SECOND_SAFETY_COMPLAINT).given(s3, early, late).doesNotFire();
        // Two seams on an ordinary boot are below every threshold and no safety matter.
        Complaint seam1 = aComplaint().on(chelsea).withDefect("STITCHING").receivedDaysAgo(5).build();
        Complaint seam2 = aComplaint().on(chelsea).withDefect("STITCHING").receivedDaysAgo(4).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_SECOND_SAFETY_COMPLAINT).given(chelsea, seam1, seam2).doesNotFire();
    }

    @Test
    void secondSafetyComplaint_anInjuryAndASafetyBootFailureOnOneBatchSpanDefects() {
        Product s3 = aProduct("SAF3-43", "Safety boot S3").safetyFootwear(true).build();
        Batch batch = aBatch("B-9", "SAF3-43").quantity(5000).build();
        Complaint hurt = aComplaint("B-1").on(s3).from(batch).withDefect("STITCHING").withInjury().receivedDaysAgo(20).build();
        Complaint sole = aComplaint("B-2").on(s3).from(batch).withDefect("SOLE_SEPARATION").receivedDaysAgo(2).build();
        VERIFIER.given(s3, batch, hurt, sole).expectFinding(BATCH, "B-9", null, hurt, sole);
        // The usual batch rule needs two of one defect; the rate rule 1% of 5,000: only the safety rule speaks.
        VERIFIER.verifyThat(RuleNames.REPEAT_BATCH).given(s3, batch, hurt, sole).doesNotFire();
    }
}
