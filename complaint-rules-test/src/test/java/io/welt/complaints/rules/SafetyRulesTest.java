package io.welt.complaints.rules;


import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.policy.SafetyRegime;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.welt.complaints.model.SafetyActionKind.CHECK_STOCK;
import static io.welt.complaints.model.SafetyActionKind.KEEP_FOR_TESTING;
import static io.welt.complaints.model.SafetyActionKind.NOTIFY_AUTHORITY;
import static io.welt.complaints.model.SafetyActionKind.QUARANTINE_STOCK;
import static io.welt.complaints.model.SafetyActionKind.STOP_DISPATCH;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** safety.drl: one safety complaint acts at once; an ordinary complaint, or a resolved one, does not. */
class SafetyRulesTest {

    private static final RulesVerifier UK = RulesVerifier.forStandardRules();
    private static final RulesVerifier EU = RulesVerifier.forRules(ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().safetyRegime(SafetyRegime.EU_GPSR_2023_988).build()).build());

    private final Product safetyBoot = aProduct("SB-43", "Safety boot S3").safetyFootwear(true).build();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Batch batch = aBatch("B-S3-1", "SB-43").quantity(400).build();

    @Test
    void injury_keepForTestingContainBatchAndSkuNotifyWithinThreeDays() {
        Complaint toeCap = aComplaint("C-281").on(safetyBoot).from(batch).withDefect("PROTECTIVE_FAILURE").withInjury()
                .boughtDaysBefore(40).build();
        Complaint seam = aComplaint("C-282").on(chelsea).withDefect("STITCHING").boughtDaysBefore(40).build();
        Assessment assessment = UK.given(safetyBoot, chelsea, batch, toeCap, seam)
                .expectSafetyAction(toeCap, KEEP_FOR_TESTING, "ITEM")
                .expectSafetyAction(toeCap, QUARANTINE_STOCK, "BATCH").expectSafetyAction(toeCap, STOP_DISPATCH, "BATCH")
                .expectSafetyAction(toeCap, CHECK_STOCK, "BATCH")
                .expectSafetyAction(toeCap, QUARANTINE_STOCK, "SKU").expectSafetyAction(toeCap, STOP_DISPATCH, "SKU")
                .expectSafetyAction(toeCap, NOTIFY_AUTHORITY, "AUTHORITY")
                .expectNoSafetyActions(seam)
                .assessment();
        List<SafetyAction> actions = assessment.safetyActions(toeCap.id());
        assertThat(actions.get(0).kind()).isEqualTo(KEEP_FOR_TESTING);
        SafetyAction notify = actions.stream().filter(a -> a.kind() == NOTIFY_AUTHORITY).findFirst().orElseThrow();
        // The legal limit runs in calendar days from the complaint, not in office hours.
        assertThat(notify.due()).isEqualTo(toeCap.receivedAt().plus(Duration.ofDays(3)));
        assertThat(notify.key()).isEqualTo("UK General Product Safety Regulations 2005");
        assertThat(notify.reason()).contains("reg. 9(1) and (3)", "serious risk", "trading standards",
                "the notice must contain: information identifying the product and batch precisely");
        assertThat(actions).filteredOn(a -> a.scope().equals("BATCH")).allMatch(a -> a.key().equals("B-S3-1"));
    }

    @Test
    void protectiveFailureWithoutInjury_decideAfterTestingWithinTenDaysUnderTheEuRegulation() {
        Complaint slippery = aComplaint("C-3").on(safetyBoot).withDefect("PROTECTIVE_FAILURE").boughtDaysBefore(25).build();
        Assessment assessment = EU.given(safetyBoot, slippery)
                .expectSafetyAction(slippery, KEEP_FOR_TESTING, "ITEM")
                .expectSafetyAction(slippery, QUARANTINE_STOCK, "SKU")
                .expectSafetyAction(slippery, NOTIFY_AUTHORITY, "AUTHORITY")
                .assessment();
        // No batch known: no batch to hold, the SKU is held instead.
        assertThat(assessment.safetyActions(slippery.id())).noneMatch(a -> a.scope().equals("BATCH"));
        SafetyAction notify = assessment.safetyActions(slippery.id()).stream()
                .filter(a -> a.kind() == NOTIFY_AUTHORITY).findFirst().orElseThrow();
        assertThat(notify.due()).isEqualTo(slippery.receivedAt().plus(Duration.ofDays(10)));
        assertThat(notify.reason()).contains("Safety Business Gateway", "Arts. 9(8) and 20", "test the kept item");
    }

    @Test
    void safetyFootwear_aFunctionalFailureStartsThePathwayACosmeticMarkDoesNot() {
        Complaint sole = aComplaint().on(safetyBoot).withDefect("SOLE_SEPARATION").boughtDaysBefore(100).build();
        Complaint scuff = aComplaint().on(safetyBoot).withDefect("FINISH_PEELING").boughtDaysBefore(100).build();
        Complaint ordinarySole = aComplaint().on(chelsea).withDefect("SOLE_SEPARATION").boughtDaysBefore(100).build();
        UK.given(safetyBoot, chelsea, sole, scuff, ordinarySole)
                .expectSafetyAction(sole, KEEP_FOR_TESTING, "ITEM")
                .expectNoSafetyActions(scuff)
                .expectNoSafetyActions(ordinarySole);
    }

    @Test
    void resolved_aSafetyComplaintAlreadyResolvedAsksForNothingMore() {
        Complaint done = aComplaint().on(safetyBoot).withDefect("PROTECTIVE_FAILURE").receivedDaysAgo(10)
                .resolvedAfterDays(2).build();
        UK.given(safetyBoot, done).expectNoSafetyActions(done);
    }

    @Test
    void containment_dueWithinTheContainmentTimeInOfficeHours() {
        // Friday 2026-02-27 16:00 UTC (16:00 in London): 4 working hours end on Monday at 11:30.
        Complaint friday = aComplaint().on(safetyBoot).from(batch).withDefect("PROTECTIVE_FAILURE")
                .receivedAt(Instant.parse("2026-02-27T16:00:00Z")).build();
        Assessment assessment = UK.given(safetyBoot, batch, friday).assessment();
        SafetyAction hold = assessment.safetyActions(friday.id()).stream()
                .filter(a -> a.kind() == QUARANTINE_STOCK && a.scope().equals("BATCH")).findFirst().orElseThrow();
        assertThat(hold.due()).isEqualTo(Instant.parse("2026-03-02T11:30:00Z"));
        assertThat(hold.rule()).isEqualTo(RuleNames.SAFETY_CONTAIN_BATCH);
    }
}
