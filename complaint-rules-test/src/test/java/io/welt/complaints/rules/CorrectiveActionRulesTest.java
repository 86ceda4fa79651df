package io.welt.complaints.rules;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.FollowUpKind;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseCategory;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.welt.complaints.model.EscalationLevel.FRONTLINE;
import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.EscalationLevel.TEAM_LEADER;
import static io.welt.complaints.model.Verdict.EFFECTIVE;
import static io.welt.complaints.model.Verdict.INCONCLUSIVE;
import static io.welt.complaints.model.Verdict.INEFFECTIVE;
import static io.welt.complaints.model.Verdict.IN_VERIFICATION;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** corrective-actions.drl: each verdict, old stock, recurrences, overdue follow-ups. NOW is 2026-03-01. */
class CorrectiveActionRulesTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final FollowUp sampled = new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "sample 32 pairs",
            LocalDate.of(2025, 12, 1), LocalDate.of(2025, 11, 28), true, "0 seam failures in 32 pairs");
    private final FollowUp calledBack = new FollowUp(FollowUpKind.CUSTOMER_CALLBACK, "call the 5 complainants",
            LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 10), true, "5 of 5 satisfied");
    private final Batch revised = new Batch("B-NEW", "CH-42", LocalDate.of(2025, 11, 10), 600, null, List.of());
    private final Batch oldStock = new Batch("B-OLD", "CH-42", LocalDate.of(2025, 9, 1), 600, null, List.of());

    /** A thread-gauge change on the Chelsea boot line, effective 2025-11-01, watched for 90 days (to 2026-01-30). */
    private CorrectiveAction threadChange(List<FollowUp> followUps) {
        return action(LocalDate.of(2025, 11, 1), followUps);
    }

    private CorrectiveAction action(LocalDate effective, List<FollowUp> followUps) {
        return new CorrectiveAction("CA-1", ActionScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
                "Thread gauge 30, 8 stitches per cm on closing line 2", "Closing supervisor", EscalationLevel.TEAM_LEADER,
                effective, List.of("Held 340 pairs"), followUps, 90, "RC-1");
    }

    private Complaint seamFrom(Batch batch, long daysAgo) {
        return aComplaint().from(batch).onLine("Chelsea boot").withDefect("STITCHING").receivedDaysAgo(daysAgo)
                .acknowledgedAfterHours(1).resolvedAfterDays(1).build();
    }

    @Test
    void ineffective_aSeamFailureOnABatchMadeAfterTheChange() {
        CorrectiveAction action = threadChange(List.of(sampled, calledBack));
        RootCause cause = new RootCause("RC-1", RootCauseCategory.PROCESS, "Thread too thin on line 2", List.of(),
                true, "closing inspection", List.of(), List.of());
        Complaint recurrence = seamFrom(revised, 40);
        var assessment = VERIFIER.given(chelsea, revised, action, cause, recurrence)
                .expectVerdict(action, INEFFECTIVE)
                .expectActionEscalation(action, QUALITY_MANAGER)
                .assessment();
        assertThat(assessment.verification("CA-1").orElseThrow().recurrences()).containsExactly(recurrence.id());
        assertThat(assessment.recurrences()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("made in batch B-NEW on 2025-11-10"));
        assertThat(assessment.reopenedRootCauses()).singleElement()
                .satisfies(r -> assertThat(r.rootCauseId()).isEqualTo("RC-1"));
    }

    @Test
    void oldStock_aFailureOnABatchMadeBeforeTheChangeIsNoRecurrence() {
        CorrectiveAction action = threadChange(List.of(sampled, calledBack));
        Complaint fromOldStock = seamFrom(oldStock, 40);
        Batch moreRevised = new Batch("B-NEW2", "CH-42", LocalDate.of(2025, 12, 1), 600, null, List.of());
        VERIFIER.given(chelsea, revised, moreRevised, oldStock, action, fromOldStock)
                .expectVerdict(action, EFFECTIVE)
                .expectActionEscalation(action, FRONTLINE);
        VERIFIER.verifyThat(RuleNames.VERIFY_RECURRENCE).given(chelsea, oldStock, action, fromOldStock).doesNotFire();
    }

    @Test
    void noBatchKnown_onlyComplaintsReceivedAfterTheLagRecur() {
        CorrectiveAction action = action(LocalDate.of(2026, 1, 15), List.of());
        Complaint soonAfter = aComplaint().on(chelsea).withDefect("STITCHING").receivedAt(
                java.time.Instant.parse("2026-02-10T10:00:00Z")).build();
        Complaint wellAfter = aComplaint().on(chelsea).withDefect("STITCHING").receivedAt(
                java.time.Instant.parse("2026-02-20T10:00:00Z")).build();
        VERIFIER.given(chelsea, action, soonAfter).expectVerdict(action, IN_VERIFICATION);
        var assessment = VERIFIER.given(chelsea, action, soonAfter, wellAfter).expectVerdict(action, INEFFECTIVE).assessment();
        assertThat(assessment.verification("CA-1").orElseThrow().recurrences()).containsExactly(wellAfter.id());
    }

    @Test
    void otherDefectsAndOtherLinesAreNotRecurrences() {
        CorrectiveAction action = threadChange(List.of(sampled, calledBack));
        Product derby = aProduct("DB-41", "Derby shoe").build();
        Batch derbyBatch = new Batch("B-DB", "DB-41", LocalDate.of(2025, 12, 1), 600, null, List.of());
        Complaint sizing = aComplaint().from(revised).onLine("Chelsea boot").withDefect("SIZING").receivedDaysAgo(30).build();
        Complaint otherLine = aComplaint().from(derbyBatch).onLine("Derby shoe").withDefect("STITCHING").receivedDaysAgo(30).build();
        VERIFIER.given(chelsea, derby, revised, derbyBatch, action, sizing, otherLine).expectVerdict(action, EFFECTIVE);
    }

    @Test
    void inVerification_untilTheWindowCloses() {
        CorrectiveAction recent = action(LocalDate.of(2026, 2, 1), List.of());
        VERIFIER.given(chelsea, revised, recent).expectVerdict(recent, IN_VERIFICATION);
    }

    @Test
    void aFailedCallBack_isTheCustomersLine_theRootCauseIsStillJudgedOnItsOwn() {
        FollowUp unhappy = new FollowUp(FollowUpKind.CUSTOMER_CALLBACK, "call the 5 complainants",
                LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 12), false, "2 of 5 still unhappy");
        CorrectiveAction action = threadChange(List.of(sampled, unhappy));
        var assessment = VERIFIER.given(chelsea, revised, action).expectVerdict(action, EFFECTIVE).assessment();
        assertThat(assessment.verification("CA-1").orElseThrow().reason()).doesNotContain("CUSTOMER_CALLBACK");
        assertThat(assessment.conclusions(io.welt.complaints.model.CustomerRecovery.class)).singleElement().satisfies(r -> {
            assertThat(r.recovery()).isEqualTo(io.welt.complaints.model.Recovery.NOT_RECOVERED);
            assertThat(r.rule()).isEqualTo(RuleNames.VERIFY_CUSTOMERS_NOT_RECOVERED);
            assertThat(r.reason()).contains("2 of 5 still unhappy");
        });
    }

    @Test
    void inconclusive_tooFewRevisedUnits() {
        Batch tiny = new Batch("B-TINY", "CH-42", LocalDate.of(2025, 11, 10), 40, null, List.of());
        CorrectiveAction action = threadChange(List.of(sampled, calledBack));
        var assessment = VERIFIER.given(chelsea, tiny, action).expectVerdict(action, INCONCLUSIVE).assessment();
        assertThat(assessment.verification("CA-1").orElseThrow().reason()).contains("only 40 units");
    }

    @Test
    void followUpOverdue_goesToTheLevelAboveTheOwnerAndLeavesTheVerdictInconclusive() {
        FollowUp neverDone = new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "sample 32 pairs",
                LocalDate.of(2025, 12, 1), null, null, null);
        CorrectiveAction action = new CorrectiveAction("CA-1", ActionScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
                "", "Closing supervisor", EscalationLevel.FRONTLINE, LocalDate.of(2025, 11, 1), List.of(),
                List.of(neverDone), 90, null);
        VERIFIER.given(chelsea, revised, action)
                .expectVerdict(action, INCONCLUSIVE)
                .expectActionEscalation(action, TEAM_LEADER);
        FollowUp notYetDue = new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "", LocalDate.of(2026, 3, 1), null, null, null);
        CorrectiveAction pending = action(LocalDate.of(2026, 2, 1), List.of(notYetDue));
        VERIFIER.given(chelsea, pending).expectActionEscalation(pending, FRONTLINE);
    }

    @Test
    void supplierScope_aRecurrenceThroughTheBatchesLots() {
        MaterialLot newHides = new MaterialLot("HL-2", "Tannery Arnaud", null);
        Batch made = new Batch("B-T", "CH-42", LocalDate.of(2025, 12, 1), 500, null, List.of(newHides));
        CorrectiveAction scar = new CorrectiveAction("CA-2", ActionScope.SUPPLIER, "Tannery Arnaud", "GRAIN_CRACKING",
                "Fat-liquoring corrected at the tannery", null, null, LocalDate.of(2025, 11, 1), List.of(), List.of(), 90, null);
        Complaint cracked = aComplaint().from(made).onLine("Chelsea boot").withDefect("GRAIN_CRACKING").receivedDaysAgo(10).build();
        VERIFIER.given(chelsea, made, scar, cracked).expectVerdict(scar, INEFFECTIVE);
    }
}
