package io.welt.complaints.rules;


import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Material;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.rules.policy.ConsumerRights;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.welt.complaints.model.FindingScope.BATCH;
import static io.welt.complaints.model.FindingScope.MATERIAL_LOT;
import static io.welt.complaints.model.FindingScope.PRODUCT_LINE;
import static io.welt.complaints.model.RemedyType.CANCELLATION;
import static io.welt.complaints.model.RemedyType.CARE_ADVICE;
import static io.welt.complaints.model.RemedyType.EXCHANGE;
import static io.welt.complaints.model.RemedyType.GOODWILL;
import static io.welt.complaints.model.RemedyType.INSPECT;
import static io.welt.complaints.model.RemedyType.PARTIAL_REFUND;
import static io.welt.complaints.model.RemedyType.REFUND;
import static io.welt.complaints.model.RemedyType.REPAIR;
import static io.welt.complaints.model.RemedyType.REPLACE;
import static io.welt.complaints.model.SystemicActionType.DESIGN_CHANGE;
import static io.welt.complaints.model.SystemicActionType.INSPECTION_INCREASE;
import static io.welt.complaints.model.SystemicActionType.LABELLING_CHANGE;
import static io.welt.complaints.model.SystemicActionType.MONITOR;
import static io.welt.complaints.model.SystemicActionType.PROCESS_CHANGE;
import static io.welt.complaints.model.SystemicActionType.RECALL;
import static io.welt.complaints.model.SystemicActionType.STOCK_HOLD;
import static io.welt.complaints.model.SystemicActionType.SUPPLIER_CORRECTIVE_ACTION_REQUEST;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static io.welt.complaints.test.Facts.gbp;
import static org.assertj.core.api.Assertions.assertThat;

/** resolution.drl: the remedies offered now, and the options put to management with their figures. */
class ResolutionRulesTest {

