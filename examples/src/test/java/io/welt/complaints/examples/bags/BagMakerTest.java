package io.welt.complaints.examples.bags;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.Severity;
import io.welt.complaints.rules.RuleNames;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import static io.welt.complaints.model.EscalationLevel.FRONTLINE;
import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.EscalationLevel.TEAM_LEADER;
import static io.welt.complaints.model.FindingScope.SUPPLIER;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** The bag maker proves their rules with the test kit, as any rule author would. */
class BagMakerTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forRules(BagMaker.rules());
    private static final String LOAD_BEARING = "Bags: load-bearing failure within a year is HIGH";
    private static final String EDGE_PAINT = "Bags: edge paint repair goes to the workshop lead";

    private final Product tote = aProduct("TT-1", "Tote bag").category(ProductCategory.BAG).build();
    private final Product satchel = aProduct("SA-1", "Satchel").category(ProductCategory.BAG).build();

    @Test
    void loadBearingFailure_strapWithinAYearIsHigh() {
        Complaint strap = aComplaint().on(tote).withDefect("STRAP_FAILURE").boughtDaysBefore(200)
                .receivedHoursAgo(2).acknowledgedAfterHours(1).build();
        Complaint oldStrap = aComplaint().on(tote).withDefect("STRAP_FAILURE").boughtDaysBefore(366)
                .receivedHoursAgo(2).acknowledgedAfterHours(1).build();
        VERIFIER.given(tote, strap, oldStrap)
                .expectSeverity(strap, Severity.HIGH).byRule(LOAD_BEARING)
                .expectEscalation(strap, TEAM_LEADER)
                .expectSeverity(oldStrap, Severity.MEDIUM);
    }

    @Test
    void ownStages_strapAndHandleAreAssemblyAMakingStage() {
        assertThat(BagMaker.STRAP_FAILURE.workStage().name()).isEqualTo("assembly");
        assertThat(BagMaker.STRAP_FAILURE.stage()).isEqualTo(ProcessStage.MAKING);
        assertThat(BagMaker.EDGE_PAINT_CRACKING.stage()).isEqualTo(ProcessStage.FINISHING);
        assertThat(BagMaker.TAXONOMY.stages()).containsExactly(BagMaker.ASSEMBLY, BagMaker.EDGE_FINISHING);
        assertThat(BagMaker.TAXONOMY.stage("Edge-Finishing")).contains(BagMaker.EDGE_FINISHING);
    }

    @Test
    void failedFix_aHandleTearAfterAStrapRepairIsRelatedAtAssemblyAZipIsNot() {
        Complaint strap = aComplaint("S-1").on(tote).withDefect("STRAP_FAILURE").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(40).receivedDaysAgo(60).resolvedAfterDays(3).build();
        Complaint handle = aComplaint("S-2").on(tote).withDefect("HANDLE_TEAR").byCustomer("CU-1").onOrder("SO-9")
                .boughtDaysBefore(100).receivedDaysAgo(1).build();
        var check = VERIFIER.verifyThat(RuleNames.TRIAGE_FAILED_FIX).given(tote, strap, handle).derives(1);
        assertThat(check.conclusions()).anyMatch(c -> c.reason().contains("a related fault (STRAP_FAILURE before, at"
                + " assembly)"));
        // Assembly works like making but is a stage of its own: a strap that tears after a repair of
        // what the log calls a sole separation (made at MAKING) is not the same fault coming back.
        Complaint base = aComplaint("B-1").on(tote).withDefect("SOLE_SEPARATION").byCustomer("CU-3").onOrder("SO-7")
                .boughtDaysBefore(40).receivedDaysAgo(60).resolvedAfterDays(3).build();
        Complaint strapAfter = aComplaint("B-2").on(tote).withDefect("STRAP_FAILURE").byCustomer("CU-3")
                .onOrder("SO-7").boughtDaysBefore(100).receivedDaysAgo(1).build();
        VERIFIER.verifyThat(RuleNames.TRIAGE_FAILED_FIX).given(tote, base, strapAfter).doesNotFire();
        // A zip is set at closing: a handle that tears after a zip repair is another fault.
        Complaint zip = aComplaint("Z-1").on(tote).withDefect("ZIP_FAILURE").byCustomer("CU-2").onOrder("SO-8")
                .boughtDaysBefore(40).receivedDaysAgo(60).resolvedAfterDays(3).build();
        Complaint tear = aComplaint("Z-2").on(tote).withDefect("HANDLE_TEAR").byCustomer("CU-2").onOrder("SO-8")
                .boughtDaysBefore(100).receivedDaysAgo(1).build();
        VERIFIER.verifyThat(RuleNames.TRIAGE_FAILED_FIX).given(tote, zip, tear).doesNotFire();
    }

    @Test
    void loadBearingFailure_zipIsNotLoadBearing() {
        Complaint zip = aComplaint().on(tote).withDefect("ZIP_FAILURE").boughtDaysBefore(30).build();
        VERIFIER.verifyThat(LOAD_BEARING).given(tote, zip).doesNotFire();
    }

    /** The README's example of one rule: it rests on the strap, never on the zip. */
    @Test
    void loadBearingFailure_isDerivedFromTheStrapAloneNeverFromTheZip() {
        Complaint strap = aComplaint().on(tote).withDefect("STRAP_FAILURE").boughtDaysBefore(200)
                .receivedHoursAgo(2).acknowledgedAfterHours(1).build();
        Complaint zip = aComplaint().on(tote).withDefect("ZIP_FAILURE").boughtDaysBefore(30).build();
        VERIFIER.verifyThat(LOAD_BEARING).given(tote, strap, zip)
                .fires().derivedFrom(strap).notDerivedFrom(zip);
    }

    @Test
    void edgePaintRepair_goesToTheWorkshopLeadOnlyWhenARepairIsAsked() {
        Complaint repair = aComplaint().on(satchel).withDefect("EDGE_PAINT_CRACKING").seeking(RemedySought.REPAIR)
                .receivedHoursAgo(2).acknowledgedAfterHours(1).build();
        Complaint refund = aComplaint().on(satchel).withDefect("EDGE_PAINT_CRACKING").seeking(RemedySought.REFUND)
                .receivedHoursAgo(2).acknowledgedAfterHours(1).build();
        VERIFIER.given(satchel, repair, refund)
                .expectEscalation(repair, TEAM_LEADER).byRule(EDGE_PAINT)
                .expectEscalation(refund, FRONTLINE);
    }

    @Test
    void zipFailure_acrossTwoBagLinesIsASupplierFindingThroughTheStandardRules() {
        Complaint z1 = aComplaint().on(tote).withSupplier("ZipCo").withDefect("ZIP_FAILURE").receivedDaysAgo(20).build();
        Complaint z2 = aComplaint().on(satchel).withSupplier("ZipCo").withDefect("ZIP_FAILURE").receivedDaysAgo(3).build();
        VERIFIER.given(tote, satchel, z1, z2)
                .expectFinding(SUPPLIER, "ZipCo", "ZIP_FAILURE", z1, z2)
                .expectFindingEscalation(SUPPLIER, "ZipCo", "ZIP_FAILURE", QUALITY_MANAGER);
    }
}
