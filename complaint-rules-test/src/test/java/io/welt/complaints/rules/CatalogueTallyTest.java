package io.welt.complaints.rules;

import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.rules.internal.SeriesIndex;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A finding's cost figures must always be what counting its members afresh, each looked up by id,
 * gives: when a large finding's figures are kept and extended as it grows at its end, and when its
 * members are taken from its series in one run.
 */
class CatalogueTallyTest {

    private final Random random = new Random(11);
    private final List<Product> products = List.of(aProduct("CH-42", "Chelsea boot").build(),
            aProduct("DB-10", "Derby").build());
    private final List<Batch> batches = List.of(aBatch("B-1", "CH-42", 500), aBatch("B-2", "CH-42", 800),
            aBatch("B-3", "DB-10", null));

    @Test
    void aGrowingFinding_hasTheFiguresOfAFreshCount() {
        List<Complaint> complaints = complaints(300);
        Catalogue kept = new Catalogue(products, batches, complaints);
        for (int size = 64; size <= 300; size += 1 + random.nextInt(20)) {
            RepeatFinding finding = finding(complaints.subList(0, size));
            assertSame(kept.tally(finding, RemedyCosts.DEFAULTS),
                    new Catalogue(products, batches, complaints).tally(finding, RemedyCosts.DEFAULTS));
        }
    }

    @Test
    void aFindingThatLostAMemberInTheMiddle_isCountedAfresh() {
        List<Complaint> complaints = new ArrayList<>(complaints(200));
        // The member that goes is the dearest by far, so that counting it still could not pass unseen.
        complaints.set(40, complaints.get(40).toBuilder().pricePaid(io.welt.complaints.test.Facts.gbp("999.00")).build());
        Catalogue kept = new Catalogue(products, batches, complaints);
        kept.tally(finding(complaints.subList(0, 150)), RemedyCosts.DEFAULTS);
        List<Complaint> fewer = new ArrayList<>(complaints.subList(0, 170));
        fewer.remove(40);
        RepeatFinding changed = finding(fewer);
        assertSame(kept.tally(changed, RemedyCosts.DEFAULTS),
                new Catalogue(products, batches, complaints).tally(changed, RemedyCosts.DEFAULTS));
    }

    @Test
    void membersTakenFromTheirSeries_giveTheFiguresOfLookingEachUp() {
        int findings = 0;
        for (long seed = 1; seed <= 6; seed++) {
            GeneratedLog log = LogGenerator.withSeed(seed).complaints(3_000).productLines(15).suppliers(6)
                    .materialLots(40).generate();
            Map<String, Batch> byId = new HashMap<>();
            log.batches().forEach(b -> byId.put(b.id(), b));
            Map<SeriesIndex.Key, List<Complaint>> series = new HashMap<>();
            for (ComplaintSeries one : SeriesIndex.build(log.complaints(), byId)) {
                series.put(new SeriesIndex.Key(one.scope(), one.key(), one.defect()), one.complaints());
            }
            Catalogue swept = new Catalogue(log.products(), log.batches(), log.complaints());
            swept.seriesFrom(series::get);
            Catalogue lookedUp = new Catalogue(log.products(), log.batches(), log.complaints());
            for (RepeatFinding finding : ComplaintRules.standard().assess(log.toComplaintLog(), log.asOf()).findings()) {
                if (finding.rule().equals(RuleNames.REPEAT_SECOND_SAFETY_COMPLAINT)) {
                    // Its members are the safety complaints of a series, not a run of it: they are looked up by
                    // id (aFindingItsSeriesNoLongerHolds_isLookedUpByIdInstead), and that is checked below.
                    assertSame(swept.tally(finding, RemedyCosts.DEFAULTS), lookedUp.tally(finding, RemedyCosts.DEFAULTS));
                    continue;
                }
                assertThat(swept.membersInSeries(finding)).as("seed %d: %s in one run of its series", seed, finding.id())
                        .isNotNull().extracting(Complaint::getId).isEqualTo(finding.complaintIds());
                assertSame(swept.tally(finding, RemedyCosts.DEFAULTS), lookedUp.tally(finding, RemedyCosts.DEFAULTS));
                findings++;
            }
        }
        assertThat(findings).as("findings compared").isGreaterThan(1_000);
    }

    @Test
    void aFindingItsSeriesNoLongerHolds_isLookedUpByIdInstead() {
        List<Complaint> complaints = complaints(100);
        Catalogue catalogue = new Catalogue(products, batches, complaints);
        List<Complaint> withoutOne = new ArrayList<>(complaints);
        withoutOne.remove(30);
        catalogue.seriesFrom(key -> withoutOne);
        RepeatFinding finding = finding(complaints.subList(10, 60));
        assertThat(catalogue.membersInSeries(finding)).isNull();
        assertSame(catalogue.tally(finding, RemedyCosts.DEFAULTS),
                new Catalogue(products, batches, complaints).tally(finding, RemedyCosts.DEFAULTS));
    }

    private static void assertSame(Catalogue.Tally actual, Catalogue.Tally fresh) {
        assertThat(actual.remedyCost()).isEqualByComparingTo(fresh.remedyCost());
        assertThat(actual.priced()).isEqualTo(fresh.priced());
        assertThat(actual.exposure()).isEqualTo(fresh.exposure());
    }

    private List<Complaint> complaints(int count) {
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Batch batch = batches.get(random.nextInt(batches.size()));
            var builder = aComplaint(String.format("T-%04d", i)).on(products.get(batch.sku().equals("CH-42") ? 0 : 1))
                    .from(batch).receivedHoursAgo(count - i);
            if (random.nextBoolean()) {
                builder.pricePaid(random.nextBoolean() ? "89.00" : "120.00");
            }
            complaints.add(builder.build());
        }
        return complaints;
    }

    /** A finding of these complaints, with the same id whatever its size. */
    private static RepeatFinding finding(List<Complaint> members) {
        List<String> ids = members.stream().map(Complaint::getId).toList();
        return new RepeatFinding("SUPPLIER/Tannery/STITCHING/T-0000", FindingScope.SUPPLIER, "Tannery", "STITCHING", ids,
                members.get(0).getReceivedAt(), members.get(members.size() - 1).getReceivedAt(), "test", "test");
    }
}
