package io.welt.complaints.rules.oracle;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.DenseLogs;
import io.welt.complaints.test.GeneratedLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The standard repeat rules against {@link RepeatOracle}, a brute-force reading of the policy, over
 * 300 seeded logs of 20 to 400 complaints with dense keys (a few lines, batches, suppliers, lots and
 * customers), so that every scope fires and complaints share timestamps and fall exactly on window
 * edges. A failure names the seed; {@link #denseLog(long)} rebuilds that log.
 */
class RepeatOracleTest {

    private static final int LOGS = 300;
    private static final ComplaintRules RULES = ComplaintRules.standard();
    private static final Policy POLICY = Policy.defaults();
    private static final RepeatOracle ORACLE = new RepeatOracle(POLICY, Taxonomy.footwearAndLeather());

    static LongStream seeds() {
        return LongStream.rangeClosed(1, LOGS);
    }

    /** The log of one seed: {@link DenseLogs#withSizes}, so that SIZE findings and component lots occur. */
    static GeneratedLog denseLog(long seed) {
        return DenseLogs.withSizes(seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void repeatFindings_matchTheOracle(long seed) {
        GeneratedLog log = denseLog(seed);
        Assessment assessment = RULES.assess(log.toComplaintLog(), log.asOf());
        assertTrue(assessment.rejected().isEmpty(), () -> "seed " + seed + ": the generator made records the rules reject: "
                + assessment.rejected());

        Map<String, RepeatOracle.Expected> expected = ORACLE.expect(log.products(), log.batches(), log.complaints());
        Map<String, RepeatOracle.Expected> actual = new TreeMap<>();
        for (RepeatFinding finding : assessment.findings()) {
            actual.put(finding.id(), RepeatOracle.Expected.of(finding));
            assertEquals(RepeatFinding.idOf(finding.scope(), finding.key(), finding.defect(), finding.complaintIds().get(0)),
                    finding.id(), () -> "seed " + seed + ": the finding's id is not idOf(scope, key, defect, first)");
        }
        if (!expected.equals(actual)) {
            fail(mismatch(seed, log, expected, actual));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void findingsOfOneKey_neverShareAComplaint_andIgnoreInputOrder(long seed) {
        GeneratedLog log = denseLog(seed);
        List<RepeatFinding> findings = RULES.assess(log.toComplaintLog(), log.asOf()).findings();

        Map<String, Set<String>> seenByKey = new HashMap<>();
        for (RepeatFinding finding : findings) {
            Set<String> seen = seenByKey.computeIfAbsent(finding.scope() + "|" + finding.key() + "|" + finding.defect(),
                    k -> new HashSet<>());
            for (String id : finding.complaintIds()) {
                assertTrue(seen.add(id), () -> "seed " + seed + ": complaint " + id + " is in two findings of "
                        + finding.scope() + " " + finding.key() + " " + finding.defect() + ": " + findings);
            }
        }

        List<Complaint> shuffled = new ArrayList<>(log.complaints());
        Collections.shuffle(shuffled, new Random(seed));
        List<Batch> batches = new ArrayList<>(log.batches());
        Collections.shuffle(batches, new Random(seed + 1));
        ComplaintLog reordered = ComplaintLog.builder().products(log.products()).batches(batches).complaints(shuffled)
                .build();
        assertEquals(findings, RULES.assess(reordered, log.asOf()).findings(),
                () -> "seed " + seed + ": shuffling the complaints changed the findings");
    }

    /** The seeds are only worth something if they reach every scope and every edge case the spec names. */
    @Test
    void seeds_coverEveryScopeTiesAndWindowEdges() {
        Map<FindingScope, Integer> findingsByScope = new EnumMap<>(FindingScope.class);
        int rateFindings = 0;
        int componentLotFindings = 0;
        int lineKeyedSizeFindings = 0;
        int logsWithTies = 0;
        int edgePairs = 0;
        int unlistedBatchReferences = 0;
        int tiesAgainstIdOrder = 0;
        for (long seed = 1; seed <= LOGS; seed++) {
            GeneratedLog log = denseLog(seed);
            for (RepeatOracle.Expected finding : ORACLE.expect(log.products(), log.batches(), log.complaints()).values()) {
                findingsByScope.merge(finding.scope(), 1, Integer::sum);
                if (finding.scope() == FindingScope.BATCH && finding.defect() == null) {
                    rateFindings++;
                }
                if (finding.scope() == FindingScope.MATERIAL_LOT && !Taxonomy.footwearAndLeather().find(finding.defect())
                        .orElseThrow().materialRelated()) {
                    componentLotFindings++;
                }
                if (finding.scope() == FindingScope.SIZE && finding.key().startsWith("line ")) {
                    lineKeyedSizeFindings++;
                }
            }
            Map<Instant, String> firstAt = new HashMap<>();
            boolean tie = false;
            for (Complaint complaint : log.complaints()) {
                String first = firstAt.putIfAbsent(complaint.receivedAt(), complaint.id());
                tie |= first != null;
                if (first != null && Integer.parseInt(first.substring(2)) > Integer.parseInt(complaint.id().substring(2))) {
                    tiesAgainstIdOrder++;
                }
            }
            logsWithTies += tie ? 1 : 0;
            edgePairs += edgePairs(log.complaints());
            Set<String> listed = new TreeSet<>();
            log.batches().forEach(b -> listed.add(b.id()));
            unlistedBatchReferences += (int) log.complaints().stream()
                    .filter(c -> c.batchId() != null && !listed.contains(c.batchId())).count();
        }
        for (FindingScope scope : FindingScope.values()) {
            assertTrue(findingsByScope.getOrDefault(scope, 0) >= 50, () -> "too few " + scope + " findings: " + findingsByScope);
        }
        assertTrue(rateFindings >= 20, "too few batch-rate findings: " + rateFindings);
        assertTrue(componentLotFindings >= 20, "too few findings of a component lot: " + componentLotFindings);
        assertTrue(lineKeyedSizeFindings >= 10, "too few SIZE findings keyed by a line with no known last: "
                + lineKeyedSizeFindings);
        assertTrue(logsWithTies >= 100, "too few logs with shared timestamps: " + logsWithTies);
        assertTrue(edgePairs >= 100, "too few pairs exactly one window apart: " + edgePairs);
        assertTrue(tiesAgainstIdOrder >= 100, "too few ties whose id order differs from their numbers: " + tiesAgainstIdOrder);
        assertTrue(unlistedBatchReferences >= 50, "too few complaints naming an unlisted batch: " + unlistedBatchReferences);
    }

    /** Pairs of one customer or one product line and defect received exactly one of their windows apart. */
    private static int edgePairs(List<Complaint> complaints) {
        int pairs = 0;
        for (Complaint a : complaints) {
            for (Complaint b : complaints) {
                Duration gap = Duration.between(a.receivedAt(), b.receivedAt());
                if (a.customerId().equals(b.customerId()) && gap.equals(POLICY.customerWindow())) {
                    pairs++;
                }
                if (a.productLine().equals(b.productLine()) && a.defect().equals(b.defect())
                        && gap.equals(POLICY.productLineWindow())) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static String mismatch(long seed, GeneratedLog log, Map<String, RepeatOracle.Expected> expected,
                                   Map<String, RepeatOracle.Expected> actual) {
        StringBuilder message = new StringBuilder("seed " + seed + " (" + log + "): the rules and the oracle disagree\n");
        for (String id : new TreeSet<>(expected.keySet())) {
            if (!actual.containsKey(id)) {
                message.append("  missing:    ").append(expected.get(id)).append('\n');
            } else if (!actual.get(id).equals(expected.get(id))) {
                message.append("  expected:   ").append(expected.get(id)).append('\n')
                        .append("  actual:     ").append(actual.get(id)).append('\n');
            }
        }
        for (String id : new TreeSet<>(actual.keySet())) {
            if (!expected.containsKey(id)) {
                message.append("  unexpected: ").append(actual.get(id)).append('\n');
            }
        }
        return message.toString();
    }
}
