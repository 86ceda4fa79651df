package io.welt.complaints.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Bad;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Input;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Same log and clock, same assessment: assessed twice by one {@link ComplaintRules}, and once more by
 * rules compiled separately (the standard files plus a rule that never fires, so a rule base of its
 * own), a log gives assessments equal in every part ({@link AssessmentParts}) and equal
 * {@code toString()} renderings of every list and map (findings, escalations in force and superseded,
 * warnings, options, verdicts, rejections, conclusions, audit trail): a cheap, library-level proxy for
 * the byte-identical output the CLI promises. Each assessment runs in a fresh session, and the second
 * rule base has its own compiled classes, so anything that took its order from identity hash codes,
 * hash-set iteration or the agenda would show here.
 *
 * <p>Tries {@value #LOGS} seeded logs of 50 to 300 complaints with corrective actions and 5 to 25 bad
 * records of every kind (duplicate ids included), three assessments each. It fails on the first log
 * whose assessments differ, naming the seed and each differing part.
 */
class RepeatabilityTest {

    private static final int LOGS = 40;
    private static final ComplaintRules RULES = ComplaintRules.standard();
    private static final ComplaintRules RECOMPILED = ComplaintRules.builder().addRules("never.drl", """
            package com.example.never;
            import io.welt.complaints.model.Complaint;
            rule "Never: a complaint with no id"
            when
                Complaint( id == null )
            then
            end
            """).build();

    @Test
    void sameLogAndClock_giveEqualAssessmentsAndEqualRenderings() {
        int rendered = 0;
        for (long seed = 1; seed <= LOGS; seed++) {
            Input input = ReliabilityLogs.withBadRecords(ReliabilityLogs.input(seed), new Random(seed), new ArrayList<>(),
                    EnumSet.allOf(Bad.class));
            String context = "seed " + seed + " (" + input + ")";
            Assessment first = RULES.assess(input.toLog(), input.asOf());
            Assessment second = RULES.assess(input.toLog(), input.asOf());
            Assessment recompiled = RECOMPILED.assess(input.toLog(), input.asOf());

            AssessmentParts.assertSameAssessment(first, second, context + ", assessed twice");
            AssessmentParts.assertSameAssessment(first, recompiled, context + ", by separately compiled rules");

            Map<String, String> expected = renderings(first);
            assertThat(renderings(second)).as("%s: renderings of a second assessment", context)
                    .containsExactlyEntriesOf(expected);
            assertThat(renderings(recompiled)).as("%s: renderings by separately compiled rules", context)
                    .containsExactlyEntriesOf(expected);
            rendered += expected.values().stream().mapToInt(String::length).sum();
        }
        assertThat(rendered).as("characters of rendering compared").isGreaterThan(5_000_000);
    }

    /** The {@code toString()} of every part of the assessment, by part. */
    private static Map<String, String> renderings(Assessment assessment) {
        Map<String, String> renderings = new LinkedHashMap<>();
        AssessmentParts.of(assessment).forEach((part, value) -> renderings.put(part, String.valueOf(value)));
        renderings.put("assessment", assessment.toString());
        return renderings;
    }

    /** A change that only reorders what the host reads would not be caught by equals on sets; lists keep order. */
    @Test
    void everyListIsCompared_inOrder() {
        Input input = ReliabilityLogs.input(3);
        Assessment assessment = RULES.assess(input.toLog(), input.asOf());
        assertThat(assessment.findings()).hasSizeGreaterThan(1);
        Map<String, Object> parts = AssessmentParts.of(assessment);
        Map<String, Object> reordered = new LinkedHashMap<>(parts);
        List<Object> findings = new ArrayList<>(assessment.findings());
        java.util.Collections.reverse(findings);
        reordered.put("findings", findings);
        assertThat(AssessmentParts.differences(parts, reordered)).singleElement().asString().startsWith("findings: at [0]");
    }
}
