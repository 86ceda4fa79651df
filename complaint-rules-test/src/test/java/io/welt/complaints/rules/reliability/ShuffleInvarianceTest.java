package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.Verdict;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Bad;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Input;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of the input is not information: shuffling the complaints, products, batches, actions
 * and root causes of a log changes nothing in its {@link Assessment}, compared part by part with
 * {@link AssessmentParts} (severities, findings, escalations in force and superseded, warnings,
 * options per complaint, systemic options per finding, verdicts, recurrences, rejections, every
 * conclusion, the audit trail and the rule firing counts).
 *
 * <p>Tries {@value #LOGS} seeded logs of 50 to 300 complaints ({@link ReliabilityLogs#input}), each in
 * its given order and in {@value #SHUFFLES} shuffled orders, every other log with 5 to 25 bad records
 * mixed in (received after the clock, unknown defect codes, unknown SKUs without a product line; not
 * duplicate ids, whose first occurrence stands by design). A record keeps its origin when moved, as
 * a reader would number it. It fails on the first log whose assessments differ, naming the seed and
 * each differing part, and it fails when the logs are too thin to mean anything (too few findings,
 * escalations, superseded escalations, warnings, options, verdicts or rejections in all).
 */
class ShuffleInvarianceTest {

    private static final int LOGS = 120;
    private static final int SHUFFLES = 2;
    private static final ComplaintRules RULES = ComplaintRules.standard();

    @Test
    void shufflingTheInput_changesNothingInTheAssessment() {
        int findings = 0;
        int escalations = 0;
        int superseded = 0;
        int warnings = 0;
        int options = 0;
        int systemic = 0;
        int rejected = 0;
        EnumSet<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        int recurrences = 0;
        for (long seed = 1; seed <= LOGS; seed++) {
            Input input = ReliabilityLogs.input(seed);
            Random random = new Random(seed);
            if (seed % 2 == 0) {
                input = ReliabilityLogs.withBadRecords(input, random, new ArrayList<>(),
                        EnumSet.of(Bad.RECEIVED_AFTER_CLOCK, Bad.UNKNOWN_DEFECT, Bad.UNKNOWN_SKU));
            }
            Assessment original = RULES.assess(input.toLog(), input.asOf());
            for (int s = 1; s <= SHUFFLES; s++) {
                Input shuffled = input.shuffled(random);
                AssessmentParts.assertSameAssessment(original, RULES.assess(shuffled.toLog(), shuffled.asOf()),
                        "seed " + seed + ", shuffle " + s + " (" + input + ")");
            }
            findings += original.findings().size();
            escalations += original.escalations().size();
            superseded += original.supersededEscalations().size();
            warnings += original.warnings().size();
            options += original.complaints().stream().mapToInt(c -> original.options(c.id()).size()).sum();
            systemic += original.problems().stream().mapToInt(p -> original.systemicOptions(p.id()).size()).sum();
            rejected += original.rejected().size();
            recurrences += original.recurrences().size();
            original.actions().forEach(a -> original.verification(a.id()).ifPresent(v -> verdicts.add(v.verdict())));
        }
        List<String> thin = new ArrayList<>();
        check(thin, "findings", findings, 2_000);
        check(thin, "escalations in force", escalations, 2_500);
        check(thin, "superseded escalations", superseded, 1_400);
        check(thin, "warnings", warnings, 60);
        check(thin, "options", options, 5_000); // offered on open complaints only
        check(thin, "systemic options", systemic, 3_000);
        check(thin, "rejections", rejected, 200);
        check(thin, "recurrences", recurrences, 150);
        assertThat(thin).as("the logs are too thin to test anything").isEmpty();
        assertThat(verdicts).as("verdicts reached").containsExactlyInAnyOrder(Verdict.values());
    }

    private static void check(List<String> thin, String what, int count, int atLeast) {
        if (count < atLeast) {
            thin.add(what + ": " + count + " < " + atLeast);
        }
    }
}
