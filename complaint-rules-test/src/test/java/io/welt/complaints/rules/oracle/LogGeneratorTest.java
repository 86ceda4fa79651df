package io.welt.complaints.rules.oracle;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogGeneratorTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private static LogGenerator typical(long seed) {
        return LogGenerator.withSeed(seed).complaints(3_000).productLines(20).customers(2_000).timeSpan(START, 365);
    }

    @Test
    void sameSeedAndSettings_giveAnIdenticalLog() {
        GeneratedLog first = typical(5).generate();
        GeneratedLog second = typical(5).generate();
        assertEquals(first.products(), second.products());
        assertEquals(first.batches(), second.batches());
        assertEquals(first.complaints(), second.complaints());
        assertEquals(first.asOf(), second.asOf());
        assertNotEquals(first.complaints(), typical(6).generate().complaints());
    }

    @Test
    void moreComplaints_leaveTheRangeAndBatchesAsTheyWere() {
        GeneratedLog small = typical(5).complaints(100).generate();
        GeneratedLog large = typical(5).complaints(5_000).generate();
        assertEquals(small.products(), large.products());
        assertEquals(small.batches().stream().map(Batch::id).toList(), large.batches().stream().map(Batch::id).toList());
    }

    @Test
    void log_isConsistent_andTheRulesRejectNothing() {
        GeneratedLog log = typical(7).generate();
        Map<String, Product> products = new HashMap<>();
        log.products().forEach(p -> products.put(p.sku(), p));
        Map<String, Batch> batches = new HashMap<>();
        log.batches().forEach(b -> batches.put(b.id(), b));
        Set<String> ids = new HashSet<>();
        Complaint previous = null;
        for (Complaint c : log.complaints()) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            assertTrue(previous == null || previous.isEarlierThan(c), "not in receipt order at " + c);
            assertTrue(!c.receivedAt().isBefore(START) && c.receivedAt().isBefore(START.plus(Duration.ofDays(365))), c::toString);
            assertEquals(products.get(c.sku()).productLine(), c.productLine());
            Batch batch = c.batchId() == null ? null : batches.get(c.batchId());
            if (batch != null) {
                assertEquals(c.sku(), batch.sku());
                assertTrue(!batch.producedOn().isAfter(LocalDate.ofInstant(c.receivedAt(), ZoneOffset.UTC).minusDays(7)), c::toString);
            }
            for (Instant at : new Instant[]{c.acknowledgedAt(), c.resolvedAt(), c.closedAt()}) {
                assertTrue(at == null || !at.isAfter(log.asOf()), c::toString);
            }
            assertEquals(c.resolvedAt() != null, c.status().isResolved(), c::toString);
            assertEquals(c.status() == ComplaintStatus.WAITING_ON_CUSTOMER,
                    c.waitingPeriods().stream().anyMatch(w -> w.isOpen()), c::toString);
            previous = c;
        }
        Instant last = log.complaints().get(log.complaints().size() - 1).receivedAt();
        assertTrue(log.asOf().isAfter(last) && !log.asOf().isAfter(last.plus(Duration.ofHours(2))), "asOf " + log.asOf());

        Assessment assessment = ComplaintRules.standard().assess(log.toComplaintLog(), log.asOf());
        assertEquals(List.of(), assessment.rejected());
        assertEquals(log.complaints().size(), assessment.complaints().size());
    }

    @Test
    void shares_followTheSettings() {
        GeneratedLog log = typical(8).knownBatchShare(0.5).purchaseDateShare(0.4).orderIdShare(0.9).generate();
        // Early complaints may find no batch made a week before; the share is of the rest.
        assertShare(0.5, log, c -> c.batchId() != null, c -> c.receivedAt().isAfter(START.plus(Duration.ofDays(30))));
        assertShare(0.4, log, c -> c.purchasedOn() != null, c -> true);
        assertShare(0.9, log, c -> c.orderId() != null, c -> true);
        assertShare(0.9, log.batches().stream().filter(b -> b.quantity() != null).count(), log.batches().size());
        long open = log.complaints().stream().filter(c -> !c.isResolved()).count();
        assertTrue(open > 0 && open < log.complaints().size() / 5, open + " open");
    }

    @Test
    void defects_followTheTrade() {
        GeneratedLog log = typical(9).complaints(20_000).generate();
        Map<String, Product> products = new HashMap<>();
        log.products().forEach(p -> products.put(p.sku(), p));
        Map<String, Integer> counts = new HashMap<>();
        for (Complaint c : log.complaints()) {
            counts.merge(c.defect(), 1, Integer::sum);
            Product product = products.get(c.sku());
            if (c.defect().equals("PROTECTIVE_FAILURE")) {
                assertTrue(product.safetyFootwear(), c::toString);
            }
            if (c.defect().startsWith("SOLE_") || c.defect().equals("HEEL_FAILURE")) {
                assertEquals(ProductCategory.FOOTWEAR, product.category(), c::toString);
            }
        }
        int sizing = counts.get("SIZING");
        int stitching = counts.get("STITCHING");
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (!entry.getKey().equals("SIZING") && !entry.getKey().equals("STITCHING")) {
                assertTrue(entry.getValue() < Math.min(sizing, stitching), "more " + entry + " than sizing or stitching: " + counts);
            }
        }
        assertTrue(counts.getOrDefault("SKIN_REACTION", 0) < log.complaints().size() / 200, counts::toString);
        assertTrue(counts.getOrDefault("PROTECTIVE_FAILURE", 0) > 0, counts::toString);
    }

    @Test
    void popularity_isSkewed() {
        GeneratedLog log = typical(10).productLines(30).generate();
        Map<String, Integer> byLine = new HashMap<>();
        log.complaints().forEach(c -> byLine.merge(c.productLine(), 1, Integer::sum));
        int topThree = byLine.values().stream().sorted((a, b) -> b - a).limit(3).mapToInt(Integer::intValue).sum();
        assertTrue(topThree > log.complaints().size() * 0.35, "top three lines: " + topThree + " of " + byLine);
        assertTrue(byLine.containsKey("Chelsea boot") && byLine.containsKey("Tote bag"), byLine::toString);
    }

    @Test
    void defectWeight_zeroLeavesADefectOut() {
        GeneratedLog log = typical(11).defectWeight("sizing", 0).generate();
        assertTrue(log.complaints().stream().noneMatch(c -> c.defect().equals("SIZING")));
        assertThrows(IllegalArgumentException.class, () -> LogGenerator.withSeed(1).defectWeight("STRAP_FAILURE", 1));
    }

    @Test
    void settings_areCheckedWithMessagesNamingThem() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> LogGenerator.withSeed(1).complaints(-1));
        assertTrue(negative.getMessage().startsWith("complaints"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LogGenerator.withSeed(1).knownBatchShare(1.5));
        assertThrows(IllegalArgumentException.class, () -> LogGenerator.withSeed(1).timeGranularity(Duration.ofMillis(500)));
        assertThrows(IllegalStateException.class,
                () -> LogGenerator.withSeed(1).timeSpan(START, 30).asOf(START.plus(Duration.ofDays(10))).generate());
        LogGenerator onlyProtective = LogGenerator.withSeed(1).productLines(5);
        for (String code : List.of("STITCHING", "SOLE_SEPARATION", "SOLE_WEAR", "HEEL_FAILURE", "GRAIN_CRACKING",
                "FINISH_PEELING", "COLOUR_TRANSFER", "SUEDE_MARKING", "WATER_STAINING", "HARDWARE_FAILURE",
                "LINING_WEAR", "SIZING", "FIT_COMFORT", "ODOUR", "SKIN_REACTION", "WRONG_ITEM", "LATE_DELIVERY",
                "SERVICE_CONDUCT")) {
            onlyProtective.defectWeight(code, 0);
        }
        IllegalStateException noDefect = assertThrows(IllegalStateException.class, onlyProtective::generate);
        assertTrue(noDefect.getMessage().contains("Chelsea boot"), noDefect.getMessage());
    }

    @Test
    void scales_toHundredsOfLinesAndThousandsOfCustomers() {
        GeneratedLog log = LogGenerator.withSeed(12).complaints(100_000).productLines(400).customers(40_000)
                .timeSpan(START, 730).generate();
        assertEquals(100_000, log.complaints().size());
        assertEquals(400 * 6, log.products().size());
        assertEquals(400, log.products().stream().map(Product::productLine).distinct().count());
        assertTrue(log.complaints().stream().map(Complaint::customerId).distinct().count() > 20_000);
    }

    private static void assertShare(double expected, GeneratedLog log, Predicate<Complaint> counted, Predicate<Complaint> among) {
        List<Complaint> base = log.complaints().stream().filter(among).toList();
        assertShare(expected, base.stream().filter(counted).count(), base.size());
    }

    private static void assertShare(double expected, long count, long of) {
        double share = count / (double) of;
        assertTrue(Math.abs(share - expected) < 0.05, "share " + share + ", expected about " + expected);
    }
}
