package io.welt.complaints.rules;

import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.TargetType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the rules concluded about a complaint log as of one instant: each complaint's severity, the
 * repeat findings, the escalations in force, the deadline warnings, the rejected records, and the
 * audit trail that explains every one of them. Immutable; every list is in a stable order (by id,
 * then time), so the same log and clock always give an equal assessment.
 *
 * <pre>{@code
 * Assessment assessment = rules.assess(log, Instant.parse("2026-03-01T09:00:00Z"));
 * for (RepeatFinding finding : assessment.findings()) {
 *     System.out.println(finding.id() + ": " + finding.reason());
 * }
 * }</pre>
 */
public final class Assessment {

    private static final Comparator<Escalation> STRONGEST_FIRST = Comparator
            .comparing(Escalation::level).reversed()
            .thenComparing(Escalation::raisedAt)
            .thenComparing(Escalation::rule)
            .thenComparing(Escalation::reason);

    private final Instant asOf;
    private final List<Complaint> complaints;
    private final Map<String, SeverityAssessment> severities;
    private final List<RepeatFinding> findings;
    private final List<Escalation> escalations;
    private final List<Escalation> superseded;
    private final List<DeadlineWarning> warnings;
    private final List<Conclusion> conclusions;
    private final List<AuditEntry> audit;
    private final List<Rejection> rejected;
    private final SortedMap<String, Long> firedRules;

    private Assessment(Instant asOf, List<Complaint> complaints, Map<String, SeverityAssessment> severities,
                       List<RepeatFinding> findings, List<Escalation> escalations, List<Escalation> superseded,
                       List<DeadlineWarning> warnings, List<Conclusion> conclusions, List<AuditEntry> audit,
                       List<Rejection> rejected, SortedMap<String, Long> firedRules) {
        this.asOf = asOf;
        this.complaints = complaints;
        this.severities = severities;
        this.findings = findings;
        this.escalations = escalations;
        this.superseded = superseded;
        this.warnings = warnings;
        this.conclusions = conclusions;
        this.audit = audit;
        this.rejected = rejected;
        this.firedRules = firedRules;
    }

