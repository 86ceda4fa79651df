package io.welt.complaints.rules;


import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FitDirection;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.SizeSystem;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.AssessmentAssertion;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.welt.complaints.model.FindingScope.SIZE;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * repeats.drl, sizes and lasts: a size that runs small or large is a property of the last, seen
 * across the SKUs made on it; resolution.drl's options for such a finding.
 */
class SizeRulesTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    private static final String LAST_KEY = "last L-7105, EU 42";

    // Three styles a shoemaker makes on one men's last, and a boot on a last of its own.
    private final Product derby = aProduct("DER-01", "Derby shoe").last("L-7105").build();
    private final Product loafer = aProduct("LOA-01", "Loafer").last("L-7105").build();
    private final Product desert = aProduct("DES-01", "Desert boot").last("L-7105").build();
    private final Product hiker = aProduct("HIK-01", "Hiking boot").last("L-9020").build();

    private Complaint tooSmall(Product product, String size, long daysAgo) {
        return aComplaint().on(product).withDefect("SIZING").inSize(size).fitting(FitDirection.SMALL)
                .receivedDaysAgo(daysAgo).build();
    }

    @Test
    void size_oneLastAcrossTwoSkusMakesAFindingNamingSizeAndLast() {
        Complaint c1 = tooSmall(derby, "42", 50);
        Complaint c2 = tooSmall(loafer, "42", 30);
        Complaint c3 = tooSmall(derby, "42", 5);
        Complaint otherLast = tooSmall(hiker, "42", 4);
        AssessmentAssertion v = VERIFIER.given(derby, loafer, hiker, c1, c2, c3, otherLast)
                .expectFinding(SIZE, LAST_KEY, null, c1, c2, c3)
                .expectNoFinding(SIZE, "last L-9020, EU 42", null);
        RepeatFinding finding = v.assessment().findings(SIZE).get(0);
        assertThat(finding.rule()).isEqualTo(RuleNames.REPEAT_SIZE);
        assertThat(finding.id()).isEqualTo("SIZE/" + LAST_KEY + "/*/" + c1.id());
        assertThat(finding.reason()).startsWith("Size EU 42 on last L-7105 runs small (3 of 3 say so): 3 fit complaints (SIZING)")
                .contains("on 2 SKUs (DER-01, LOA-01)").contains("at least 3 on 2 SKUs within 60 days");
    }

    @Test
    void size_oneSkuOnlyIsThatSkusMatterNotTheLasts() {
        Complaint c1 = tooSmall(derby, "42", 40);
        Complaint c2 = tooSmall(derby, "42", 20);
        Complaint c3 = tooSmall(derby, "42", 2);
        VERIFIER.verifyThat(RuleNames.REPEAT_SIZE).given(derby, loafer, c1, c2, c3).doesNotFire();
    }

    @Test
    void size_mixedSizesOnOneLastAreNoPattern() {
        Complaint c1 = tooSmall(derby, "41", 40);
        Complaint c2 = tooSmall(loafer, "42", 20);
        Complaint c3 = tooSmall(desert, "43", 2);
        VERIFIER.verifyThat(RuleNames.REPEAT_SIZE).given(derby, loafer, desert, c1, c2, c3).doesNotFire();
    }

    @Test
    void size_ukAndUsSizesAreComparedOnTheEuScale() {
        Complaint eu = tooSmall(derby, "42", 30);
        Complaint uk = aComplaint().on(loafer).withDefect("FIT_COMFORT").inSize("8", SizeSystem.UK).receivedDaysAgo(20).build();
        Complaint us = aComplaint().on(desert).withDefect("SIZING").inSize("9", SizeSystem.US).receivedDaysAgo(10).build();
        Complaint usHalfLarger = aComplaint().on(desert).withDefect("SIZING").inSize("9.5", SizeSystem.US)
                .receivedDaysAgo(9).build();
        AssessmentAssertion v = VERIFIER.given(derby, loafer, desert, eu, uk, us, usHalfLarger)
                .expectFinding(SIZE, LAST_KEY, null, eu, uk, us)
                .expectNoFinding(SIZE, "last L-7105, EU 42.5", null);
        assertThat(v.assessment().findings(SIZE).get(0).reason())
                .startsWith("Size EU 42 on last L-7105 runs small (1 of 3 say so): 3 fit complaints (FIT_COMFORT, SIZING)");
    }

    @Test
    void size_windowOf60DaysHoldsOneSecondMoreDoesNot() {
        Complaint first = tooSmall(derby, "42", 80);
        Complaint middle = tooSmall(loafer, "42", 50);
        Complaint onTheBoundary = aComplaint().on(derby).withDefect("SIZING").inSize("42")
                .receivedAt(first.receivedAt().plus(Duration.ofDays(60))).build();
        VERIFIER.given(derby, loafer, first, middle, onTheBoundary).expectFinding(SIZE, LAST_KEY, null, first, middle, onTheBoundary);

        Complaint justOutside = aComplaint().on(derby).withDefect("SIZING").inSize("42")
                .receivedAt(first.receivedAt().plus(Duration.ofDays(60)).plusSeconds(1)).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_SIZE).given(derby, loafer, first, middle, justOutside).doesNotFire();
    }

    @Test
    void size_withoutALastTheProductLineStandsInForIt() {
        Product black = aProduct("CHB-41", "Chelsea boot").build();
        Product brown = aProduct("CHB-42", "Chelsea boot").build();
        Complaint c1 = aComplaint().on(black).withDefect("SIZING").inSize("44").fitting(FitDirection.LARGE).receivedDaysAgo(9).build();
        Complaint c2 = aComplaint().on(brown).withDefect("SIZING").inSize("44").fitting(FitDirection.LARGE).receivedDaysAgo(6).build();
        Complaint c3 = aComplaint().on(brown).withDefect("SIZING").inSize("44").receivedDaysAgo(3).build();
        AssessmentAssertion v = VERIFIER.given(black, brown, c1, c2, c3)
                .expectFinding(SIZE, "line Chelsea boot, EU 44", null, c1, c2, c3);
        assertThat(v.assessment().findings(SIZE).get(0).reason())
                .startsWith("Size EU 44 on product line 'Chelsea boot' (its last not known) runs large (2 of 3 say so)");
    }

    @Test
    void size_complaintsThatDisagreeOnTheDirectionAreSaidToDisagree() {
        Complaint c1 = tooSmall(derby, "42", 9);
        Complaint c2 = aComplaint().on(loafer).withDefect("SIZING").inSize("42").fitting(FitDirection.LARGE).receivedDaysAgo(6).build();
        Complaint c3 = aComplaint().on(desert).withDefect("SIZING").inSize("42").receivedDaysAgo(3).build();
        AssessmentAssertion v = VERIFIER.given(derby, loafer, desert, c1, c2, c3);
        assertThat(v.assessment().findings(SIZE)).singleElement().satisfies(f -> assertThat(f.reason())
                .startsWith("Size EU 42 on last L-7105 is said to run small by 1 and large by 1:"));
    }

    @Test
    void size_aDefectThatIsNoFitMatterDoesNotCountEvenWithASize() {
        Complaint c1 = tooSmall(derby, "42", 9);
        Complaint c2 = tooSmall(loafer, "42", 6);
        Complaint seam = aComplaint().on(desert).withDefect("STITCHING").inSize("42").receivedDaysAgo(3).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_SIZE).given(derby, loafer, desert, c1, c2, seam).doesNotFire();
    }

    @Test
    void size_aTaxonomyCodeThatNamesTheDirectionSaysIt() {
        io.welt.complaints.model.DefectCategory runsSmall = new io.welt.complaints.model.DefectCategory("RUNS_SMALL",
                "Runs small", io.welt.complaints.model.ProcessStage.LASTING, false, false, false, false,
                io.welt.complaints.model.Severity.MEDIUM);
        RulesVerifier verifier = RulesVerifier.forRules(ComplaintRules.builder().categories(runsSmall).build());
        Complaint c1 = aComplaint().on(derby).withDefect("RUNS_SMALL").inSize("42").receivedDaysAgo(9).build();
        Complaint c2 = aComplaint().on(loafer).withDefect("RUNS_SMALL").inSize("42").receivedDaysAgo(6).build();
        Complaint c3 = aComplaint().on(desert).withDefect("RUNS_SMALL").inSize("42").receivedDaysAgo(3).build();
        Complaint noSize = aComplaint().on(desert).withDefect("RUNS_SMALL").receivedDaysAgo(2).build();
        AssessmentAssertion v = verifier.given(derby, loafer, desert, c1, c2, c3, noSize)
                .expectFinding(SIZE, LAST_KEY, null, c1, c2, c3);
        assertThat(v.assessment().findings(SIZE).get(0).reason()).contains("runs small (3 of 3 say so)");
    }

    @Test
    void size_policyOfTwoComplaintsOnThreeSkus() {
        ComplaintRules rules = ComplaintRules.builder()
                .policy(Policy.builder().sizeRepeat(2, 3, Duration.ofDays(30)).build()).build();
        Complaint c1 = tooSmall(derby, "42", 20);
        Complaint c2 = tooSmall(loafer, "42", 10);
        RulesVerifier verifier = RulesVerifier.forRules(rules);
        verifier.verifyThat(RuleNames.REPEAT_SIZE).given(derby, loafer, desert, c1, c2).doesNotFire();
        Complaint c3 = tooSmall(desert, "42", 5);
        verifier.given(derby, loafer, desert, c1, c2, c3).expectFinding(SIZE, LAST_KEY, null, c1, c2, c3);
    }

    @Test
    void proposeLastAndGradingCheck_andSizeChartNote_forASizeFindingOnly() {
        Complaint c1 = tooSmall(derby, "42", 50);
        Complaint c2 = tooSmall(loafer, "42", 30);
        Complaint c3 = tooSmall(desert, "42", 5);
        Assessment assessment = VERIFIER.given(derby, loafer, desert, c1, c2, c3)
                .expectSystemicOption(SIZE, LAST_KEY, null, SystemicActionType.DESIGN_CHANGE)
                .expectSystemicOption(SIZE, LAST_KEY, null, SystemicActionType.LABELLING_CHANGE)
                .assessment();
        String problem = assessment.problemOf(assessment.findings(SIZE).get(0).id()).orElseThrow().id();
        assertThat(assessment.systemicOptions(problem))
                .filteredOn(o -> o.rule().equals(RuleNames.PROPOSE_LAST_AND_GRADING_CHECK))
                .singleElement().satisfies(o -> assertThat(o.reason()).contains("measure the last and its grading"));
        Complaint s1 = aComplaint().on(derby).withDefect("STITCHING").receivedDaysAgo(9).build();
        Complaint s2 = aComplaint().on(derby).withDefect("STITCHING").receivedDaysAgo(6).build();
        Complaint s3 = aComplaint().on(derby).withDefect("STITCHING").receivedDaysAgo(3).build();
        VERIFIER.verifyThat(RuleNames.PROPOSE_LAST_AND_GRADING_CHECK).given(derby, s1, s2, s3).doesNotFire();
        VERIFIER.verifyThat(RuleNames.PROPOSE_SIZE_CHART_NOTE).given(derby, s1, s2, s3).doesNotFire();
    }
}
