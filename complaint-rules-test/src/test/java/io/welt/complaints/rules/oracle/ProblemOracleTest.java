package io.welt.complaints.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.DenseLogs;
import io.welt.complaints.test.GeneratedLog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Problems against a brute-force reading of the linking rule, over 150 seeded dense logs: a finding
 * is a view of the smallest other finding of its defect that holds all its complaints (ties to the
 * wider scope, then the id); a problem is a finding that is a view of none, with all that are views of
 * it; its id names the most specific view that holds every complaint. Every pair of findings is
 * compared, with no index: a different road to the same groups. A failure names the seed.
 */
class ProblemOracleTest {

    private static final ComplaintRules RULES = ComplaintRules.standard();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    /** How narrowly a scope explains, as the linking rule orders it: batch first, supplier last. */
    private static int specificity(FindingScope scope) {
        return List.of("BATCH", "SIZE", "MATERIAL_LOT", "PRODUCT_LINE", "SUPPLIER").indexOf(scope.name());
    }

    /** Whether a comes before b in the order in which a view's parent is sought: size, specificity, id. */
    private static boolean before(RepeatFinding a, RepeatFinding b) {
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        if (specificity(a.scope()) != specificity(b.scope())) {
            return specificity(a.scope()) < specificity(b.scope());
        }
        return a.id().compareTo(b.id()) < 0;
    }

    /** Problem id to the sorted ids of its views, by the linking rule, brute force. */
    static Map<String, Set<String>> expected(List<RepeatFinding> findings) {
        List<RepeatFinding> product = findings.stream()
                .filter(f -> f.scope() != FindingScope.CUSTOMER && !f.scope().name().equals("SIZE") && f.defect() != null)
                .toList();
        Map<String, RepeatFinding> parent = new TreeMap<>();
        for (RepeatFinding f : product) {
            RepeatFinding best = null;
            for (RepeatFinding g : product) {
                if (g != f && g.defect().equals(f.defect()) && before(f, g)
                        && new HashSet<>(g.complaintIds()).containsAll(f.complaintIds())
                        && (best == null || before(g, best))) {
                    best = g;
                }
            }
            if (best != null) {
                parent.put(f.id(), best);
            }
        }
        Map<String, List<RepeatFinding>> byRoot = new TreeMap<>();
        Map<String, RepeatFinding> roots = new TreeMap<>();
        for (RepeatFinding f : product) {
            RepeatFinding root = f;
            while (parent.containsKey(root.id())) {
                root = parent.get(root.id());
            }
            roots.put(root.id(), root);
            byRoot.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Set<String>> problems = new TreeMap<>();
        byRoot.forEach((rootId, views) -> {
            RepeatFinding root = roots.get(rootId);
            RepeatFinding source = root;
            for (RepeatFinding view : views) {
                if (view.size() == root.size() && specificity(view.scope()) < specificity(source.scope())) {
                    source = view;
                }
            }
            Set<String> ids = new TreeSet<>();
            views.forEach(v -> ids.add(v.id()));
            problems.put(Problem.idOf(source.id()), ids);
        });
        for (RepeatFinding f : findings) {
            if (f.scope() == FindingScope.CUSTOMER || f.scope().name().equals("SIZE") || f.defect() == null) {
                problems.put(Problem.idOf(f.id()), Set.of(f.id())); // alone: a customer, a size, a rate, a safety pattern
            }
        }
        return problems;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void problems_areTheGroupsOfTheLinkingRule(long seed) {
        GeneratedLog log = DenseLogs.generate(seed);
        Assessment assessment = RULES.assess(log.toComplaintLog(), log.asOf());
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Problem problem : assessment.problems()) {
            actual.put(problem.id(), new TreeSet<>(problem.findingIds()));
        }
        assertEquals(expected(assessment.findings()), actual, "seed " + seed);

        // Every finding is a view of exactly one problem, or a batch's rate attached to those it shares complaints with.
        for (RepeatFinding finding : assessment.findings()) {
            long holding = assessment.problems().stream().filter(p -> p.findingIds().contains(finding.id())).count();
            long attached = assessment.problems().stream().filter(p -> p.attachedFindingIds().contains(finding.id())).count();
            assertThat(holding).as("seed %d: problems holding %s", seed, finding.id()).isEqualTo(1);
            if (finding.defect() == null && finding.rule().equals(io.welt.complaints.rules.RuleNames.REPEAT_BATCH_RATE)) {
                // Attached exactly to the other problems whose complaints it shares.
                long sharing = assessment.problems().stream().filter(p -> !p.findingIds().contains(finding.id())
                        && p.kind() == io.welt.complaints.model.ProblemKind.PRODUCT && p.defect() != null
                        && p.complaintIds().stream().anyMatch(finding.complaintIds()::contains)).count();
                assertThat(attached).as("seed %d: %s attached", seed, finding.id()).isEqualTo(sharing);
            }
        }
        for (Problem problem : assessment.problems()) {
            // A problem's complaints are its widest view's, and its likely source holds them all.
            RepeatFinding source = assessment.finding(problem.sourceFindingId()).orElseThrow();
            assertThat(source.complaintIds()).as("seed %d: %s", seed, problem.id())
                    .containsExactlyInAnyOrderElementsOf(problem.complaintIds());
            assertOptionsRankedAgainstTheBaseline(seed, assessment.systemicOptions(problem.id()));
        }
    }

    /** Above MONITOR only options that beat it, or containment a CRITICAL complaint calls for; in-place ones last. */
    static void assertOptionsRankedAgainstTheBaseline(long seed, List<SystemicOption> options) {
        if (options.isEmpty()) {
            return;
        }
        int monitor = options.stream().map(SystemicOption::type).toList()
                .indexOf(io.welt.complaints.model.SystemicActionType.MONITOR);
        assertThat(monitor).as("seed %d: a MONITOR row in %s", seed, options).isNotNegative();
        for (int i = 0; i < options.size(); i++) {
            SystemicOption option = options.get(i);
            if (i < monitor) {
                assertThat(option.safetyFirst() || option.netBenefit().compareTo(options.get(monitor).netBenefit()) > 0)
                        .as("seed %d: %s above MONITOR", seed, option).isTrue();
                assertThat(option.inPlace()).as("seed %d: in place but proposed: %s", seed, option).isNull();
            } else if (i > monitor && option.inPlace() == null) {
                assertThat(option.beatsBaseline()).as("seed %d: %s below MONITOR beats it", seed, option).isFalse();
            }
            if (option.paybackDays() != null) {
                assertThat(option.paybackDays()).as("seed %d: payback within the horizon", seed).isLessThanOrEqualTo(365);
            }
        }
    }

    @Test
    void theOracleIsNotTrivial() {
        int merged = 0;
        int problems = 0;
        for (long seed = 1; seed <= 40; seed++) {
            GeneratedLog log = DenseLogs.generate(seed);
            Assessment assessment = RULES.assess(log.toComplaintLog(), log.asOf());
            for (Problem problem : assessment.problems()) {
                problems++;
                if (problem.findingIds().size() > 1) {
                    merged++;
                }
            }
        }
        assertThat(problems).isGreaterThan(200);
        assertThat(merged).as("problems of several findings").isGreaterThan(50);
    }
}
