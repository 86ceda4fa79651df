package io.welt.complaints.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.DenseLogs;
import io.welt.complaints.test.GeneratedLog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-Java baseline finds exactly the repeat findings of the standard rules (scope, key, defect
 * and complaint ids in order), so that the benchmark's "AGREE" is worth something. Over 50 small
 * seeded logs with dense keys (few lines, batches, suppliers, lots and customers, coarse timestamps
 * that tie and fall on window edges, ids out of receipt order) and over five small logs of the
 * benchmark's own shape.
 */
class RepeatBaselineTest {

    private static final int LOGS = 50;
    private static final ComplaintRules RULES = ComplaintRules.standard();
    private static final RepeatBaseline BASELINE = RepeatBaseline.standard();


    static LongStream seeds() {
        return LongStream.rangeClosed(1, LOGS);
    }

    /** A small log in which every key repeats: {@link DenseLogs#generate}. */
    static GeneratedLog denseLog(long seed) {
        return DenseLogs.generate(seed);
    }

    private static List<RepeatBaseline.Finding> rulesFindings(GeneratedLog log) {
        Assessment assessment = RULES.assess(log.toComplaintLog(), log.asOf());
        assertThat(assessment.rejected()).as("the generator made records the rules reject").isEmpty();
        return RepeatBaseline.Finding.of(assessment.findings());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void denseLogs_baselineFindsWhatTheRulesFind(long seed) {
        GeneratedLog log = denseLog(seed);
        List<RepeatBaseline.Finding> expected = rulesFindings(log);

        assertThat(BASELINE.findings(log.products(), log.batches(), log.complaints())).as("seed %d: %s", seed, log)
                .containsExactlyElementsOf(expected);

        List<Complaint> shuffled = new ArrayList<>(log.complaints());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(BASELINE.findings(log.products(), log.batches(), shuffled)).as("seed %d, complaints shuffled", seed)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void benchmarkShapedLogs_baselineFindsWhatTheRulesFind(long seed) {
        GeneratedLog log = Benchmark.generator(1_000 * (int) seed, seed).generate();

        assertThat(BASELINE.findings(log.products(), log.batches(), log.complaints())).as("seed %d: %s", seed, log)
                .containsExactlyElementsOf(rulesFindings(log));
    }

    /** Agreement proves little unless the logs reach every scope, the batch rate and ties. */
    @Test
    void denseLogs_reachEveryScope() {
        Map<FindingScope, Integer> byScope = new EnumMap<>(FindingScope.class);
        int rateFindings = 0;
        int multiComplaintFindings = 0;
        for (long seed = 1; seed <= LOGS; seed++) {
            GeneratedLog log = denseLog(seed);
            for (RepeatBaseline.Finding finding : BASELINE.findings(log.products(), log.batches(), log.complaints())) {
                byScope.merge(finding.scope(), 1, Integer::sum);
                rateFindings += finding.scope() == FindingScope.BATCH && finding.defect() == null ? 1 : 0;
                multiComplaintFindings += finding.complaintIds().size() >= 4 ? 1 : 0;
            }
        }
        // The benchmark's logs carry no sizes (LogGenerator.sizesAndLasts is off), so the baseline has no SIZE
        // scope; RepeatOracleTest holds the SIZE rule to a brute-force oracle instead.
        for (FindingScope scope : java.util.EnumSet.complementOf(java.util.EnumSet.of(FindingScope.SIZE))) {
            assertThat(byScope.getOrDefault(scope, 0)).as("%s findings over %d logs: %s", scope, LOGS, byScope)
                    .isGreaterThanOrEqualTo(10);
        }
        assertThat(rateFindings).as("batch-rate findings").isGreaterThanOrEqualTo(5);
        assertThat(multiComplaintFindings).as("findings of merged windows").isGreaterThanOrEqualTo(20);
    }

    @Test
    void emptyLog_hasNoFindings() {
        assertThat(BASELINE.findings(List.of(), List.of())).isEmpty();
    }
}