    /** Sorts what a session derived into an assessment; package-private: only the facade makes one. */
    static Assessment assemble(Instant asOf, List<Complaint> accepted, List<Conclusion> derived,
                               List<Rejection> rejected, Map<String, Long> firedRules) {
        List<Complaint> complaints = new ArrayList<>(accepted);
        complaints.sort(Comparator.comparing(Complaint::getId));
        Map<String, Complaint> byId = new HashMap<>();
        for (Complaint complaint : complaints) {
            byId.put(complaint.getId(), complaint);
        }

        List<SeverityAssessment> claims = new ArrayList<>();
        List<RepeatFinding> findings = new ArrayList<>();
        List<Escalation> allEscalations = new ArrayList<>();
        List<DeadlineWarning> warnings = new ArrayList<>();
        List<Conclusion> conclusions = new ArrayList<>(derived);
        for (Conclusion conclusion : derived) {
            if (conclusion instanceof SeverityAssessment claim) {
                claims.add(claim);
            } else if (conclusion instanceof RepeatFinding finding) {
                findings.add(finding);
            } else if (conclusion instanceof Escalation escalation) {
                allEscalations.add(escalation);
            } else if (conclusion instanceof DeadlineWarning warning) {
                warnings.add(warning);
            }
        }
        // Highest first; among equals a rule that raised the severity explains it better than the floor.
        Comparator<SeverityAssessment> claimOrder = Comparator.comparing(SeverityAssessment::complaintId)
                .thenComparing(SeverityAssessment::severity, Comparator.reverseOrder())
                .thenComparing(claim -> claim.rule().equals(RuleNames.TRIAGE_CATEGORY_DEFAULT))
                .thenComparing(SeverityAssessment::rule).thenComparing(SeverityAssessment::reason);
        claims.sort(claimOrder);
        Map<String, SeverityAssessment> severities = new LinkedHashMap<>();
        for (SeverityAssessment claim : claims) {
            severities.putIfAbsent(claim.complaintId(), claim);
        }
        findings.sort(Comparator.comparing(RepeatFinding::id));
        warnings.sort(Comparator.comparing(DeadlineWarning::complaintId).thenComparing(DeadlineWarning::kind));
        conclusions.sort(Comparator.comparing((Conclusion c) -> c.getClass().getName())
                .thenComparing(Conclusion::rule).thenComparing(Conclusion::reason));

        // The highest escalation per target stands; the rest are superseded by it.
        Map<String, List<Escalation>> byTarget = new TreeMap<>();
        for (Escalation escalation : allEscalations) {
            byTarget.computeIfAbsent(escalation.targetType() + "\u0000" + escalation.target(), k -> new ArrayList<>())
                    .add(escalation);
        }
        List<Escalation> inForce = new ArrayList<>();
        List<Escalation> superseded = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (List<Escalation> forTarget : byTarget.values()) {
            forTarget.sort(STRONGEST_FIRST);
            Escalation standing = forTarget.get(0);
            inForce.add(standing);
            for (Escalation escalation : forTarget) {
                audit.add(new AuditEntry(escalation.raisedAt(), actor(escalation), escalation.target(),
                        "escalated to " + escalation.level() + ", due " + escalation.due(), escalation.reason()));
            }
            for (Escalation lower : forTarget.subList(1, forTarget.size())) {
                superseded.add(lower);
                Instant at = lower.raisedAt().isAfter(standing.raisedAt()) ? lower.raisedAt() : standing.raisedAt();
                audit.add(new AuditEntry(at, actor(standing), lower.target(),
                        "escalation to " + lower.level() + " by \"" + lower.rule() + "\" superseded",
                        lower.level() == standing.level()
                                ? "The same level is already in force through \"" + standing.rule() + "\""
                                : standing.level() + " (\"" + standing.rule() + "\") is higher than " + lower.level()));
            }
        }

        for (SeverityAssessment claim : claims) {
            Complaint complaint = byId.get(claim.complaintId());
            Instant at = complaint == null ? asOf : complaint.getReceivedAt();
            audit.add(new AuditEntry(at, actor(claim), claim.complaintId(), "severity " + claim.severity(),
                    claim.reason()));
        }
        for (RepeatFinding finding : findings) {
            audit.add(new AuditEntry(finding.to(), actor(finding), finding.id(),
                    "repeat finding of " + finding.size() + " complaints", finding.reason()));
        }
        for (DeadlineWarning warning : warnings) {
            audit.add(new AuditEntry(asOf, actor(warning), warning.complaintId(),
                    warning.kind().name().toLowerCase(java.util.Locale.ROOT) + " due soon (" + warning.usedPercent() + "%)",
                    warning.reason()));
        }
        audit.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::subject)
                .thenComparing(AuditEntry::event).thenComparing(AuditEntry::actor).thenComparing(AuditEntry::reason));

        List<Rejection> sortedRejections = new ArrayList<>(rejected);
        sortedRejections.sort(Comparator.comparing(Rejection::source).thenComparingLong(Rejection::line)
                .thenComparing(Rejection::field).thenComparing(Rejection::message));
        superseded.sort(Comparator.comparing(Escalation::target).thenComparing(STRONGEST_FIRST));

        return new Assessment(asOf, List.copyOf(complaints), Collections.unmodifiableMap(severities),
                List.copyOf(findings), List.copyOf(inForce), List.copyOf(superseded), List.copyOf(warnings),
                List.copyOf(conclusions), List.copyOf(audit), List.copyOf(sortedRejections),
                Collections.unmodifiableSortedMap(new TreeMap<>(firedRules)));
    }

    private static String actor(Conclusion conclusion) {
        return "rule:" + conclusion.rule();
    }

    /** The clock the assessment was made as of. */
    public Instant asOf() {
        return asOf;
    }

    /** The complaints assessed (not rejected), with product lines filled in, by id. */
    public List<Complaint> complaints() {
        return complaints;
    }

    /** The deciding severity assessment of a complaint: its highest claim. */
    public Optional<SeverityAssessment> severityAssessment(String complaintId) {
        return Optional.ofNullable(severities.get(complaintId));
    }

    /** A complaint's severity. @throws IllegalArgumentException when the complaint was not assessed */
    public Severity severityOf(String complaintId) {
        SeverityAssessment assessment = severities.get(complaintId);
        if (assessment == null) {
            throw new IllegalArgumentException("no complaint " + complaintId + " was assessed");
        }
        return assessment.severity();
    }

    /** The deciding severity assessment of every complaint, by complaint id. */
    public Map<String, SeverityAssessment> severities() {
        return severities;
    }

    /** Every repeat finding, by id. */
    public List<RepeatFinding> findings() {
        return findings;
    }

    /** The repeat findings of one scope, by id. */
    public List<RepeatFinding> findings(FindingScope scope) {
        return findings.stream().filter(f -> f.scope() == scope).toList();
    }

    /** The escalation in force for each target (the highest), by target type and id. */
    public List<Escalation> escalations() {
        return escalations;
    }

    /** The escalation in force for a target, if any. */
    public Optional<Escalation> escalationOf(TargetType type, String target) {
        return escalations.stream().filter(e -> e.targetType() == type && e.target().equals(target)).findFirst();
    }

    /** The level a target is at: its escalation in force, or FRONTLINE. */
    public EscalationLevel levelOf(TargetType type, String target) {
        return escalationOf(type, target).map(Escalation::level).orElse(EscalationLevel.FRONTLINE);
    }

    /** Escalations a higher (or an equal, earlier) one superseded; the audit trail says which. */
    public List<Escalation> supersededEscalations() {
        return superseded;
    }

    /** Service-level targets about to be missed, by complaint id. */
    public List<DeadlineWarning> warnings() {
        return warnings;
    }

    /** Every conclusion derived, including those of rules a rule author added. */
    public List<Conclusion> conclusions() {
        return conclusions;
    }

    /** The conclusions of one type, e.g. those a rule author's own rules insert. */
    public <T extends Conclusion> List<T> conclusions(Class<T> type) {
        return conclusions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** One entry per derived fact and per superseded escalation, in time order. */
    public List<AuditEntry> audit() {
        return audit;
    }

    /** The records not assessed, with why, by source and line. */
    public List<Rejection> rejected() {
        return rejected;
    }

    /** How often each rule fired, by rule name. */
    public SortedMap<String, Long> firedRules() {
        return firedRules;
    }

    @Override
    public String toString() {
        return "Assessment[as of " + asOf + ": " + complaints.size() + " complaints, " + rejected.size()
                + " rejected, " + findings.size() + " findings, " + escalations.size() + " escalations]";
    }
}