    private static final RulesVerifier UK = RulesVerifier.forStandardRules();
    private static final RulesVerifier EU = RulesVerifier.forRules(ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().consumerRights(ConsumerRights.EU_LEGAL_GUARANTEE).build()).build());

    /** Price 100.00, unit cost 30.00: refund 114.50, replacement 51.00, repair 36.00 with the default costs. */
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();

    private Complaint seamFailure(long daysOwned) {
        return aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(daysOwned).build();
    }

    @Test
    void shortTermRightToReject_day30IsARefundDay31IsNot() {
        Complaint day30 = seamFailure(30);
        Complaint day31 = seamFailure(31);
        UK.given(chelsea, day30, day31)
                .expectFirstOption(day30, REFUND).expectOption(day30, REPLACE).expectOption(day30, REPAIR)
                .expectNoOption(day31, REFUND).expectFirstOption(day31, REPAIR).expectOption(day31, REPLACE);
    }

    @Test
    void repairOrReplace_theCheaperComesFirstAndCostsAreEstimated() {
        Complaint day60 = seamFailure(60);
        List<ResolutionOption> options = UK.given(chelsea, day60).assessment().options(day60.id());
        assertThat(options).extracting(ResolutionOption::type).containsExactly(REPAIR, REPLACE);
        assertThat(options).extracting(ResolutionOption::estimatedCost).containsExactly(gbp("36.00"), gbp("51.00"));
        assertThat(options.get(0).reason()).contains("Consumer Rights Act 2015 s. 23");
    }

    @Test
    void inspectFirst_afterSixMonthsTheCustomerShowsTheFault() {
        Complaint day183 = seamFailure(183);
        Complaint day184 = seamFailure(184);
        UK.given(chelsea, day183, day184)
                .expectFirstOption(day183, REPAIR).expectNoOption(day183, INSPECT)
                .expectFirstOption(day184, INSPECT).expectOption(day184, REPAIR).expectOption(day184, PARTIAL_REFUND);
    }

    @Test
    void refundAfterAFailedFix_theSameFaultBackAfterARepairGetsItsMoneyBack() {
        Complaint first = aComplaint().on(chelsea).withDefect("SOLE_SEPARATION").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(60).receivedDaysAgo(40).resolvedAfterDays(7).build();
        Complaint again = aComplaint().on(chelsea).withDefect("SOLE_SEPARATION").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(100).receivedDaysAgo(1).build();
        Assessment assessment = UK.given(chelsea, first, again)
                .expectFirstOption(again, REFUND).expectOption(again, PARTIAL_REFUND).expectNoOption(again, REPAIR)
                .assessment();
        assertThat(assessment.options(again.id()).get(0).reason())
                .contains("the same fault", "Consumer Rights Act 2015 s. 24", "within 183 days of delivery, no deduction for use");
    }

    @Test
    void refundAfterAFailedFix_anotherFaultAfterTheRepairIsAFirstRepairAgain() {
        Complaint seam = aComplaint().on(chelsea).withDefect("STITCHING").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(60).receivedDaysAgo(40).resolvedAfterDays(7).build();
        Complaint sole = aComplaint().on(chelsea).withDefect("SOLE_SEPARATION").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(100).receivedDaysAgo(1).build();
        UK.given(chelsea, seam, sole)
                .expectFirstOption(sole, REPAIR).expectOption(sole, REPLACE).expectNoOption(sole, PARTIAL_REFUND);
    }

    @Test
    void refundAfterAFailedFix_aLateDeliveryThenAFaultIsNotTheFinalRight() {
        Complaint late = aComplaint().on(chelsea).withDefect("LATE_DELIVERY").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(3).receivedDaysAgo(50).resolvedAfterDays(1).build();
        Complaint seam = aComplaint().on(chelsea).withDefect("STITCHING").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(50).receivedDaysAgo(1).build();
        UK.given(chelsea, late, seam)
                .expectFirstOption(seam, REPAIR).expectOption(seam, REPLACE).expectNoOption(seam, REFUND);
    }

    @Test
    void refundAfterAFailedFix_afterSixMonthsADeductionForUseMayApply() {
        Complaint first = aComplaint().on(chelsea).withDefect("HEEL_FAILURE").byCustomer("CU-2").onOrder("SO-8")
                .boughtDaysBefore(150).receivedDaysAgo(60).resolvedAfterDays(10).build();
        Complaint again = aComplaint().on(chelsea).withDefect("HEEL_FAILURE").byCustomer("CU-2").onOrder("SO-8")
                .boughtDaysBefore(210).receivedDaysAgo(1).build();
        Assessment assessment = UK.given(chelsea, first, again).expectFirstOption(again, REFUND).assessment();
        assertThat(assessment.options(again.id()).get(0).reason())
                .contains("210 days after delivery, more than 183, a deduction for the use the customer has had may apply");
    }

    @Test
    void shortTermRightToReject_runsFromDeliveryDay29IsARefundDay31IsNot() {
        // Bought 40 days before the complaint, delivered 29 and 31 days before it.
        Complaint day29 = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(40).deliveredDaysBefore(29).build();
        Complaint day31 = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(40).deliveredDaysBefore(31).build();
        Assessment assessment = UK.given(chelsea, day29, day31)
                .expectFirstOption(day29, REFUND).expectNoOption(day31, REFUND).expectFirstOption(day31, REPAIR)
                .assessment();
        assertThat(assessment.options(day29.id()).get(0).reason())
                .contains("29 days after delivery", "Consumer Rights Act 2015 ss. 20-22");
    }

    @Test
    void cancellation_aDistanceSaleDay13CanBeCancelledDay15CannotNorAShopSale() {
        Complaint day13 = aComplaint().on(chelsea).withDefect("FIT_COMFORT").via(Channel.WEB).deliveredDaysBefore(13).build();
        Complaint day15 = aComplaint().on(chelsea).withDefect("FIT_COMFORT").via(Channel.MARKETPLACE).deliveredDaysBefore(15).build();
        Complaint shop = aComplaint().on(chelsea).withDefect("FIT_COMFORT").via(Channel.STORE).deliveredDaysBefore(3).build();
        Assessment assessment = UK.given(chelsea, day13, day15, shop)
                .expectFirstOption(day13, EXCHANGE).expectOption(day13, CANCELLATION)
                .expectNoOption(day15, CANCELLATION).expectNoOption(shop, CANCELLATION)
                .assessment();
        assertThat(assessment.options(day13.id()).get(1).reason())
                .contains("within the 14-day cancellation period", "Consumer Contracts Regulations 2013");
    }

    @Test
    void promisedRemedy_aRefundPromisedAndNotReceivedComesFirst() {
        Complaint promised = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(60)
                .promised(RemedyType.REFUND, LocalDate.of(2026, 1, 20)).build();
        Complaint notPromised = seamFailure(60);
        Assessment assessment = UK.given(chelsea, promised, notPromised)
                .expectFirstOption(promised, REFUND).expectFirstOption(notPromised, REPAIR)
                .expectNoOption(notPromised, REFUND)
                .assessment();
        assertThat(assessment.options(promised.id()).get(0).reason())
                .contains("A REFUND was promised on 2026-01-20 and has not been delivered");
    }

    @Test
    void mismatchedPair_isAProductFaultNotAnExchange() {
        Complaint pair = aComplaint().on(chelsea).withDefect("MISMATCHED_PAIR").boughtDaysBefore(60).build();
        Complaint tight = aComplaint().on(chelsea).withDefect("SIZING").boughtDaysBefore(60).build();
        UK.given(chelsea, pair, tight)
                .expectFirstOption(pair, REPAIR).expectOption(pair, REPLACE).expectNoOption(pair, EXCHANGE)
                .expectFirstOption(tight, EXCHANGE);
    }

    @Test
    void safety_keepForTestingRefundOrReplaceNeverRepair() {
        Product safetyBoot = aProduct("SB-44", "Safety boot S3").safetyFootwear(true).build();
        Complaint toeCap = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").boughtDaysBefore(60)
                .seeking(RemedySought.REPAIR).build();
        Complaint early = aComplaint().on(safetyBoot).withDefect("STITCHING").boughtDaysBefore(10).build();
        Complaint seam = seamFailure(60);
        Assessment assessment = UK.given(safetyBoot, chelsea, toeCap, early, seam)
                .expectFirstOption(toeCap, REPLACE).expectOption(toeCap, REFUND).expectNoOption(toeCap, REPAIR)
                .expectFirstOption(early, REFUND).expectOption(early, REPLACE).expectNoOption(early, REPAIR)
                .expectFirstOption(seam, REPAIR)
                .assessment();
        assertThat(assessment.options(toeCap.id()).get(0).reason()).contains("keep the item for testing, never repair it");
    }

    @Test
    void unknownPurchaseDate_inspectFirst() {
        Complaint noReceipt = aComplaint().on(chelsea).withDefect("HEEL_FAILURE").build();
        UK.given(chelsea, noReceipt).expectFirstOption(noReceipt, INSPECT).expectNoOption(noReceipt, REFUND);
    }

    @Test
    void beyondTheGuarantee_onlyGoodwill() {
        Complaint sevenYears = seamFailure(7 * 365);
        UK.given(chelsea, sevenYears).expectFirstOption(sevenYears, GOODWILL).expectNoOption(sevenYears, REPAIR);
    }

    @Test
    void requestedRemedy_isHonouredFirstWhenThePolicyAllowsIt() {
        Complaint wantsRepair = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(10)
                .seeking(RemedySought.REPAIR).build();
        Complaint wantsRefundTooLate = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(90)
                .seeking(RemedySought.REFUND).build();
        var assessment = UK.given(chelsea, wantsRepair, wantsRefundTooLate)
                .expectFirstOption(wantsRepair, REPAIR)
                .expectNoOption(wantsRefundTooLate, REFUND).assessment();
        assertThat(assessment.options(wantsRepair.id()).get(0).requested()).isTrue();
    }

    @Test
    void fitAndLooks_exchangeCareAdviceAndGoodwill() {
        Product suede = aProduct("DS-1", "Desert boot").material(Material.SUEDE).build();
        Complaint sizing = aComplaint().on(chelsea).withDefect("SIZING").boughtDaysBefore(5).build();
        Complaint suedeMark = aComplaint().on(suede).withDefect("SUEDE_MARKING").boughtDaysBefore(5).build();
        Complaint peeling = aComplaint().on(chelsea).withDefect("FINISH_PEELING").boughtDaysBefore(5).build();
        Complaint wrongItem = aComplaint().on(chelsea).withDefect("WRONG_ITEM").build();
        Complaint late = aComplaint().on(chelsea).withDefect("LATE_DELIVERY").build();
        UK.given(chelsea, suede, sizing, suedeMark, peeling, wrongItem, late)
                .expectFirstOption(sizing, EXCHANGE).expectNoOption(sizing, REFUND)
                .expectFirstOption(suedeMark, CARE_ADVICE).expectOption(suedeMark, GOODWILL)
                .expectFirstOption(peeling, GOODWILL).expectNoOption(peeling, CARE_ADVICE)
                .expectFirstOption(wrongItem, EXCHANGE).expectOption(wrongItem, REFUND)
                .expectFirstOption(late, GOODWILL);
    }

    @Test
    void euLegalGuarantee_noShortTermRejectOneYearPresumptionTwoYears() {
        Complaint day10 = seamFailure(10);
        Complaint day300 = seamFailure(300);
        Complaint day400 = seamFailure(400);
        Complaint day731 = seamFailure(731);
        EU.given(chelsea, day10, day300, day400, day731)
                .expectNoOption(day10, REFUND).expectFirstOption(day10, REPAIR)
                .expectFirstOption(day300, REPAIR)
                .expectFirstOption(day400, INSPECT)
                .expectFirstOption(day731, GOODWILL);
        UK.given(chelsea, day300, day731).expectFirstOption(day300, INSPECT).expectFirstOption(day731, INSPECT);
    }

    @Test
    void resolvedComplaint_needsNoOffer() {
        Complaint settled = aComplaint().on(chelsea).withDefect("STITCHING").boughtDaysBefore(10).receivedDaysAgo(20)
                .acknowledgedAfterHours(1).resolvedAfterDays(2).build();
        Complaint open = seamFailure(10);
        var assessment = UK.given(chelsea, settled, open).expectFirstOption(open, REFUND).assessment();
        assertThat(assessment.options(settled.id())).isEmpty();
    }

    @Test
    void everyComplaintGetsAtLeastOneOption() {
        Complaint custom = aComplaint().on(chelsea).withDefect("GLITTER_LOSS").build();
        ComplaintRules rules = ComplaintRules.builder().categories(new io.welt.complaints.model.DefectCategory(
                "GLITTER_LOSS", "Glitter loss", io.welt.complaints.model.ProcessStage.CLOSING, false, false, false, false,
                io.welt.complaints.model.Severity.LOW)).build();
        RulesVerifier.forRules(rules).given(chelsea, custom).expectFirstOption(custom, GOODWILL);
        RulesVerifier.forRules(rules).verifyThat(RuleNames.RESOLVE_FALLBACK_GOODWILL).given(chelsea, seamFailure(3)).doesNotFire();
    }

    @Test
    void systemicOptions_followTheDefectsAttributes() {
        List<Complaint> seams = List.of(seamFailure(3), seamFailure(4), seamFailure(5));
        UK.given(chelsea, seams)
                .expectSystemicOption(PRODUCT_LINE, "Chelsea boot", "STITCHING", PROCESS_CHANGE)
                .expectSystemicOption(PRODUCT_LINE, "Chelsea boot", "STITCHING", INSPECTION_INCREASE)
                .expectNoSystemicOption(PRODUCT_LINE, "Chelsea boot", "STITCHING", SUPPLIER_CORRECTIVE_ACTION_REQUEST)
                .expectNoSystemicOption(PRODUCT_LINE, "Chelsea boot", "STITCHING", RECALL);

        List<Complaint> sizes = List.of(withDefect("SIZING"), withDefect("SIZING"), withDefect("SIZING"));
        UK.given(chelsea, sizes)
                .expectSystemicOption(PRODUCT_LINE, "Chelsea boot", "SIZING", DESIGN_CHANGE)
                .expectSystemicOption(PRODUCT_LINE, "Chelsea boot", "SIZING", LABELLING_CHANGE)
                .expectNoSystemicOption(PRODUCT_LINE, "Chelsea boot", "SIZING", PROCESS_CHANGE);

        Product safetyBoot = aProduct("SB-1", "Safety boot S3").safetyFootwear(true).build();
        List<Complaint> toeCaps = List.of(
                aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(3).build(),
                aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(2).build(),
                aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(1).build());
        UK.given(safetyBoot, toeCaps)
                .expectSystemicOption(PRODUCT_LINE, "Safety boot S3", "PROTECTIVE_FAILURE", RECALL)
                .expectSystemicOption(PRODUCT_LINE, "Safety boot S3", "PROTECTIVE_FAILURE", STOCK_HOLD);
    }

    private Complaint withDefect(String defect) {
        return aComplaint().on(chelsea).withDefect(defect).boughtDaysBefore(10).build();
    }

    @Test
    void systemicOptions_aTanneryLotGetsAStockHoldAndASupplierRequest() {
        MaterialLot hides = new MaterialLot("HL-1", "Tannery Arnaud", null);
        Product derby = aProduct("DB-41", "Derby shoe").build();
        Batch b1 = aBatch("B-1", "CH-42").quantity(800).withLots(hides).build();
        Batch b2 = aBatch("B-2", "DB-41").quantity(800).withLots(hides).build();
        Complaint c1 = aComplaint().from(b1).onLine("Chelsea boot").withDefect("GRAIN_CRACKING").receivedDaysAgo(9).build();
        Complaint c2 = aComplaint().from(b2).onLine("Derby shoe").withDefect("GRAIN_CRACKING").receivedDaysAgo(2).build();
        UK.given(chelsea, derby, b1, b2, c1, c2)
                .expectSystemicOption(MATERIAL_LOT, "HL-1", "GRAIN_CRACKING", STOCK_HOLD)
                .expectSystemicOption(MATERIAL_LOT, "HL-1", "GRAIN_CRACKING", SUPPLIER_CORRECTIVE_ACTION_REQUEST)
                .expectNoSystemicOption(MATERIAL_LOT, "HL-1", "GRAIN_CRACKING", PROCESS_CHANGE);
    }

    @Test
    void systemicFigures_aBatchsStockAgainstDoingNothing() {
        // Two seam failures in a batch of 1,000 whose sales are not known: half assumed unsold, so 2 in
        // 500 sold x 500 still to sell = 2 more complaints at 67.17 each (the mean of refund 114.50,
        // replacement 51.00 and repair 36.00): doing nothing costs 134.34 over the year.
        Batch batch = aBatch("B-9", "CH-42").quantity(1000).build();
        Complaint c1 = aComplaint().from(batch).onLine("Chelsea boot").withDefect("STITCHING").receivedDaysAgo(20).build();
        Complaint c2 = aComplaint().from(batch).onLine("Chelsea boot").withDefect("STITCHING").receivedDaysAgo(2).build();
        var assessment = UK.given(chelsea, batch, c1, c2).assessment();
        var problem = assessment.problemOf(assessment.findings(BATCH).get(0).id()).orElseThrow();
        List<SystemicOption> options = assessment.systemicOptions(problem.id());
        assertThat(options).extracting(SystemicOption::type)
                .containsExactly(MONITOR, STOCK_HOLD, INSPECTION_INCREASE, PROCESS_CHANGE);
        SystemicOption monitor = options.get(0);
        assertThat(monitor.cost()).isEqualTo(gbp("134.34"));
        assertThat(monitor.netBenefit()).isEqualTo(gbp("0.00"));
        assertThat(monitor.reason()).contains("2 complaints in 500 sold, x 500 still to sell = 2.0", "67.17 per complaint");
        SystemicOption process = options.stream().filter(o -> o.type() == PROCESS_CHANGE).findFirst().orElseThrow();
        assertThat(process.benefit()).isEqualTo(gbp("94.04"));
        assertThat(process.cost()).isEqualTo(gbp("2500.00"));
        assertThat(process.paybackDays()).as("does not pay back within the horizon").isNull();
        assertThat(process.reason()).contains("does not beat doing nothing", "does not pay back within 365 days");
        SystemicOption hold = options.stream().filter(o -> o.type() == STOCK_HOLD).findFirst().orElseThrow();
        assertThat(hold.benefit()).isEqualTo(gbp("67.17"));
    }

    @Test
    void systemicFigures_anOptionThatPaysBeatsDoingNothingAndIsRankedAboveIt() {
        // Twenty seam failures on the line in three weeks: 20 in 30 days (the least a pace is measured
        // over), halving every 90 days, is 81 more in a year: tighter inspection and a process change pay.
        List<Complaint> seams = new java.util.ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            seams.add(aComplaint().on(chelsea).withDefect("STITCHING").receivedDaysAgo(day + 4).boughtDaysBefore(20).build());
        }
        var assessment = UK.given(chelsea, seams).assessment();
        var problem = assessment.problems().get(0);
        List<SystemicOption> options = assessment.systemicOptions(problem.id());
        int monitor = options.stream().map(SystemicOption::type).toList().indexOf(MONITOR);
        assertThat(monitor).isPositive();
        assertThat(options.subList(0, monitor)).allSatisfy(o -> assertThat(o.beatsBaseline()).isTrue());
        assertThat(options.subList(monitor + 1, options.size())).allSatisfy(o -> assertThat(o.beatsBaseline()).isFalse());
        assertThat(options.get(0).paybackDays()).isNotNull().isLessThanOrEqualTo(365);
        assertThat(options.get(monitor).reason()).contains("assumed to halve every 90 days");
    }

    @Test
    void systemicOptions_noneForARepeatCustomer() {
        Complaint a = aComplaint().on(chelsea).byCustomer("CU-5").receivedDaysAgo(20).build();
        Complaint b = aComplaint().on(chelsea).byCustomer("CU-5").receivedDaysAgo(2).build();
        var assessment = UK.given(chelsea, a, b).assessment();
        RepeatFinding customer = assessment.findings(io.welt.complaints.model.FindingScope.CUSTOMER).get(0);
        assertThat(assessment.systemicOptions(customer.id())).isEmpty();
        assertThat(assessment.problemOf(customer.id())).hasValueSatisfying(
                problem -> assertThat(assessment.systemicOptions(problem.id())).isEmpty());
    }
}
