package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.rules.Assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every part of an {@link Assessment} that a caller can read, by name, so that two assessments can
 * be compared whole and a difference is reported as the part and the first element that differ
 * (not as two screens of text). The model's records and {@link Complaint} compare by value.
 */
final class AssessmentParts {

    private AssessmentParts() {
    }

    /** The parts of an assessment: every list, the per-complaint and per-finding options, the verdicts, the audit trail. */
    static Map<String, Object> of(Assessment a) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("asOf", a.asOf());
        parts.put("complaints", a.complaints());
        parts.put("severities", new TreeMap<>(a.severities()));
        parts.put("findings", a.findings());
        parts.put("problems", a.problems());
        parts.put("escalations in force", a.escalations());
        parts.put("escalations superseded", a.supersededEscalations());
        parts.put("warnings", a.warnings());
        Map<String, Object> options = new TreeMap<>();
        for (Complaint complaint : a.complaints()) {
            options.put(complaint.id(), a.options(complaint.id()));
        }
        parts.put("options per complaint", options);
        Map<String, Object> systemic = new TreeMap<>();
        for (io.welt.complaints.model.Problem problem : a.problems()) {
            systemic.put(problem.id(), a.systemicOptions(problem.id()));
        }
        parts.put("systemic options per problem", systemic);
        Map<String, Object> verdicts = new TreeMap<>();
        for (CorrectiveAction action : a.actions()) {
            verdicts.put(action.id(), a.verification(action.id()).orElse(null));
        }
        parts.put("verdicts", verdicts);
        parts.put("recurrences", a.recurrences());
        parts.put("reopened root causes", a.reopenedRootCauses());
        parts.put("actions", a.actions());
        parts.put("root causes", a.rootCauses());
        parts.put("rejected", a.rejected());
        parts.put("conclusions", a.conclusions());
        parts.put("audit", a.audit());
        parts.put("fired rules", a.firedRules());
        return parts;
    }

    /** Fails, naming {@code context}, every differing part and its first difference, unless the two are equal in every part. */
    static void assertSameAssessment(Assessment expected, Assessment actual, String context) {
        List<String> differences = differences(of(expected), of(actual));
        if (!differences.isEmpty()) {
            fail(context + ": the assessments differ in " + differences.size() + " part(s):\n  "
                    + String.join("\n  ", differences));
        }
    }

    /** One line per part that differs, naming its first differing element. */
    static List<String> differences(Map<String, Object> expected, Map<String, Object> actual) {
        List<String> differences = new ArrayList<>();
        for (String part : expected.keySet()) {
            Object e = expected.get(part);
            Object a = actual.get(part);
            if (!Objects.equals(e, a)) {
                differences.add(part + ": " + firstDifference(e, a));
            }
        }
        return differences;
    }

    private static String firstDifference(Object expected, Object actual) {
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                if (!Objects.equals(e.get(i), a.get(i))) {
                    return "at [" + i + "] expected " + e.get(i) + " but was " + a.get(i) + " (sizes " + e.size()
                            + " and " + a.size() + ")";
                }
            }
            return "sizes " + e.size() + " and " + a.size() + "; first extra: "
                    + (e.size() > a.size() ? "missing " + e.get(a.size()) : "unexpected " + a.get(e.size()));
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            TreeSet<String> keys = new TreeSet<>();
            e.keySet().forEach(k -> keys.add(String.valueOf(k)));
            a.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (Object key : keys) {
                Object ev = e.get(key);
                Object av = a.get(key);
                if (!Objects.equals(ev, av) || e.containsKey(key) != a.containsKey(key)) {
                    return "at key " + key + ": " + (ev != null && av != null ? firstDifference(ev, av)
                            : "expected " + ev + " but was " + av);
                }
            }
        }
        return "expected " + expected + " but was " + actual;
    }
}
