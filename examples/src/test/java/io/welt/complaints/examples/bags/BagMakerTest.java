package io.welt.complaints.examples.bags;

import static io.welt.complaints.model.EscalationLevel.FRONTLINE;
import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.EscalationLevel.TEAM_LEADER;
import static io.welt.complaints.model.FindingScope.SUPPLIER;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.Severity;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

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
