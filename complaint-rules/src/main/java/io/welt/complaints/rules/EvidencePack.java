package io.welt.complaints.rules;

import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.SystemicOption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole problem-solving cycle of one finding or one corrective action in one document, as a
 * quality auditor (ISO 9001 10.2.2) or an assessor asks to see it: the complaints, the finding and
 * why it fired, the options put to management with their figures, the root cause and its evidence,
 * the action and its follow-ups with outcomes, the verdict, and the audit trail of who decided what.
 *
 * <pre>{@code
 * EvidencePack pack = EvidencePack.forFinding(assessment, "PRODUCT_LINE/Chelsea boot/STITCHING/C-1042");
 * System.out.println(pack.toText());
 * }</pre>
 *
 * @param title       what the pack is about
 * @param asOf        the assessment's clock
 * @param complaints  the complaints involved, in the order received
 * @param findings    the findings involved
 * @param options     the options put to management, best first, per finding in order
 * @param rootCauses  the root causes stated
 * @param actions     the corrective actions taken
 * @param verdicts    their verdicts
 * @param escalations the escalations in force for the finding, the action and the complaints
 * @param audit       every audit entry about any of them, in time order
 */
public record EvidencePack(String title, Instant asOf, List<Complaint> complaints, List<RepeatFinding> findings,
                           List<SystemicOption> options, List<RootCause> rootCauses, List<CorrectiveAction> actions,
                           List<ActionVerification> verdicts, List<Escalation> escalations, List<AuditEntry> audit) {

    /**
     * The pack of one finding: with the root causes that name it or its complaints, and the actions on
     * its scope, key and defect.
     *
     * @throws IllegalArgumentException when the assessment has no such finding
     */
    public static EvidencePack forFinding(Assessment assessment, String findingId) {
        RepeatFinding finding = assessment.finding(findingId).orElseThrow(() -> new IllegalArgumentException(
                "no finding '" + findingId + "' in this assessment; there are " + assessment.findings().size()
                        + " findings, e.g. " + assessment.findings().stream().limit(3).map(RepeatFinding::id).toList()));
        List<CorrectiveAction> actions = assessment.actions().stream().filter(a -> addresses(a, finding)).toList();
        return assemble(assessment, "Finding " + finding.id(), List.of(finding), actions);
    }

    /**
     * The pack of one corrective action: with the findings it addresses and the complaints that recurred.
     *
     * @throws IllegalArgumentException when the assessment has no such action
     */
    public static EvidencePack forAction(Assessment assessment, String actionId) {
        CorrectiveAction action = assessment.actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corrective action '" + actionId
                        + "' in this assessment; there are " + assessment.actions().stream().map(CorrectiveAction::id).toList()));
        List<RepeatFinding> findings = assessment.findings().stream().filter(f -> addresses(action, f)).toList();
        return assemble(assessment, "Corrective action " + action.id(), findings, List.of(action));
    }

    private static boolean addresses(CorrectiveAction action, RepeatFinding finding) {
        if (!action.defect().equals(finding.defect())) {
            return false;
        }
        FindingScope scope = switch (action.scope()) {
            case PRODUCT_LINE -> FindingScope.PRODUCT_LINE;
            case BATCH -> FindingScope.BATCH;
            case SUPPLIER -> FindingScope.SUPPLIER;
            case MATERIAL_LOT -> FindingScope.MATERIAL_LOT;
            case SKU -> null;
        };
        return finding.scope() == scope && finding.key().equalsIgnoreCase(action.key());
    }

    private static EvidencePack assemble(Assessment assessment, String title, List<RepeatFinding> findings,
                                         List<CorrectiveAction> actions) {
        Set<String> complaintIds = new LinkedHashSet<>();
        findings.forEach(f -> complaintIds.addAll(f.complaintIds()));
        for (CorrectiveAction action : actions) {
            assessment.verification(action.id()).ifPresent(v -> complaintIds.addAll(v.recurrences()));
        }
        List<Complaint> complaints = complaintIds.stream().map(assessment::complaint).flatMap(Optional::stream)
                .sorted(Complaint.BY_RECEIPT).toList();
        // Options are put to management once per problem: those of the problems the findings are views of.
        Set<String> problemIds = new LinkedHashSet<>();
        findings.forEach(f -> assessment.problemOf(f.id()).ifPresent(p -> problemIds.add(p.id())));
        List<SystemicOption> options = problemIds.stream().flatMap(id -> assessment.systemicOptions(id).stream()).toList();
        Set<String> rootCauseIds = new LinkedHashSet<>();
        actions.forEach(a -> {
            if (a.rootCauseId() != null) {
                rootCauseIds.add(a.rootCauseId());
            }
        });
        List<RootCause> rootCauses = assessment.rootCauses().stream().filter(rc -> rootCauseIds.contains(rc.id())
                || rc.findingIds().stream().anyMatch(id -> findings.stream().anyMatch(f -> f.id().equals(id)))
                || rc.complaintIds().stream().anyMatch(complaintIds::contains)).toList();
        List<ActionVerification> verdicts = actions.stream().map(a -> assessment.verification(a.id()))
                .flatMap(Optional::stream).toList();

        Set<String> subjects = new LinkedHashSet<>(complaintIds);
        findings.forEach(f -> subjects.add(f.id()));
        subjects.addAll(problemIds);
        actions.forEach(a -> subjects.add(a.id()));
        rootCauses.forEach(rc -> subjects.add(rc.id()));
        List<Escalation> escalations = new ArrayList<>();
        for (Escalation escalation : assessment.escalations()) {
            if (subjects.contains(escalation.target())) {
                escalations.add(escalation);
            }
        }
        List<AuditEntry> audit = assessment.audit().stream().filter(e -> subjects.contains(e.subject())).toList();
        return new EvidencePack(title, assessment.asOf(), complaints, findings, options, rootCauses, actions, verdicts,
                escalations, audit);
    }

    /** The pack as plain text, one section per step of the cycle; customer text is kept as written. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        String rule = "=".repeat(Math.min(100, title.length() + 15));
        out.append("EVIDENCE PACK: ").append(title).append('\n').append(rule).append('\n');
        out.append("As of ").append(asOf).append('\n');

        section(out, "1. Complaints logged (" + complaints.size() + ")");
        for (Complaint c : complaints) {
            out.append("  ").append(c.getId()).append("  received ").append(c.getReceivedAt()).append("  ")
                    .append(c.getDefect()).append(" on ").append(c.getSku()).append(" (").append(c.getProductLine())
                    .append(")").append(c.getBatchId() == null ? "" : ", batch " + c.getBatchId())
                    .append(", status ").append(c.getStatus()).append('\n');
            if (!c.getDescription().isBlank()) {
                out.append("      \"").append(oneLine(c.getDescription())).append("\"\n");
            }
        }

        section(out, "2. Repeat finding" + (findings.size() == 1 ? "" : "s") + " and why");
        if (findings.isEmpty()) {
            out.append("  none\n");
        }
        for (RepeatFinding f : findings) {
            out.append("  ").append(f.id()).append('\n').append("    ").append(f.scope()).append(" ").append(f.key())
                    .append(", ").append(f.defect() == null ? "all defects" : f.defect()).append(", ").append(f.size())
                    .append(" complaints from ").append(f.from()).append(" to ").append(f.to()).append('\n')
                    .append("    rule \"").append(f.rule()).append("\": ").append(f.reason()).append('\n');
        }

        section(out, "3. Options put to management (against doing nothing: MONITOR)");
        if (options.isEmpty()) {
            out.append("  none: a repeat customer is recovered, not costed\n");
        }
        for (SystemicOption o : options) {
            out.append("  ").append(o.type());
            if (o.inPlace() != null) {
                out.append(": in place (").append(o.inPlace()).append(")");
            } else if (o.isBaseline()) {
                out.append(": expected cost of the complaints continuing ").append(o.cost());
            } else {
                out.append(": cost ").append(o.cost()).append(", saves ").append(o.benefit()).append(", net ")
                        .append(o.netBenefit()).append(", ").append(o.feasibility()).append(", payback ")
                        .append(o.paybackDays() == null ? "not within the horizon" : o.paybackDays() + " days");
            }
            out.append('\n').append("    ").append(o.reason()).append('\n');
        }

        section(out, "4. Root cause");
        if (rootCauses.isEmpty()) {
            out.append("  none stated yet\n");
        }
        for (RootCause rc : rootCauses) {
            out.append("  ").append(rc.id()).append(" (").append(rc.category()).append(", ")
                    .append(rc.confirmed() ? "confirmed" : "suspected").append("): ").append(rc.description()).append('\n');
            if (rc.escapePoint() != null) {
                out.append("    escaped at: ").append(rc.escapePoint()).append('\n');
            }
            if (!rc.evidence().isEmpty()) {
                out.append("    evidence: ").append(String.join(", ", rc.evidence())).append('\n');
            }
        }

        section(out, "5. Corrective action, follow-ups and verdict");
        if (actions.isEmpty()) {
            out.append("  none taken yet\n");
        }
        for (CorrectiveAction a : actions) {
            out.append("  ").append(a.id()).append(": ").append(a.description().isEmpty() ? "(no description)" : a.description())
                    .append('\n').append("    scope ").append(a.scope()).append(" ").append(a.key()).append(", defect ")
                    .append(a.defect()).append(", effective ").append(a.effectiveFrom()).append(", owner ")
                    .append(a.owner() == null ? "not named" : a.owner()).append(" (").append(a.ownerLevel()).append(")\n");
            for (String containment : a.containment()) {
                out.append("    containment: ").append(containment).append('\n');
            }
            for (FollowUp f : a.followUps()) {
                out.append("    follow-up ").append(f.kind()).append(f.description().isEmpty() ? "" : " (" + f.description() + ")")
                        .append(", due ").append(f.due()).append(": ")
                        .append(!f.isDone() ? "not done" : "done " + f.doneOn() + ", "
                                + (f.passed() == null ? "no outcome" : f.passed() ? "passed" : "FAILED"))
                        .append(f.result() == null ? "" : " - " + f.result()).append('\n');
            }
            verdicts.stream().filter(v -> v.actionId().equals(a.id())).forEach(v -> out.append("    VERDICT ")
                    .append(v.verdict()).append(": ").append(v.reason()).append('\n'));
        }

        section(out, "6. Escalations in force");
        if (escalations.isEmpty()) {
            out.append("  none\n");
        }
        for (Escalation e : escalations) {
            out.append("  ").append(e.targetType()).append(" ").append(e.target()).append(" -> ").append(e.level())
                    .append(", due ").append(e.due()).append(": ").append(e.reason()).append('\n');
        }

        section(out, "7. Audit trail (" + audit.size() + " entries)");
        for (AuditEntry e : audit) {
            out.append("  ").append(e.at()).append("  ").append(e.subject()).append("  ").append(e.event()).append('\n')
                    .append("      by ").append(e.actor()).append(": ").append(e.reason()).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading) {
        out.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    public EvidencePack {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        complaints = List.copyOf(complaints);
        findings = List.copyOf(findings);
        options = List.copyOf(options);
        rootCauses = List.copyOf(rootCauses);
        actions = List.copyOf(actions);
        verdicts = List.copyOf(verdicts);
        escalations = List.copyOf(escalations);
        audit = List.copyOf(audit);
    }
}
