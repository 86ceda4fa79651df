package io.welt.complaints.test;

import io.welt.complaints.model.Complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded logs dense enough for property tests: findings in every scope, ties, window edges.
 *
 * <pre>{@code
 * for (long seed = 1; seed <= 300; seed++) {
 *     GeneratedLog log = DenseLogs.generate(seed);
 *     assertThat(rules.assess(log.toComplaintLog(), log.asOf()).findings()).isEqualTo(oracle.findings(log));
 * }
 * }</pre>
 */
public final class DenseLogs {

    /** Codes that mix material-related defects (which feed SUPPLIER and MATERIAL_LOT) with others. */
    private static final List<String> DENSE_DEFECTS = List.of("STITCHING", "SIZING", "GRAIN_CRACKING",
            "SOLE_SEPARATION", "FINISH_PEELING", "HARDWARE_FAILURE", "LATE_DELIVERY", "COLOUR_TRANSFER");

    private DenseLogs() {
    }

    /**
     * A small log (20 to 400 complaints) in which every key repeats: one to four product lines, few
     * batches, suppliers, lots and customers, a few defects, timestamps on coarse or fine grids so
     * that ties and exact window edges occur, and in a third of the logs ids out of receipt order.
     * Every setting is drawn from {@code seed}, so a failing seed rebuilds its log.
     *
     * @param seed the seed every setting is drawn from
     * @return the log
     */
    public static GeneratedLog generate(long seed) {
        return generate(seed, false);
    }

    /**
     * The log of {@link #generate(long)} with lasts, sizes, fit directions and component lots
     * ({@link LogGenerator#sizesAndLasts}), and fit complaints always among its defects, so that SIZE
     * findings and component lots occur.
     *
     * @param seed the seed every setting is drawn from
     * @return the log
     */
    public static GeneratedLog withSizes(long seed) {
        return generate(seed, true);
    }

    private static GeneratedLog generate(long seed, boolean sized) {
        Random r = new Random(seed);
        int complaints = 20 + r.nextInt(381);
        Duration[] granularities = {Duration.ofDays(1), Duration.ofDays(1), Duration.ofHours(12), Duration.ofHours(1),
                Duration.ofMinutes(1)};
        LogGenerator generator = LogGenerator.withSeed(seed)
                .complaints(complaints)
                .productLines(1 + r.nextInt(4))
                .skusPerLine(1 + r.nextInt(3))
                .batchesPerSku(1 + r.nextInt(3))
                .suppliers(1 + r.nextInt(4))
                .materialLots(1 + r.nextInt(6))
                .customers(Math.max(2, complaints / (4 + r.nextInt(20))))
                .timeSpan(Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofDays(r.nextInt(100))), 30 + r.nextInt(240))
                .timeGranularity(granularities[r.nextInt(granularities.length)])
                .knownBatchShare(0.3 + 0.7 * r.nextDouble())
                .knownQuantityShare(0.5 + 0.5 * r.nextDouble())
                .batchQuantity(0, 50 + r.nextInt(600))
                .unknownLotIdShare(0.2 * r.nextDouble())
                .directTraceShare(0.3 * r.nextDouble())
                .unlistedBatchShare(r.nextBoolean() ? 0 : 0.3 * r.nextDouble())
                .popularitySkew(1.5 * r.nextDouble());
        // STITCHING occurs on every category, so each line keeps a defect to draw.
        Set<String> kept = new HashSet<>(List.of("STITCHING"));
        int more = 1 + r.nextInt(5);
        for (int i = 0; i < more; i++) {
            kept.add(DENSE_DEFECTS.get(r.nextInt(DENSE_DEFECTS.size())));
        }
        if (sized) {
            kept.add("SIZING");
            kept.add("FIT_COMFORT");
            generator.sizesAndLasts(true);
        }
        for (String code : LogGenerator.defectCodes()) {
            if (!kept.contains(code)) {
                generator.defectWeight(code, 0);
            }
        }
        GeneratedLog log = generator.generate();
        if (r.nextInt(3) > 0) {
            return log;
        }
        // Ids that do not follow receipt order (unpadded, shuffled), so that ties between complaints
        // received at the same instant are broken by an id order of their own.
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < log.complaints().size(); i++) {
            numbers.add(i + 1);
        }
        Collections.shuffle(numbers, r);
        List<Complaint> renamed = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            renamed.add(log.complaints().get(i).toBuilder().id("K-" + numbers.get(i)).build());
        }
        return log.withComplaints(renamed);
    }
}
