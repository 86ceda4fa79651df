package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.Presentation;

import io.welt.complaints.model.ActionSuperseded;
import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.CustomerRecovery;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.Rejection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment for a person at a terminal: a title with the clock and the counts, then the
 * problems (the records to act on: their likely source, their findings beneath, their options for
 * management ranked against doing nothing, MONITOR, and the decision taken), the findings, the
 * corrective actions and their verdicts, the escalations from the highest level down (an escalated
 * complaint with the remedy to offer first, and who holds each), the deadline warnings, the contact
 * log and the evidence filed (when given), the rejected records, and the
 * complaints by severity. Ids only: no customer's words; every value from the input is printed on
 * one line with control characters escaped.
 */
final class TextReport {

    private static final String INDENT = "  ";

    private final Appendable out;
    private final Presentation presentation;

    private TextReport(Appendable out, Presentation presentation) {
        this.out = out;
        this.presentation = presentation;
    }

    /**
     * Writes the report to {@code to} as it goes, line by line.
     *
     * @throws UncheckedIOException when {@code to} cannot be written
     */
    static void write(Assessment assessment, Appendable to) {
        write(assessment, to, Presentation.DEFAULT);
    }

    /**
     * Writes the report to {@code to} as it goes, its times local to the zone of {@code presentation} with
     * their offset (as instants in UTC when the zone is UTC).
     *
     * @throws UncheckedIOException when {@code to} cannot be written
     */
    static void write(Assessment assessment, Appendable to, Presentation presentation) {
        TextReport report = new TextReport(to, presentation);
        report.title(assessment);
        report.safety(assessment);
        report.problems(assessment);
        report.findings(assessment);
        report.actions(assessment);
        report.escalations(assessment);
        report.warnings(assessment.warnings());
        report.people(assessment);
        report.rejected(assessment.rejected());
        report.severities(assessment);
    }

    private void title(Assessment assessment) {
        line("Complaint assessment" + (presentation.title() == null ? "" : " for " + Text.safe(presentation.title()))
                + " as of " + presentation.time(assessment.asOf())
                + (presentation.utc() ? "" : " (times in " + presentation.zone().getId() + ")"));
        line(assessment.complaints().size() + " complaints assessed, " + assessment.rejected().size()
                + " records rejected, " + count(assessment.problems().size(), "problem") + " (from "
                + count(assessment.findings().size(), "finding") + "), "
                + assessment.escalations().size() + " escalations, " + assessment.warnings().size() + " warnings, "
                + assessment.actions().size() + " corrective actions");
    }

