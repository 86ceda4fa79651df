package io.welt.complaints.examples.cli;

import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.Severity;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.Rejection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment for a person at a terminal: a title with the clock and the counts, then the
 * findings (the patterns to act on), the escalations from the highest level down, the deadline
 * warnings, the rejected records, and the complaints by severity. Ids only: no customer's words;
 * every value from the input is printed on one line with control characters escaped.
 */
final class TextReport {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private TextReport() {
    }

    static String render(Assessment assessment) {
        TextReport report = new TextReport();
        report.title(assessment);
        report.findings(assessment.findings());
        report.escalations(assessment.escalations());
        report.warnings(assessment.warnings());
        report.rejected(assessment.rejected());
        report.severities(assessment);
        return report.out.toString();
    }

    private void title(Assessment assessment) {
        line("Complaint assessment as of " + assessment.asOf());
        line(assessment.complaints().size() + " complaints assessed, " + assessment.rejected().size()
                + " records rejected, " + assessment.findings().size() + " findings, "
                + assessment.escalations().size() + " escalations, " + assessment.warnings().size() + " warnings");
    }

    private void findings(List<RepeatFinding> findings) {
        section("FINDINGS", findings.size());
        for (RepeatFinding finding : findings) {
            line(INDENT + finding.scope() + " " + Text.safe(finding.key()) + ", "
                    + (finding.defect() == null ? "all defects" : finding.defect()) + ": " + finding.size()
                    + " complaints from " + finding.from() + " to " + finding.to());
            line(INDENT + INDENT + "complaints: " + Text.safe(String.join(", ", finding.complaintIds())));
            line(INDENT + INDENT + Text.safe(finding.reason()));
        }
    }

    private void escalations(List<Escalation> escalations) {
        section("ESCALATIONS", escalations.size());
        Map<EscalationLevel, List<Escalation>> byLevel = new EnumMap<>(EscalationLevel.class);
        escalations.forEach(e -> byLevel.computeIfAbsent(e.level(), level -> new ArrayList<>()).add(e));
        List<EscalationLevel> highestFirst = new ArrayList<>(List.of(EscalationLevel.values()));
        Collections.reverse(highestFirst);
        for (EscalationLevel level : highestFirst) {
            List<Escalation> atLevel = byLevel.getOrDefault(level, List.of());
            if (atLevel.isEmpty()) {
                continue;
            }
            line(INDENT + level + " (" + atLevel.size() + ")");
            for (Escalation escalation : atLevel) {
                line(INDENT + INDENT + escalation.targetType() + " " + Text.safe(escalation.target()) + ", due "
                        + escalation.due());
                line(INDENT + INDENT + INDENT + Text.safe(escalation.reason()));
            }
        }
    }

    private void warnings(List<DeadlineWarning> warnings) {
        section("WARNINGS", warnings.size());
        for (DeadlineWarning warning : warnings) {
            line(INDENT + Text.safe(warning.complaintId()) + " " + warning.kind() + " due " + warning.deadline()
                    + " (" + warning.usedPercent() + "% of the time used)");
            line(INDENT + INDENT + Text.safe(warning.reason()));
        }
    }

    private void rejected(List<Rejection> rejected) {
        section("REJECTED", rejected.size());
        for (Rejection rejection : rejected) {
            line(INDENT + Text.safe(rejection.source()) + ":" + rejection.line() + " "
                    + (rejection.id() == null ? "" : Text.safe(rejection.id()) + " ")
                    + Text.safe(rejection.field()) + ": " + Text.safe(rejection.message()));
        }
    }

    private void severities(Assessment assessment) {
        section("COMPLAINTS BY SEVERITY", assessment.complaints().size());
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        assessment.severities().values().forEach(s -> counts.merge(s.severity(), 1, Integer::sum));
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            line(INDENT + String.format("%-8s %d", severities[i], counts.getOrDefault(severities[i], 0)));
        }
    }

    private void section(String name, int size) {
        line("");
        line(size == 0 ? name + ": none" : name + " (" + size + ")");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
