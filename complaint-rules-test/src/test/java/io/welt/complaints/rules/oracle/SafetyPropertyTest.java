package io.welt.complaints.rules.oracle;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SafetyActionKind;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over generated logs: every open safety complaint, as the brief defines it (an injury, a safety-related
 * defect, a functional failure of safety footwear), is kept for testing, has its SKU (and its batch when
 * known) contained and a notification decision, and is offered a refund or a replacement first, never a
 * repair; no other complaint gets a safety step.
 */
class SafetyPropertyTest {

    private static final ComplaintRules RULES = ComplaintRules.standard();
    private static final Taxonomy TAXONOMY = Taxonomy.footwearAndLeather();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySafetyComplaint_keptForTestingContainedNeverRepairedFirst(long seed) {
        GeneratedLog log = LogGenerator.withSeed(seed).complaints(300).productLines(6).injuryRate(0.05)
                .knownBatchShare(0.5).generate();
        Assessment assessment = RULES.assess(log.toComplaintLog(), log.asOf());
        Set<String> safetySkus = new HashSet<>();
        for (Product product : log.products()) {
            if (product.safetyFootwear()) {
                safetySkus.add(product.sku());
            }
        }
        List<String> wrong = new ArrayList<>();
        int safety = 0;
        for (Complaint c : log.complaints()) {
            DefectCategory category = TAXONOMY.find(c.defect()).orElseThrow();
            boolean isSafety = c.injuryReported() || category.safety()
                    || safetySkus.contains(c.sku()) && category.functional();
            List<SafetyAction> actions = assessment.safetyActions(c.id());
            if (!isSafety || c.isResolved()) {
                if (!actions.isEmpty()) {
                    wrong.add(c.id() + " is no open safety complaint but has " + actions);
                }
                continue;
            }
            safety++;
            if (actions.isEmpty() || actions.get(0).kind() != SafetyActionKind.KEEP_FOR_TESTING) {
                wrong.add(c.id() + ": the first step is not keep-for-testing: " + actions);
            }
            if (!has(actions, SafetyActionKind.QUARANTINE_STOCK, "SKU")
                    || c.batchId() != null && !has(actions, SafetyActionKind.QUARANTINE_STOCK, "BATCH")) {
                wrong.add(c.id() + ": its SKU or batch is not contained: " + actions);
            }
            if (!has(actions, SafetyActionKind.NOTIFY_AUTHORITY, "AUTHORITY")) {
                wrong.add(c.id() + ": no notification decision: " + actions);
            }
            List<ResolutionOption> options = assessment.options(c.id());
            if (options.isEmpty() || options.get(0).type() != RemedyType.REFUND && options.get(0).type() != RemedyType.REPLACE
                    || options.stream().anyMatch(o -> o.type() == RemedyType.REPAIR)) {
                wrong.add(c.id() + ": offered " + options.stream().map(ResolutionOption::type).toList());
            }
        }
        int checked = safety;
        assertTrue(wrong.isEmpty(), () -> "seed " + seed + ", " + checked + " open safety complaints: " + wrong);
    }

    private static boolean has(List<SafetyAction> actions, SafetyActionKind kind, String scope) {
        return actions.stream().anyMatch(a -> a.kind() == kind && a.scope().equals(scope));
    }
}