    /** Each open safety complaint's pathway, first: it acts at once. */
    private void safety(Assessment assessment) {
        List<SafetyAction> actions = assessment.safetyActions();
        section("SAFETY", (int) actions.stream().map(SafetyAction::complaintId).distinct().count());
        String current = null;
        for (SafetyAction action : actions) {
            if (!action.complaintId().equals(current)) {
                current = action.complaintId();
                line(INDENT + Text.safe(current) + assessment.options(current).stream().findFirst()
                        .map(o -> ": offer first " + o.type() + " (" + o.estimatedCost() + ")").orElse(""));
            }
            line(INDENT + INDENT + action.kind() + " " + action.scope() + " " + Text.safe(action.key()) + ", due "
                    + presentation.time(action.due()));
            line(INDENT + INDENT + INDENT + Text.safe(action.reason()));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void problems(Assessment assessment) {
        section("PROBLEMS", assessment.problems().size());
        for (Problem problem : assessment.problems()) {
            line(INDENT + Text.safe(problem.title()));
            line(INDENT + INDENT + "id: " + Text.safe(problem.id()));
            line(INDENT + INDENT + "severity " + assessment.severityOf(problem) + ", " + problem.size()
                    + " complaints from " + presentation.time(problem.from()) + " to " + presentation.time(problem.to()));
            line(INDENT + INDENT + "likely source: " + problem.sourceScope() + " " + Text.safe(problem.sourceKey())
                    + ": " + Text.safe(problem.likelySource().reason()));
            line(INDENT + INDENT + "findings: " + Text.safe(String.join(", ", problem.findingIds())));
            if (!problem.attachedFindingIds().isEmpty()) {
                line(INDENT + INDENT + "attached: " + Text.safe(String.join(", ", problem.attachedFindingIds())));
            }
            line(INDENT + INDENT + "complaints: " + Text.safe(String.join(", ", problem.complaintIds())));
            assessment.escalationOf(TargetType.PROBLEM, problem.id()).ifPresent(e -> line(INDENT + INDENT + "escalated to "
                    + e.level() + ", due " + presentation.time(e.due()) + holder(assessment.acknowledgementOf(e))));
            problemOptions(assessment.systemicOptions(problem.id()), assessment);
            assessment.decision(problem.id()).ifPresent(d -> line(INDENT + INDENT + "decision: " + d.option() + " by "
                    + Text.safe(d.by()) + " at " + presentation.time(d.decidedAt()) + (d.actionId() == null ? "" : ", carried out by "
                    + Text.safe(d.actionId())) + (d.rationale() == null ? "" : ": " + Text.safe(d.rationale()))));
        }
    }

    /** "; held by Dana since ..." or "; not acknowledged". */
    private String holder(Optional<Acknowledgement> holder) {
        return holder.map(a -> "; held by " + Text.safe(a.by()) + " since " + presentation.time(a.acknowledgedAt()))
                .orElse("; not acknowledged");
    }

    /**
     * The options of a problem, in the rank order of the assessment: MONITOR marked as the baseline,
     * those below it as not beating doing nothing, those in place with their action.
     */
    private void problemOptions(List<SystemicOption> options, Assessment assessment) {
        if (options.isEmpty()) {
            line(INDENT + INDENT + "options for management: none (a repeat customer is recovered, not costed)");
            return;
        }
        line(INDENT + INDENT + "options for management (" + options.get(0).cost().currency().getCurrencyCode()
                + "), ranked against doing nothing (MONITOR):");
        int width = Math.max("option".length(), options.stream().mapToInt(o -> o.type().name().length()).max()
                .orElse(0));
        String format = INDENT + INDENT + INDENT + "%-2s %-" + width + "s  %11s  %10s  %-10s  %s";
        line(String.format(format, "#", "option", "net benefit", "cost", "payback", "note").stripTrailing());
        int rank = 1;
        boolean belowBaseline = false;
        for (SystemicOption option : options) {
            String note;
            if (option.inPlace() != null) {
                note = "in place: " + Text.safe(option.inPlace()) + since(option.inPlace(), assessment);
            } else if (option.isBaseline()) {
                note = "baseline: doing nothing, keep watching";
                belowBaseline = true;
            } else if (option.safetyFirst()) {
                note = "safety first: " + Text.safe(option.feasibility());
            } else if (belowBaseline || !option.beatsBaseline()) {
                note = "does not beat doing nothing";
            } else {
                note = Text.safe(option.feasibility());
            }
            line(String.format(format, rank++, option.type(), option.netBenefit().amount().toPlainString(),
                    option.cost().amount().toPlainString(),
                    option.paybackDays() == null ? "-" : option.paybackDays() + " days", note).stripTrailing());
        }
    }

    /** " since 2026-02-10", the day the action took effect, or nothing when it is not on file. */
    static String since(String actionId, Assessment assessment) {
        return assessment.actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .map(a -> " since " + a.effectiveFrom()).orElse("");
    }

    private void findings(Assessment assessment) {
        section("FINDINGS", assessment.findings().size());
        for (RepeatFinding finding : assessment.findings()) {
            line(INDENT + finding.scope() + " " + Text.safe(finding.key()) + ", "
                    + (finding.defect() == null ? "all defects" : finding.defect()) + ": " + finding.size()
                    + " complaints from " + presentation.time(finding.from()) + " to "
                    + presentation.time(finding.to()));
            line(INDENT + INDENT + "id: " + Text.safe(finding.id()));
            assessment.problemOf(finding.id()).ifPresent(p -> line(INDENT + INDENT + "a view of problem "
                    + Text.safe(p.id())));
            line(INDENT + INDENT + "complaints: " + Text.safe(String.join(", ", finding.complaintIds())));
            line(INDENT + INDENT + Text.safe(finding.reason()));
            options(finding, assessment.systemicOptions(finding.id()));
        }
    }

    /**
     * The options for management proposed on a finding itself (by rules of one's own; the standard
     * rules propose them once per problem, above), as a small table in the assessment's order.
     */
    private void options(RepeatFinding finding, List<SystemicOption> options) {
        if (options.isEmpty()) {
            return;
        }
        line(INDENT + INDENT + "options for management (" + options.get(0).cost().currency().getCurrencyCode()
                + "), best net benefit first:");
        int width = Math.max("option".length(), options.stream().mapToInt(o -> o.type().name().length()).max()
                .orElse(0));
        String format = INDENT + INDENT + INDENT + "%-2s %-" + width + "s  %11s  %10s  %-10s  %s";
        line(String.format(format, "#", "option", "net benefit", "cost", "payback", "feasibility").stripTrailing());
        int rank = 1;
        for (SystemicOption option : options) {
            line(String.format(format, rank++, option.type(), option.netBenefit().amount().toPlainString(),
                    option.cost().amount().toPlainString(),
                    option.paybackDays() == null ? "never" : option.paybackDays() + " days",
                    Text.safe(option.feasibility())));
        }
    }

    private void actions(Assessment assessment) {
        section("CORRECTIVE ACTIONS", assessment.actions().size());
        Map<String, List<String>> reopened = new HashMap<>();
        assessment.reopenedRootCauses().forEach(r -> reopened.computeIfAbsent(r.actionId(), id -> new ArrayList<>())
                .add(r.rootCauseId()));
        for (CorrectiveAction action : assessment.actions()) {
            Optional<ActionVerification> verification = assessment.verification(action.id());
            line(INDENT + Text.safe(action.id()) + " " + verification.map(v -> v.verdict().name()).orElse("no verdict")
                    + ": " + action.scope() + " " + Text.safe(action.key()) + ", " + Text.safe(action.defect())
                    + ", effective " + action.effectiveFrom());
            verification.filter(v -> !v.recurrences().isEmpty()).ifPresent(v -> line(INDENT + INDENT
                    + "recurrences: " + Text.safe(String.join(", ", v.recurrences()))));
            for (String rootCause : reopened.getOrDefault(action.id(), List.of())) {
                line(INDENT + INDENT + "root cause " + Text.safe(rootCause) + " reopened");
            }
            verification.ifPresent(v -> line(INDENT + INDENT + Text.safe(v.reason())));
            for (ActionSuperseded superseded : assessment.conclusions(ActionSuperseded.class)) {
                if (superseded.supersededBy().equals(action.id())) {
                    line(INDENT + INDENT + "supersedes " + Text.safe(superseded.actionId()) + ": " + Text.safe(superseded.reason()));
                }
            }
            for (CustomerRecovery recovery : assessment.conclusions(CustomerRecovery.class)) {
                if (recovery.actionId().equals(action.id())) {
                    line(INDENT + INDENT + "customers " + recovery.recovery() + ": " + Text.safe(recovery.reason()));
                }
            }
        }
    }

    private void escalations(Assessment assessment) {
        List<Escalation> escalations = assessment.escalations();
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
                        + presentation.time(escalation.due()) + holder(assessment.acknowledgementOf(escalation)));
                line(INDENT + INDENT + INDENT + Text.safe(escalation.reason()));
                if (escalation.targetType() == TargetType.COMPLAINT) {
                    assessment.options(escalation.target()).stream().findFirst().ifPresent(o -> line(INDENT + INDENT
                            + INDENT + "offer first: " + o.type() + " (" + o.estimatedCost() + ")"));
                }
            }
        }
    }

    private void warnings(List<DeadlineWarning> warnings) {
        section("WARNINGS", warnings.size());
        for (DeadlineWarning warning : warnings) {
            line(INDENT + Text.safe(warning.complaintId()) + " " + warning.kind() + " due " + presentation.time(warning.deadline())
                    + " (" + warning.usedPercent() + "% of the time used)");
            line(INDENT + INDENT + Text.safe(warning.reason()));
        }
    }

    /** The contact log and the evidence filed, one line each; omitted when neither was given. */
    private void people(Assessment assessment) {
        if (assessment.contacts().isEmpty() && assessment.evidence().isEmpty()) {
            return;
        }
        section("CONTACTS", assessment.contacts().size());
        assessment.contacts().forEach(c -> line(INDENT + Text.safe(c.complaintId()) + " " + presentation.time(c.at()) + " " + c.kind()
                + (c.channel() == null ? "" : " (" + c.channel() + ")") + " by " + Text.safe(c.by())
                + (c.outcome() == null ? "" : ": " + Text.safe(c.outcome()))));
        section("EVIDENCE", assessment.evidence().size());
        assessment.evidence().forEach(e -> line(INDENT + e.kind() + " about " + Text.safe(e.subject()) + ": "
                + Text.safe(e.uri()) + (e.by() == null ? "" : ", filed by " + Text.safe(e.by()))
                + (e.at() == null ? "" : " at " + presentation.time(e.at()))));
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
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
