package io.welt.complaints.rules;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.Problem;
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
 * The whole problem-solving cycle of one problem, one finding or one corrective action in one
 * document, as a quality auditor (ISO 9001 10.2.2) or an assessor asks to see it: the problem and its
 * likely source, the complaints, the findings and why they fired, the options put to management with
 * their figures and arithmetic, the decision and who took it, the root cause and its evidence, the
 * actions and their follow-ups with outcomes, the verdicts, the contacts with the customers, the
 * evidence filed, and the audit trail of who (person or rule) did what.
 *
 * <pre>{@code
 * EvidencePack pack = EvidencePack.forProblem(assessment, "P/MATERIAL_LOT/HL-4471/GRAIN_CRACKING/C-00163");
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
 * @param problem     the problem the pack is about, or null for a pack of a finding or an action
 * @param decisions   the decisions recorded on the problem or its findings, in time order
 * @param contacts    the contacts with the customers of its complaints, in time order
 * @param evidence    the evidence filed about the problem, its findings, complaints, actions or root causes
 * @param holders     who holds each escalation in force that a person acknowledged
 */
public record EvidencePack(String title, Instant asOf, List<Complaint> complaints, List<RepeatFinding> findings,
                           List<SystemicOption> options, List<RootCause> rootCauses, List<CorrectiveAction> actions,
                           List<ActionVerification> verdicts, List<Escalation> escalations, List<AuditEntry> audit,
                           Problem problem, List<Decision> decisions, List<Contact> contacts,
                           List<EvidenceItem> evidence, List<Acknowledgement> holders) {

    /**
     * The pack of one problem: its complaints, the findings that are views of it (and those attached
     * to it), its options, the decisions on it, the corrective actions on its scope or carrying out one
     * of its options, with their follow-ups and verdicts, the contacts with its customers, the evidence
     * filed and the audit trail.
     *
     * @param assessment the assessment the problem is in
     * @param problemId  the problem's id, e.g. {@code P/PRODUCT_LINE/Chelsea boot/STITCHING/C-00238}
     * @return the pack
     * @throws IllegalArgumentException when the assessment has no such problem (a null id included); the
     *                                  message lists some of the ids it has
     * @throws NullPointerException     when {@code assessment} is null
     */
    public static EvidencePack forProblem(Assessment assessment, String problemId) {
        Problem problem = assessment.problem(problemId).orElseThrow(() -> new IllegalArgumentException(
                "no problem '" + problemId + "' in this assessment; there are " + assessment.problems().size()
                        + " problems, e.g. " + assessment.problems().stream().limit(3).map(Problem::id).toList()));
        List<RepeatFinding> findings = new ArrayList<>();
        for (String id : problem.findingIds()) {
            assessment.finding(id).ifPresent(findings::add);
        }
        for (String id : problem.attachedFindingIds()) {
            assessment.finding(id).ifPresent(findings::add);
        }
        Set<String> actionIds = new LinkedHashSet<>();
        assessment.systemicOptions(problem.id()).forEach(o -> {
            if (o.inPlace() != null) {
                actionIds.add(o.inPlace());
            }
        });
        assessment.decisions().stream().filter(d -> decides(d, problem) && d.actionId() != null)
                .forEach(d -> actionIds.add(d.actionId()));
        List<CorrectiveAction> actions = assessment.actions().stream().filter(a -> actionIds.contains(a.id())
                || findings.stream().anyMatch(f -> addresses(a, f))).toList();
        return assemble(assessment, "Problem " + problem.id(), problem, findings, actions);
    }

    private static boolean decides(Decision decision, Problem problem) {
        return decision.subject().equals(problem.id()) || problem.findingIds().contains(decision.subject());
    }

    /**
     * The pack of one finding: with the root causes that name it or its complaints, and the actions on
     * its scope, key and defect.
     *
     * @param assessment the assessment the finding is in
     * @param findingId  the finding's id
     * @return the pack
     * @throws IllegalArgumentException when the assessment has no such finding (a null id included)
     * @throws NullPointerException     when {@code assessment} is null
     */
    public static EvidencePack forFinding(Assessment assessment, String findingId) {
        RepeatFinding finding = assessment.finding(findingId).orElseThrow(() -> new IllegalArgumentException(
                "no finding '" + findingId + "' in this assessment; there are " + assessment.findings().size()
                        + " findings, e.g. " + assessment.findings().stream().limit(3).map(RepeatFinding::id).toList()));
        List<CorrectiveAction> actions = assessment.actions().stream().filter(a -> addresses(a, finding)).toList();
        return assemble(assessment, "Finding " + finding.id(), null, List.of(finding), actions);
    }

    /**
     * The pack of one corrective action: with the findings it addresses and the complaints that recurred.
     *
     * @param assessment the assessment the action is in
     * @param actionId   the corrective action's id
     * @return the pack
     * @throws IllegalArgumentException when the assessment has no such action (a null id included)
     * @throws NullPointerException     when {@code assessment} is null
     */
    public static EvidencePack forAction(Assessment assessment, String actionId) {
        CorrectiveAction action = assessment.actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corrective action '" + actionId
                        + "' in this assessment; there are " + assessment.actions().stream().map(CorrectiveAction::id).toList()));
        List<RepeatFinding> findings = assessment.findings().stream().filter(f -> addresses(action, f)).toList();
        return assemble(assessment, "Corrective action " + action.id(), null, findings, List.of(action));
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

    private static EvidencePack assemble(Assessment assessment, String title, Problem problem,
                                         List<RepeatFinding> findings, List<CorrectiveAction> actions) {
        Set<String> complaintIds = new LinkedHashSet<>();
        if (problem != null) {
            complaintIds.addAll(problem.complaintIds());
        }
        findings.forEach(f -> complaintIds.addAll(f.complaintIds()));
        for (CorrectiveAction action : actions) {
            assessment.verification(action.id()).ifPresent(v -> complaintIds.addAll(v.recurrences()));
        }
        List<Complaint> complaints = complaintIds.stream().map(assessment::complaint).flatMap(Optional::stream)
                .sorted(Complaint.BY_RECEIPT).toList();
        // Options are put to management once per problem: those of the problems the findings are views of.
        Set<String> problemIds = new LinkedHashSet<>();
        if (problem != null) {
            problemIds.add(problem.id());
        } else {
            findings.forEach(f -> assessment.problemOf(f.id()).ifPresent(p -> problemIds.add(p.id())));
        }
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
        List<Decision> decisions = assessment.decisions().stream().filter(d -> subjects.contains(d.subject())).toList();
        List<Contact> contacts = assessment.contacts().stream().filter(c -> complaintIds.contains(c.complaintId()))
                .toList();
        List<EvidenceItem> evidence = assessment.evidence().stream().filter(e -> subjects.contains(e.subject()))
                .toList();
        List<Acknowledgement> holders = escalations.stream().map(assessment::acknowledgementOf)
                .flatMap(Optional::stream).toList();
        return new EvidencePack(title, assessment.asOf(), complaints, findings, options, rootCauses, actions, verdicts,
                escalations, audit, problem, decisions, contacts, evidence, holders);
    }

    /**
     * The pack as plain text, one section per step of the cycle; customer text is kept as written.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        String rule = "=".repeat(Math.min(100, title.length() + 15));
        out.append("EVIDENCE PACK: ").append(title).append('\n').append(rule).append('\n');
        out.append("As of ").append(asOf).append('\n');
        if (problem != null) {
            section(out, "The problem");
            out.append("  ").append(problem.title()).append('\n')
                    .append("  ").append(problem.kind()).append(" problem, ").append(problem.size())
                    .append(" complaints from ").append(problem.from()).append(" to ").append(problem.to())
                    .append(problem.productLines().isEmpty() ? "" : ", on " + String.join(", ", problem.productLines()))
                    .append('\n')
                    .append("  likely source: ").append(problem.likelySource().scope()).append(" ")
                    .append(problem.likelySource().key()).append('\n')
                    .append("    why: ").append(problem.likelySource().reason()).append('\n')
                    .append("  views (findings): ").append(String.join(", ", problem.findingIds())).append('\n');
            if (!problem.attachedFindingIds().isEmpty()) {
                out.append("  attached findings: ").append(String.join(", ", problem.attachedFindingIds())).append('\n');
            }
            out.append("  rule \"").append(problem.rule()).append("\": ").append(problem.reason()).append('\n');
        }

        section(out, "1. Complaints logged (" + complaints.size() + ")");
        for (Complaint c : complaints) {
            out.append("  ").append(c.id()).append("  received ").append(c.receivedAt()).append("  ")
                    .append(c.defect()).append(" on ").append(c.sku()).append(" (").append(c.productLine())
                    .append(")").append(c.batchId() == null ? "" : ", batch " + c.batchId())
                    .append(", status ").append(c.status()).append('\n');
            if (!c.description().isBlank()) {
                out.append("      \"").append(oneLine(c.description())).append("\"\n");
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

        section(out, "3. Options put to management (ranked; each against doing nothing: MONITOR)");
        if (options.isEmpty()) {
            out.append("  none: a repeat customer is recovered, not costed\n");
        }
        int rank = 1;
        boolean belowBaseline = false;
        for (SystemicOption o : options) {
            out.append("  ").append(rank++).append(". ").append(o.type());
            if (o.inPlace() != null) {
                out.append(": in place: ").append(o.inPlace()).append(since(o.inPlace())).append(" (not proposed)");
            } else if (o.isBaseline()) {
                out.append(" (the baseline, doing nothing): expected cost of the complaints continuing ")
                        .append(o.cost());
                belowBaseline = true;
            } else {
                out.append(": cost ").append(o.cost()).append(", saves ").append(o.benefit()).append(", net ")
                        .append(o.netBenefit()).append(", ").append(o.feasibility()).append(", payback ")
                        .append(o.paybackDays() == null ? "none within the horizon" : o.paybackDays() + " days");
                if (o.safetyFirst()) {
                    out.append(" [SAFETY FIRST]");
                } else if (belowBaseline || !o.beatsBaseline()) {
                    out.append(" [does not beat doing nothing]");
                }
            }
            out.append('\n').append("    ").append(o.reason()).append('\n');
        }

        section(out, "4. Decision");
        if (decisions.isEmpty()) {
            out.append("  none recorded\n");
        }
        for (Decision d : decisions) {
            out.append("  ").append(d.decidedAt()).append("  ").append(d.subject()).append(": ").append(d.option())
                    .append(" decided by ").append(d.by())
                    .append(d.actionId() == null ? "" : ", carried out by " + d.actionId()).append('\n');
            if (d.rationale() != null) {
                out.append("    rationale: ").append(oneLine(d.rationale())).append('\n');
            }
        }

        section(out, "5. Root cause");
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

        section(out, "6. Corrective action, follow-ups and verdict");
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

        section(out, "7. Contacts with the customers (" + contacts.size() + ")");
        if (contacts.isEmpty()) {
            out.append("  none recorded\n");
        }
        for (Contact c : contacts) {
            out.append("  ").append(c.at()).append("  ").append(c.complaintId()).append("  ").append(c.kind())
                    .append(c.channel() == null || c.channel().name().equals(c.kind().name()) ? ""
                            : " via " + c.channel()).append(", by ").append(c.by())
                    .append(c.outcome() == null ? "" : ": " + oneLine(c.outcome())).append('\n');
            if (c.note() != null) {
                out.append("      ").append(oneLine(c.note())).append('\n');
            }
        }

        section(out, "8. Evidence filed (" + evidence.size() + ")");
        if (evidence.isEmpty()) {
            out.append("  none filed\n");
        }
        for (EvidenceItem e : evidence) {
            out.append("  ").append(e.kind()).append(" about ").append(e.subject()).append(": ").append(e.uri())
                    .append(e.by() == null ? "" : ", filed by " + e.by()).append(e.at() == null ? "" : " at " + e.at())
                    .append('\n');
            if (e.note() != null) {
                out.append("      ").append(oneLine(e.note())).append('\n');
            }
        }

        section(out, "9. Escalations in force");
        if (escalations.isEmpty()) {
            out.append("  none\n");
        }
        for (Escalation e : escalations) {
            out.append("  ").append(e.targetType()).append(" ").append(e.target()).append(" -> ").append(e.level())
                    .append(", due ").append(e.due()).append(": ").append(e.reason()).append('\n');
            holders.stream().filter(a -> a.targetType() == e.targetType() && a.target().equals(e.target()))
                    .reduce((first, second) -> second).ifPresentOrElse(a -> out.append("    held by ").append(a.by())
                            .append(" at ").append(a.level()).append(" since ").append(a.acknowledgedAt())
                            .append(a.note() == null ? "" : ": " + oneLine(a.note())).append('\n'),
                            () -> out.append("    held by nobody yet: no acknowledgement on file\n"));
        }

        section(out, "10. Audit trail (" + audit.size() + " entries, people and rules)");
        for (AuditEntry e : audit) {
            out.append("  ").append(e.at()).append("  ").append(e.subject()).append("  ").append(e.event()).append('\n')
                    .append("      by ").append(e.actor()).append(": ").append(e.reason()).append('\n');
        }
        return out.toString();
    }

    /** " since 2026-02-10" when the action is in the pack, else nothing. */
    private String since(String actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .map(a -> " since " + a.effectiveFrom()).orElse("");
    }

    private static void section(StringBuilder out, String heading) {
        out.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param title what the pack is about
     * @param asOf the assessment's clock
     * @param complaints the complaints involved, in the order received
     * @param findings the findings involved
     * @param options the options put to management, best first, per finding in order
     * @param rootCauses the root causes stated
     * @param actions the corrective actions taken
     * @param verdicts their verdicts
     * @param escalations the escalations in force for the finding, the action and the complaints
     * @param audit every audit entry about any of them, in time order
     * @param problem the problem the pack is about, or null for a pack of a finding or an action
     * @param decisions the decisions recorded on the problem or its findings, in time order
     * @param contacts the contacts with the customers of its complaints, in time order
     * @param evidence the evidence filed about the problem, its findings, complaints, actions or root causes
     * @param holders who holds each escalation in force that a person acknowledged
     * @throws NullPointerException when a required value is null; the message names it
     */
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
        decisions = List.copyOf(decisions);
        contacts = List.copyOf(contacts);
        evidence = List.copyOf(evidence);
        holders = List.copyOf(holders);
    }
}
