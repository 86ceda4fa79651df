package io.welt.complaints.rules;

import static io.welt.complaints.model.FindingScope.MATERIAL_LOT;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.test.AssessmentAssertion;
import io.welt.complaints.test.RulesVerifier;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * repeats.drl, component lots: a stitching fault is not material-related, but a complaint that names
 * the thread lot makes it so for that complaint, and a thread lot is implicated across lines as a
 * hide lot's cracking is.
 */
class ComponentLotRulesTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Product tote = aProduct("TO-1", "Tote bag").build();

    private Complaint frayedThread(Product product, long daysAgo) {
        return aComplaint().on(product).withDefect("STITCHING").withComponentLot("TH-2207")
                .describedAs("thread looks frayed").receivedDaysAgo(daysAgo).build();
    }

    @Test
    void componentLot_aThreadLotNamedInTwoLinesIsImplicated() {
        Complaint boot = frayedThread(chelsea, 40);
        Complaint bag = frayedThread(tote, 10);
        AssessmentAssertion v = VERIFIER.given(chelsea, tote, boot, bag)
                .expectFinding(MATERIAL_LOT, "TH-2207", "STITCHING", boot, bag);
        assertThat(v.assessment().findings(MATERIAL_LOT)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleNames.REPEAT_COMPONENT_LOT);
            assertThat(f.reason()).startsWith("2 STITCHING complaints traced to component lot TH-2207 span 2 product lines"
                    + " (Chelsea boot, Tote bag)").contains("which makes the defect material-related for it");
        });
    }

    @Test
    void componentLot_batchesSharingTheThreadLotAloneDoNotImplicateIt() {
        // Both batches were sewn with TH-2207, but no complaint names it: stitching is workmanship until traced.
        MaterialLot thread = new MaterialLot("TH-2207", "Linwood Threads", "bonded nylon thread");
        Batch boots = new Batch("B-1", "CH-42", LocalDate.of(2025, 11, 1), 400, null, List.of(thread));
        Batch bags = new Batch("B-2", "TO-1", LocalDate.of(2025, 11, 5), 300, null, List.of(thread));
        Complaint boot = aComplaint().from(boots).onLine("Chelsea boot").withDefect("STITCHING").receivedDaysAgo(40).build();
        Complaint bag = aComplaint().from(bags).onLine("Tote bag").withDefect("STITCHING").receivedDaysAgo(10).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_COMPONENT_LOT).given(chelsea, tote, boots, bags, boot, bag).doesNotFire();
        VERIFIER.given(chelsea, tote, boots, bags, boot, bag).expectNoFinding(MATERIAL_LOT, "TH-2207", "STITCHING");
        // One of them naming the lot is not enough: one line only.
        Complaint named = aComplaint().from(boots).onLine("Chelsea boot").withDefect("STITCHING").withComponentLot("TH-2207")
                .receivedDaysAgo(30).build();
        VERIFIER.verifyThat(RuleNames.REPEAT_COMPONENT_LOT).given(chelsea, tote, boots, bags, boot, bag, named).doesNotFire();
    }

    @Test
    void componentLot_outsideTheSupplierWindowIsNoPattern() {
        Complaint boot = frayedThread(chelsea, 100);
        Complaint bag = frayedThread(tote, 10);
        VERIFIER.verifyThat(RuleNames.REPEAT_COMPONENT_LOT).given(chelsea, tote, boot, bag).doesNotFire();
    }

    @Test
    void componentLot_ofAMaterialDefectJoinsTheLotsOwnFinding() {
        Complaint boot = aComplaint().on(chelsea).withDefect("GRAIN_CRACKING").withComponentLot("HL-9").receivedDaysAgo(20).build();
        Complaint bag = aComplaint().on(tote).withDefect("GRAIN_CRACKING").withComponentLot("HL-9").receivedDaysAgo(10).build();
        AssessmentAssertion v = VERIFIER.given(chelsea, tote, boot, bag)
                .expectFinding(MATERIAL_LOT, "HL-9", "GRAIN_CRACKING", boot, bag);
        assertThat(v.assessment().findings(MATERIAL_LOT)).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(RuleNames.REPEAT_MATERIAL_LOT));
    }
}
