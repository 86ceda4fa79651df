package io.welt.complaints.rules;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.ActionSuperseded;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.CustomerRecovery;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.FollowUpKind;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.Recovery;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseCategory;
import io.welt.complaints.test.AssessmentAssertion;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.welt.complaints.model.EscalationLevel.FRONTLINE;
import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.Verdict.EFFECTIVE;
import static io.welt.complaints.model.Verdict.INCONCLUSIVE;
import static io.welt.complaints.model.Verdict.INEFFECTIVE;
import static io.welt.complaints.model.Verdict.IN_VERIFICATION;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * corrective-actions.drl as a quality engineer signs a verification: revised units from production
 * data, samples of revised batches judged against their ISO 2859-1 plan, call-backs as a verdict line
 * of their own, and a later action superseding a failed one. NOW is 2026-03-01.
 */
class VerificationRulesTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Product chelseaBrown = aProduct("CH-43", "Chelsea boot").build();
    /** Made after the change, 400 pairs: ISO 2859-1 level II gives code letter H, a sample of 50; AQL 1.0: Ac 1, Re 2. */
    private final Batch firstRevised = new Batch("B-R1", "CH-42", LocalDate.of(2025, 11, 10), 400, null, List.of());
    /** Made after the change too, of another SKU of the line; no complaint names it. */
    private final Batch laterRevised = new Batch("B-R2", "CH-43", LocalDate.of(2025, 12, 2), 900, null, List.of());

    private FollowUp sample(int size, int defects) {
        return new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "sample the first revised batch", LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 11, 25), null, null, size, defects);
    }

    private FollowUp callBack(Boolean satisfied, LocalDate doneOn, String result) {
        return new FollowUp(FollowUpKind.CUSTOMER_CALLBACK, "call the complainants", LocalDate.of(2025, 12, 15), doneOn,
                satisfied, result);
    }

    /** Stitch length and a pull test on the Chelsea boot line, effective 2025-11-01, watched 90 days (to 2026-01-30). */
    private CorrectiveAction stitchChange(String id, LocalDate effective, List<FollowUp> followUps) {
        return new CorrectiveAction(id, ActionScope.PRODUCT_LINE, "Chelsea boot", "STITCHING", "Stitch length 3.5 mm",
                "Closing supervisor", EscalationLevel.TEAM_LEADER, effective, List.of(), followUps, 90, "RC-1");
    }

    private String reason(AssessmentAssertion v, CorrectiveAction action) {
        return v.assessment().verification(action.id()).orElseThrow().reason();
    }

    @Test
    void productionData_everyRevisedBatchCounts_notOnlyThoseComplaintsName() {
        CorrectiveAction action = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of());
        AssessmentAssertion v = VERIFIER.given(chelsea, chelseaBrown, firstRevised, laterRevised, action)
                .expectVerdict(action, EFFECTIVE);
        assertThat(reason(v, action)).contains("1300 units made in 2 batches after the change");
        Batch beforeTheChange = new Batch("B-OLD", "CH-43", LocalDate.of(2025, 10, 1), 900, null, List.of());
        AssessmentAssertion tooFew = VERIFIER.given(chelsea, chelseaBrown, beforeTheChange, action)
                .expectVerdict(action, INCONCLUSIVE);
        assertThat(reason(tooFew, action)).contains("only 0 units made in 0 batches after the change");
    }

    @Test
    void sampleAccepted_byItsPlan_andThePlanIsInTheVerdict() {
        CorrectiveAction action = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(sample(50, 1)));
        AssessmentAssertion v = VERIFIER.given(chelsea, chelseaBrown, firstRevised, laterRevised, action)
                .expectVerdict(action, EFFECTIVE);
        assertThat(reason(v, action)).contains("sample of 50 from batch B-R1 (400 units, made 2025-11-10), 1 defective: accepted")
                .contains("code letter H, sample 50, AQL 1.0: Ac 1, Re 2");
    }

    @Test
    void sampleRejected_theRootCauseIsStillThere_atOnce_andReopens() {
        CorrectiveAction action = stitchChange("CA-1", LocalDate.of(2026, 1, 20), List.of(
                new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 5),
                        null, null, 50, 2)));
        Batch revisedInJanuary = new Batch("B-R3", "CH-42", LocalDate.of(2026, 1, 25), 400, null, List.of());
        RootCause cause = new RootCause("RC-1", RootCauseCategory.PROCESS, "Stitch too long", List.of(), true, null,
                List.of(), List.of());
        AssessmentAssertion v = VERIFIER.given(chelsea, revisedInJanuary, action, cause)
                .expectVerdict(action, INEFFECTIVE)
                .expectActionEscalation(action, QUALITY_MANAGER);
        assertThat(reason(v, action)).contains("2 defective: rejected, at or above Re 2");
        assertThat(v.assessment().verification("CA-1").orElseThrow().rule()).isEqualTo(RuleNames.VERIFY_SAMPLE_REJECTED);
        assertThat(v.assessment().reopenedRootCauses()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("a sample of its revised goods was rejected"));
        // One defective fewer: accepted, and the window still open.
        CorrectiveAction accepted = stitchChange("CA-1", LocalDate.of(2026, 1, 20), List.of(
                new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 5),
                        null, null, 50, 1)));
        VERIFIER.given(chelsea, revisedInJanuary, accepted, cause).expectVerdict(accepted, IN_VERIFICATION)
                .expectActionEscalation(accepted, FRONTLINE);
    }

    @Test
    void sampleCountsAndPassFlagDisagreeing_theCountsDecideOrTheQuestionIsAsked() {
        FollowUp markedFailed = new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "", LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 11, 25), false, null, 50, 1);
        CorrectiveAction failedButAccepted = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(markedFailed));
        AssessmentAssertion v = VERIFIER.given(chelsea, chelseaBrown, firstRevised, laterRevised, failedButAccepted)
                .expectVerdict(failedButAccepted, INCONCLUSIVE);
        assertThat(reason(v, failedButAccepted)).contains("is marked failed, but its sample of 50 from batch B-R1")
                .contains("is accepted by its plan");
        FollowUp markedPassed = new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "", LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 11, 25), true, null, 50, 3);
        CorrectiveAction passedButRejected = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(markedPassed));
        AssessmentAssertion w = VERIFIER.given(chelsea, chelseaBrown, firstRevised, laterRevised, passedButRejected)
                .expectVerdict(passedButRejected, INEFFECTIVE);
        assertThat(reason(w, passedButRejected)).contains("3 defective: rejected").contains("(although marked passed)");
    }

    @Test
    void sampleSmallerThanItsPlan_isInconclusive() {
        CorrectiveAction action = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(sample(10, 0)));
        AssessmentAssertion v = VERIFIER.given(chelsea, chelseaBrown, firstRevised, laterRevised, action)
                .expectVerdict(action, INCONCLUSIVE);
        assertThat(reason(v, action)).contains("a sample of 10 from batch B-R1").contains("is smaller than its plan asks")
                .contains("sample 50");
    }

    @Test
    void sampleWithoutALotSize_hasNoPlanToBeJudgedBy() {
        CorrectiveAction action = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(sample(50, 0)));
        Batch quantityUnknown = new Batch("B-R1", "CH-42", LocalDate.of(2025, 11, 10), null, null, List.of());
        AssessmentAssertion v = VERIFIER.given(chelsea, quantityUnknown, action).expectVerdict(action, INCONCLUSIVE);
        assertThat(reason(v, action)).contains("no ISO 2859-1 plan to judge the sample against");
    }

    @Test
    void sampledUnitsCount_asRevisedUnitsKnown_whenProductionDataIsShort() {
        // 60 pairs known in B-R1 (lot 60: code letter E, sample 13, AQL 1.0: Ac 0, Re 1); B-R2's quantity is not in
        // the export, but the quality engineer sampled 100 pairs of revised production.
        Batch known = new Batch("B-R1", "CH-42", LocalDate.of(2025, 11, 10), 60, null, List.of());
        Batch unknown = new Batch("B-R2", "CH-43", LocalDate.of(2025, 11, 20), null, null, List.of());
        CorrectiveAction action = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(sample(100, 0)));
        AssessmentAssertion v = VERIFIER.given(chelsea, chelseaBrown, known, unknown, action)
                .expectVerdict(action, EFFECTIVE);
        assertThat(reason(v, action)).contains("code letter E, sample 13, AQL 1.0: Ac 0, Re 1")
                .contains("60 units made in 1 batch after the change, 100 sampled");
        CorrectiveAction notSampled = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of());
        VERIFIER.given(chelsea, chelseaBrown, known, unknown, notSampled).expectVerdict(notSampled, INCONCLUSIVE);
    }

    @Test
    void callBacks_aVerdictLineOfTheirOwn() {
        CorrectiveAction unhappy = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(sample(50, 0),
                callBack(false, LocalDate.of(2025, 12, 12), "2 of 5 still unhappy")));
        AssessmentAssertion v = VERIFIER.given(chelsea, chelseaBrown, firstRevised, laterRevised, unhappy)
                .expectVerdict(unhappy, EFFECTIVE);
        assertThat(recovery(v)).isEqualTo(Recovery.NOT_RECOVERED);

        CorrectiveAction happy = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(
                callBack(true, LocalDate.of(2025, 12, 12), "5 of 5 satisfied")));
        assertThat(recovery(VERIFIER.given(chelsea, firstRevised, happy))).isEqualTo(Recovery.RECOVERED);

        CorrectiveAction notYet = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(
                callBack(true, LocalDate.of(2025, 12, 12), "3 of 3 satisfied"), callBack(null, null, null)));
        assertThat(recovery(VERIFIER.given(chelsea, firstRevised, notYet))).isEqualTo(Recovery.PENDING);

        CorrectiveAction noCalls = stitchChange("CA-1", LocalDate.of(2025, 11, 1), List.of(sample(50, 0)));
        assertThat(VERIFIER.given(chelsea, firstRevised, noCalls).assessment().conclusions(CustomerRecovery.class)).isEmpty();
    }

    private static Recovery recovery(AssessmentAssertion v) {
        List<CustomerRecovery> all = v.assessment().conclusions(CustomerRecovery.class);
        assertThat(all).hasSize(1);
        return all.get(0).recovery();
    }

    @Test
    void supersession_aLaterActionOnTheSameScopeAndDefectTakesOverAFailedOne() {
        CorrectiveAction first = stitchChange("CA-1", LocalDate.of(2025, 10, 1), List.of());
        CorrectiveAction second = stitchChange("CA-2", LocalDate.of(2026, 2, 10), List.of());
        Complaint recurrence = aComplaint().from(firstRevised).onLine("Chelsea boot").withDefect("STITCHING")
                .receivedDaysAgo(60).acknowledgedAfterHours(1).resolvedAfterDays(1).build();
        AssessmentAssertion v = VERIFIER.given(chelsea, firstRevised, first, second, recurrence)
                .expectVerdict(first, INEFFECTIVE)
                .expectVerdict(second, IN_VERIFICATION)
                .expectActionEscalation(first, FRONTLINE);
        assertThat(reason(v, first)).endsWith("superseded by CA-2 (effective 2026-02-10), whose verdict now decides");
        assertThat(v.assessment().conclusions(ActionSuperseded.class)).singleElement().satisfies(s -> {
            assertThat(s.actionId()).isEqualTo("CA-1");
            assertThat(s.supersededBy()).isEqualTo("CA-2");
            assertThat(s.reason()).isEqualTo("CA-2 (effective 2026-02-10) takes over STITCHING on PRODUCT_LINE Chelsea boot"
                    + " from CA-1, which did not work");
        });
        // Alone, the failed action still goes to the quality manager; a later action on another defect supersedes nothing.
        CorrectiveAction otherDefect = new CorrectiveAction("CA-3", ActionScope.PRODUCT_LINE, "Chelsea boot", "SOLE_SEPARATION",
                "", null, null, LocalDate.of(2026, 2, 10), List.of(), List.of(), 90, null);
        VERIFIER.given(chelsea, firstRevised, first, otherDefect, recurrence)
                .expectActionEscalation(first, QUALITY_MANAGER);
        VERIFIER.verifyThat(RuleNames.VERIFY_SUPERSEDED).given(chelsea, firstRevised, first, otherDefect, recurrence)
                .doesNotFire();
    }

    @Test
    void componentLot_aThreadLotNamedByComplaintsRecursAfterALotAction() {
        CorrectiveAction newThread = new CorrectiveAction("CA-1", ActionScope.MATERIAL_LOT, "TH-2207", "STITCHING",
                "Thread lot TH-2207 withdrawn", null, null, LocalDate.of(2025, 11, 1), List.of(), List.of(), 90, null);
        Batch threaded = new Batch("B-T", "CH-42", LocalDate.of(2025, 12, 1), 500, null,
                List.of(new MaterialLot("HL-1", "Hartley Tannery", null)));
        Complaint named = aComplaint().from(threaded).onLine("Chelsea boot").withDefect("STITCHING").withComponentLot("TH-2207")
                .receivedDaysAgo(20).build();
        Complaint notNamed = aComplaint().from(threaded).onLine("Chelsea boot").withDefect("STITCHING").receivedDaysAgo(19).build();
        AssessmentAssertion v = VERIFIER.given(chelsea, threaded, newThread, named, notNamed)
                .expectVerdict(newThread, INEFFECTIVE);
        assertThat(v.assessment().verification("CA-1").orElseThrow().recurrences()).containsExactly(named.id());
    }
}
