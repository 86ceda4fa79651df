package io.welt.complaints.rules;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.Recurrence;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseReopened;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.SystemicOption;
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
 * <p>A lookup by id or by target ({@link #options}, {@link #complaint}, {@link #finding},
 * {@link #problem}, {@link #problemOf}, {@link #escalationOf}, {@link #levelOf}, {@link #decision},
 * {@link #evidence(String)}, {@link #contacts(String)}, {@link #verification},
 * {@link #systemicOptions}, {@link #severityAssessment}, {@link #findings(FindingScope)},
 * {@link #acknowledgementOf}) finds nothing for an id, type or escalation the assessment does not hold,
 * null included: an empty {@code Optional} or list, or {@code FRONTLINE}. It never throws. The other
 * methods ({@link #safetyActions(String)} among them) throw {@link NullPointerException} for a null
 * argument.
 *
 * <pre>{@code
 * Assessment assessment = rules.assess(log, Instant.parse("2026-03-01T09:00:00Z"));
 * for (RepeatFinding finding : assessment.findings()) {
 *     System.out.println(finding.id() + ": " + finding.reason());
 * }
 * }</pre>
 */
public final class Assessment {

    /**
     * Which escalation of a target stands: the highest level, then the earliest raised, then by rule
     * name and reason. Hosts that track escalations themselves (from a {@link ComplaintMonitor}'s
     * changes) order them the same way.
     */
    public static final Comparator<Escalation> STRONGEST_FIRST = Comparator
            .comparing(Escalation::level).reversed()
            .thenComparing(Escalation::raisedAt)
            .thenComparing(Escalation::rule)
            .thenComparing(Escalation::reason);

    /** Highest first; among equals a rule that raised the severity explains it better than the floor. */
    private static final Comparator<SeverityAssessment> CLAIM_PRECEDENCE = (a, b) -> {
        int bySeverity = b.severity().compareTo(a.severity());
        if (bySeverity != 0) {
            return bySeverity;
        }
        int byFloor = Boolean.compare(a.rule().equals(RuleNames.TRIAGE_CATEGORY_DEFAULT),
                b.rule().equals(RuleNames.TRIAGE_CATEGORY_DEFAULT));
        if (byFloor != 0) {
            return byFloor;
        }
        int byRule = a.rule().compareTo(b.rule());
        return byRule != 0 ? byRule : a.reason().compareTo(b.reason());
    };

    private final Instant asOf;
    /** The accepted complaints as they came; sorted by id on first use. */
    private final List<Complaint> accepted;
    /** The deciding claim of each complaint, for lookups; in id order on first use. */
    private final Map<String, SeverityAssessment> deciding;
    private List<Complaint> complaints;
    private Map<String, SeverityAssessment> severities;
    private Map<String, Complaint> complaintsById;
    private final List<RepeatFinding> findings;
    private final List<Problem> problems;
    private final People people;
    private final List<Escalation> escalations;
    private final List<Escalation> superseded;
    private final List<DeadlineWarning> warnings;
    private final List<SeverityAssessment> severityClaims;
    private final List<CorrectiveAction> actions;
    private final List<RootCause> rootCauses;
    private final Map<String, List<ResolutionOption>> options;
    private final Map<String, List<SystemicOption>> systemicOptions;
    private final Map<String, ActionVerification> verifications;
    private final List<Recurrence> recurrences;
    private final List<RootCauseReopened> reopened;
    private final List<Conclusion> others;
    private final List<Rejection> rejected;
    private final SortedMap<String, Long> firedRules;
    /** Made on first use: most callers never read the whole trail, and it is the largest part. */
    private List<AuditEntry> audit;
    private List<Conclusion> conclusions;
    /** The safety actions by complaint, grouped on first use. */
    private Map<String, List<SafetyAction>> safetyActions;

    private Assessment(Instant asOf, List<Complaint> accepted, Map<String, SeverityAssessment> deciding,
                       List<SeverityAssessment> severityClaims, List<RepeatFinding> findings, List<Problem> problems,
                       People people, List<Escalation> escalations, List<Escalation> superseded, List<DeadlineWarning> warnings,
                       List<CorrectiveAction> actions, List<RootCause> rootCauses,
                       Map<String, List<ResolutionOption>> options,
                       Map<String, List<SystemicOption>> systemicOptions, Map<String, ActionVerification> verifications,
                       List<Recurrence> recurrences, List<RootCauseReopened> reopened,
                       List<Conclusion> others, List<Rejection> rejected, SortedMap<String, Long> firedRules) {
        this.asOf = asOf;
        this.accepted = accepted;
        this.deciding = deciding;
        this.severityClaims = severityClaims;
        this.findings = findings;
        this.problems = problems;
        this.people = people;
        this.escalations = escalations;
        this.superseded = superseded;
        this.warnings = warnings;
        this.actions = actions;
        this.rootCauses = rootCauses;
        this.options = options;
        this.systemicOptions = systemicOptions;
        this.verifications = verifications;
        this.recurrences = recurrences;
        this.reopened = reopened;
        this.others = others;
        this.rejected = rejected;
        this.firedRules = firedRules;
    }

    /** The conclusions of one type, taken out of {@code byClass}; what is left are the others. */
    @SuppressWarnings("unchecked")
    private static <T extends Conclusion> List<T> take(Map<Class<?>, List<Conclusion>> byClass, Class<T> type) {
        List<Conclusion> found = byClass.remove(type);
        return found == null ? new ArrayList<>() : (List<T>) (List<?>) found;
    }

    /** Sorts what a session derived into an assessment; package-private: only the facade makes one. */
    static Assessment assemble(Instant asOf, List<Complaint> accepted, List<CorrectiveAction> actions,
                               List<RootCause> rootCauses, List<Conclusion> derived, List<Rejection> rejected,
                               Map<String, Long> firedRules, People people) {
        Map<Class<?>, List<Conclusion>> byClass = new HashMap<>();
        for (Conclusion conclusion : derived) {
            byClass.computeIfAbsent(conclusion.getClass(), type -> new ArrayList<>()).add(conclusion);
        }
        List<SeverityAssessment> claims = take(byClass, SeverityAssessment.class);
        List<RepeatFinding> findings = take(byClass, RepeatFinding.class);
        List<Problem> problems = take(byClass, Problem.class);
        List<Escalation> allEscalations = take(byClass, Escalation.class);
        List<DeadlineWarning> warnings = take(byClass, DeadlineWarning.class);
        List<ResolutionOption> allOptions = take(byClass, ResolutionOption.class);
        List<SystemicOption> allSystemic = take(byClass, SystemicOption.class);
        List<ActionVerification> allVerifications = take(byClass, ActionVerification.class);
        List<Recurrence> recurrences = take(byClass, Recurrence.class);
        List<RootCauseReopened> reopened = take(byClass, RootCauseReopened.class);
        List<Conclusion> others = new ArrayList<>();
        byClass.values().forEach(others::addAll);
        // The deciding claim of each complaint, in one pass; the claims, like the complaints, are sorted only if read.
        Map<String, SeverityAssessment> best = new HashMap<>(Math.max(16, accepted.size() * 4 / 3 + 1));
        for (SeverityAssessment claim : claims) {
            best.merge(claim.complaintId(), claim, (a, b) -> CLAIM_PRECEDENCE.compare(a, b) <= 0 ? a : b);
        }
        findings.sort(Comparator.comparing(RepeatFinding::id));
        problems.sort(Comparator.comparing(Problem::id));
        // A finding that is a view of a problem is escalated through the problem: its own escalation is superseded.
        Map<String, Problem> problemOfFinding = new HashMap<>();
        for (Problem problem : problems) {
            for (String findingId : problem.findingIds()) {
                problemOfFinding.putIfAbsent(findingId, problem);
            }
        }
        warnings.sort(Comparator.comparing(DeadlineWarning::complaintId).thenComparing(DeadlineWarning::kind));
        others.sort(Comparator.comparing((Conclusion c) -> c.getClass().getName())
                .thenComparing(Conclusion::rule).thenComparing(Conclusion::reason)
                // Safety actions of several complaints may share a reason word for word: their subject decides.
                .thenComparing(c -> c instanceof SafetyAction a ? a.complaintId() + "|" + a.kind() + "|" + a.scope()
                        + "|" + a.key() + "|" + a.due() : ""));

        // The highest escalation per target stands; the rest are superseded by it.
        // One comparator spelt out: a million complaints bring hundreds of thousands of escalations.
        allEscalations.sort((a, b) -> {
            int byType = a.targetType().compareTo(b.targetType());
            if (byType != 0) {
                return byType;
            }
            int byTarget = a.target().compareTo(b.target());
            return byTarget != 0 ? byTarget : STRONGEST_FIRST.compare(a, b);
        });
        List<Escalation> inForce = new ArrayList<>();
        List<Escalation> superseded = new ArrayList<>();
        Escalation standing = null;
        for (Escalation escalation : allEscalations) {
            if (escalation.targetType() == TargetType.FINDING && problemOfFinding.containsKey(escalation.target())) {
                superseded.add(escalation);
            } else if (people.closes(escalation, asOf)) {
                superseded.add(escalation);
            } else if (standing != null && standing.targetType() == escalation.targetType()
                    && standing.target().equals(escalation.target())) {
                superseded.add(escalation);
            } else {
                standing = escalation;
                inForce.add(escalation);
            }
        }

        // The remedy the customer asked for first when the policy allows it, then the policy's preference.
        allOptions.sort(Comparator.comparing(ResolutionOption::complaintId)
                .thenComparing(ResolutionOption::requested, Comparator.reverseOrder())
                .thenComparingInt(ResolutionOption::preference)
                .thenComparing(ResolutionOption::estimatedCost)
                .thenComparing(ResolutionOption::type).thenComparing(ResolutionOption::rule)
                .thenComparing(ResolutionOption::reason));
        // Two rules may offer the same remedy; the first (preferred) stands.
        Map<String, List<ResolutionOption>> options = firstOfEachType(allOptions, ResolutionOption::complaintId,
                ResolutionOption::type);
        // Ranked by net benefit, the best first.
        // The net benefit is worked out once per option, not in every comparison.
        Map<SystemicOption, java.math.BigDecimal> net = new java.util.IdentityHashMap<>(allSystemic.size() * 2);
        for (SystemicOption option : allSystemic) {
            net.put(option, option.netBenefit().amount());
        }
        allSystemic.sort((a, b) -> {
            int bySubject = a.subject().compareTo(b.subject());
            if (bySubject != 0) {
                return bySubject;
            }
            int byStanding = Integer.compare(standing(a, net.get(a)), standing(b, net.get(b)));
            if (byStanding != 0) {
                return byStanding;
            }
            int byNet = net.get(b).compareTo(net.get(a));
            if (byNet != 0) {
                return byNet;
            }
            int byType = a.type().compareTo(b.type());
            if (byType != 0) {
                return byType;
            }
            int byRule = a.rule().compareTo(b.rule());
            return byRule != 0 ? byRule : a.reason().compareTo(b.reason());
        });
        Map<String, List<SystemicOption>> systemic = firstOfEachType(allSystemic, SystemicOption::subject,
                SystemicOption::type);
        allVerifications.sort(Comparator.comparing(ActionVerification::actionId).thenComparing(ActionVerification::verdict)
                .thenComparing(ActionVerification::rule));
        Map<String, ActionVerification> verifications = new LinkedHashMap<>();
        for (ActionVerification verification : allVerifications) {
            verifications.putIfAbsent(verification.actionId(), verification);
        }
        recurrences.sort(Comparator.comparing(Recurrence::actionId).thenComparing(Recurrence::complaintId));
        reopened.sort(Comparator.comparing(RootCauseReopened::rootCauseId).thenComparing(RootCauseReopened::actionId));
        List<CorrectiveAction> sortedActions = new ArrayList<>(actions);
        sortedActions.sort(Comparator.comparing(CorrectiveAction::id));

        List<Rejection> sortedRejections = new ArrayList<>(rejected);
        sortedRejections.sort(Comparator.comparing(Rejection::source).thenComparingLong(Rejection::line)
                .thenComparing(Rejection::field).thenComparing(Rejection::message));

        return new Assessment(asOf, List.copyOf(accepted), Collections.unmodifiableMap(best),
                List.copyOf(claims), List.copyOf(findings), List.copyOf(problems), people, List.copyOf(inForce), List.copyOf(superseded),
                List.copyOf(warnings), List.copyOf(sortedActions),
                rootCauses.stream().sorted(Comparator.comparing(RootCause::id)).toList(),
                Collections.unmodifiableMap(options),
                Collections.unmodifiableMap(systemic), Collections.unmodifiableMap(verifications), List.copyOf(recurrences),
                List.copyOf(reopened), List.copyOf(others), List.copyOf(sortedRejections),
                Collections.unmodifiableSortedMap(new TreeMap<>(firedRules)));
    }

    /**
     * Where an option stands in its table: containment a CRITICAL complaint calls for first, whatever
     * it costs; then the options that beat doing nothing; then doing nothing (MONITOR); then those that
     * do not beat it; last, those already in place, marked and not proposed.
     */
    private static int standing(SystemicOption option, java.math.BigDecimal net) {
        if (option.inPlace() != null) {
            return 4;
        }
        if (option.safetyFirst()) {
            return 0;
        }
        if (option.isBaseline()) {
            return 2;
        }
        return net.signum() > 0 ? 1 : 3;
    }

    /** Sorted values grouped by owner, keeping the first of each type per owner, in order. */
    private static <T> Map<String, List<T>> firstOfEachType(List<T> sorted, java.util.function.Function<T, String> owner,
                                                            java.util.function.Function<T, Enum<?>> type) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        for (T value : sorted) {
            List<T> forOwner = grouped.computeIfAbsent(owner.apply(value), k -> new ArrayList<>(4));
            Enum<?> kind = type.apply(value);
            boolean known = false;
            for (T other : forOwner) {
                known |= type.apply(other) == kind;
            }
            if (!known) {
                forOwner.add(value);
            }
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        return grouped;
    }

    /** Every severity claim, by complaint id, the deciding one first. */
    private List<SeverityAssessment> sortedClaims() {
        List<SeverityAssessment> sorted = new ArrayList<>(severityClaims);
        sorted.sort(Comparator.comparing(SeverityAssessment::complaintId).thenComparing(CLAIM_PRECEDENCE));
        return sorted;
    }

    private List<AuditEntry> buildAudit() {
        Map<String, Instant> received = new HashMap<>();
        for (Complaint complaint : accepted) {
            received.put(complaint.id(), complaint.receivedAt());
        }
        List<AuditEntry> audit = new ArrayList<>();
        for (SeverityAssessment claim : sortedClaims()) {
            audit.add(new AuditEntry(received.getOrDefault(claim.complaintId(), asOf), actor(claim), claim.complaintId(),
                    "severity " + claim.severity(), claim.reason()));
        }
        for (RepeatFinding finding : findings) {
            audit.add(new AuditEntry(finding.to(), actor(finding), finding.id(),
                    "repeat finding of " + finding.size() + " complaints", finding.reason()));
        }
        Map<String, Escalation> standing = new HashMap<>();
        for (Escalation escalation : escalations) {
            standing.put(escalation.targetType() + ":" + escalation.target(), escalation);
            audit.add(escalated(escalation));
        }
        Map<String, Problem> problemOfFinding = problemIndex().byFinding();
        for (Problem problem : problems) {
            audit.add(new AuditEntry(problem.to(), actor(problem), problem.id(),
                    "problem of " + problem.findingIds().size() + (problem.findingIds().size() == 1 ? " finding, " : " findings, ")
                            + problem.size() + " complaints; likely source " + problem.likelySource().scope() + " "
                            + problem.likelySource().key(), problem.reason() + ". " + problem.likelySource().reason()));
        }
        for (Escalation lower : superseded) {
            audit.add(escalated(lower));
            if (lower.targetType() == TargetType.FINDING && problemOfFinding.containsKey(lower.target())) {
                Problem problem = problemOfFinding.get(lower.target());
                Escalation ofProblem = standing.get(TargetType.PROBLEM + ":" + problem.id());
                audit.add(new AuditEntry(lower.raisedAt(), ofProblem == null ? actor(problem) : actor(ofProblem),
                        lower.target(), "escalation to " + lower.level() + " by \"" + lower.rule() + "\" superseded",
                        "The finding is a view of problem " + problem.id() + ", which is escalated once"
                                + (ofProblem == null ? "" : ", to " + ofProblem.level())));
                continue;
            }
            Acknowledgement closing = people.closing(lower, asOf);
            if (closing != null) {
                audit.add(new AuditEntry(closing.closedAt(), "person:" + closing.by(), lower.target(),
                        "escalation to " + lower.level() + " closed",
                        "Closed by " + closing.by() + (closing.note() == null ? "" : ": " + closing.note())));
                continue;
            }
            Escalation higher = standing.get(lower.targetType() + ":" + lower.target());
            Instant at = lower.raisedAt().isAfter(higher.raisedAt()) ? lower.raisedAt() : higher.raisedAt();
            audit.add(new AuditEntry(at, actor(higher), lower.target(),
                    "escalation to " + lower.level() + " by \"" + lower.rule() + "\" superseded",
                    lower.level() == higher.level()
                            ? "The same level is already in force through \"" + higher.rule() + "\""
                            : higher.level() + " (\"" + higher.rule() + "\") is higher than " + lower.level()));
        }
        for (DeadlineWarning warning : warnings) {
            audit.add(new AuditEntry(asOf, actor(warning), warning.complaintId(),
                    warning.kind().name().toLowerCase(java.util.Locale.ROOT) + " due soon (" + warning.usedPercent() + "%)",
                    warning.reason()));
        }
        for (List<ResolutionOption> forComplaint : options.values()) {
            for (ResolutionOption option : forComplaint) {
                audit.add(new AuditEntry(received.getOrDefault(option.complaintId(), asOf), actor(option), option.complaintId(),
                        "option " + option.type() + " (" + option.estimatedCost() + ")", option.reason()));
            }
        }
        Map<String, Instant> findingTimes = new HashMap<>();
        for (RepeatFinding finding : findings) {
            findingTimes.put(finding.id(), finding.to());
        }
        for (Problem problem : problems) {
            findingTimes.put(problem.id(), problem.to());
        }
        for (List<SystemicOption> forSubject : systemicOptions.values()) {
            for (SystemicOption option : forSubject) {
                audit.add(new AuditEntry(findingTimes.getOrDefault(option.subject(), asOf), actor(option), option.subject(),
                        "option " + option.type() + (option.inPlace() != null ? " in place (" + option.inPlace() + ")"
                                : " (net " + option.netBenefit() + ")"), option.reason()));
            }
        }
        for (Acknowledgement a : people.acknowledgements()) {
            audit.add(new AuditEntry(a.acknowledgedAt(), "person:" + a.by(), a.target(),
                    "acknowledged the escalation at " + a.level(), a.note() == null
                            ? a.by() + " holds it at " + a.level() + ": it stops climbing"
                            : a.by() + " holds it at " + a.level() + ": " + a.note()));
        }
        for (Decision d : people.decisions()) {
            audit.add(new AuditEntry(d.decidedAt(), "person:" + d.by(), d.subject(), "decided " + d.option()
                    + (d.actionId() == null ? "" : ", carried out by " + d.actionId()),
                    d.rationale() == null ? d.by() + " chose " + d.option() : d.rationale()));
        }
        for (Contact c : people.contacts()) {
            audit.add(new AuditEntry(c.at(), "person:" + c.by(), c.complaintId(),
                    c.kind() + (c.outcome() == null ? "" : ": " + c.outcome()),
                    c.note() == null ? c.kind() + " to the customer" + (c.channel() == null ? "" : " by " + c.channel())
                            : c.note()));
        }
        for (EvidenceItem e : people.evidence()) {
            audit.add(new AuditEntry(e.at() == null ? asOf : e.at(), e.by() == null ? "person:unknown" : "person:" + e.by(),
                    e.subject(), "evidence " + e.kind() + ": " + e.uri(), e.note() == null ? e.kind() + " filed" : e.note()));
        }
        for (Recurrence recurrence : recurrences) {
            audit.add(new AuditEntry(received.getOrDefault(recurrence.complaintId(), asOf), actor(recurrence),
                    recurrence.actionId(), "recurrence " + recurrence.complaintId(), recurrence.reason()));
        }
        for (ActionVerification verification : verifications.values()) {
            audit.add(new AuditEntry(asOf, actor(verification), verification.actionId(), "verdict " + verification.verdict(),
                    verification.reason()));
        }
        for (RootCauseReopened root : reopened) {
            audit.add(new AuditEntry(asOf, actor(root), root.rootCauseId(), "root cause reopened", root.reason()));
        }
        for (Conclusion other : others) {
            if (other instanceof SafetyAction action) {
                audit.add(new AuditEntry(received.getOrDefault(action.complaintId(), asOf), actor(action), action.complaintId(),
                        "safety " + action.kind() + " " + action.scope() + " " + action.key() + ", due " + action.due(),
                        action.reason()));
            } else {
                audit.add(new AuditEntry(asOf, actor(other), other.getClass().getSimpleName(), "concluded", other.reason()));
            }
        }
        audit.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::subject)
                .thenComparing(AuditEntry::event).thenComparing(AuditEntry::actor).thenComparing(AuditEntry::reason));
        return List.copyOf(audit);
    }

    private static AuditEntry escalated(Escalation escalation) {
        return new AuditEntry(escalation.raisedAt(), actor(escalation), escalation.target(),
                "escalated to " + escalation.level() + ", due " + escalation.due(), escalation.reason());
    }

    private static String actor(Conclusion conclusion) {
        return "rule:" + conclusion.rule();
    }

    /**
     * The clock the assessment was made as of.
     *
     * @return the moment the clocks and windows were judged at
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The complaints assessed (not rejected), with product lines filled in, by id.
     *
     * @return the complaints, unmodifiable
     */
    public synchronized List<Complaint> complaints() {
        if (complaints == null) { // sorted on first use: a million ids take a while, and many callers never ask
            List<Complaint> sorted = new ArrayList<>(accepted);
            sorted.sort(Comparator.comparing(Complaint::id));
            complaints = List.copyOf(sorted);
        }
        return complaints;
    }

    /**
     * The deciding severity assessment of a complaint: its highest claim.
     *
     * @param complaintId a complaint's id
     * @return its deciding assessment, with rule and reason, or empty for an id not assessed
     */
    public Optional<SeverityAssessment> severityAssessment(String complaintId) {
        // A rule may claim a severity for an id that names no assessed complaint; that claim decides nothing.
        return complaint(complaintId).isPresent() ? Optional.ofNullable(deciding.get(complaintId)) : Optional.empty();
    }

    /**
     * A complaint's severity.
     *
     * @param complaintId the complaint's id
     * @return its deciding severity
     * @throws IllegalArgumentException when no complaint of that id was assessed (a null id included)
     */
    public Severity severityOf(String complaintId) {
        SeverityAssessment assessment = severityAssessment(complaintId).orElse(null);
        if (assessment == null) {
            throw new IllegalArgumentException("no complaint " + complaintId + " was assessed");
        }
        return assessment.severity();
    }

    /**
     * The deciding severity assessment of every complaint, by complaint id.
     *
     * @return the severity assessments by complaint id, unmodifiable
     */
    public synchronized Map<String, SeverityAssessment> severities() {
        if (severities == null) {
            Map<String, SeverityAssessment> inOrder = new LinkedHashMap<>();
            for (Complaint complaint : complaints()) {
                SeverityAssessment claim = deciding.get(complaint.id());
                if (claim != null) {
                    inOrder.put(complaint.id(), claim);
                }
            }
            severities = Collections.unmodifiableMap(inOrder);
        }
        return severities;
    }

    /**
     * Every repeat finding, by id.
     *
     * @return the findings, unmodifiable
     */
    public List<RepeatFinding> findings() {
        return findings;
    }

    /**
     * The repeat findings of one scope, by id.
     *
     * @param scope a scope, e.g. BATCH
     * @return its findings, unmodifiable
     */
    public List<RepeatFinding> findings(FindingScope scope) {
        return findings.stream().filter(f -> f.scope() == scope).toList();
    }

    /**
     * The escalation in force for each target (the highest), by target type and id.
     *
     * @return the escalations in force, unmodifiable
     */
    public List<Escalation> escalations() {
        return escalations;
    }

    /**
     * The escalation in force for a target, if any.
     *
     * @param type what the target is
     * @param target its id
     * @return its escalation in force, or empty when it is at FRONTLINE
     */
    public Optional<Escalation> escalationOf(TargetType type, String target) {
        return Optional.ofNullable(inForceByTarget().get(type + ":" + target));
    }

    private Map<String, Escalation> inForceByTarget;

    /** The escalations in force by target; made on first use (a report asks for each complaint's and problem's). */
    private synchronized Map<String, Escalation> inForceByTarget() {
        if (inForceByTarget == null) {
            Map<String, Escalation> byTarget = new HashMap<>();
            for (Escalation escalation : escalations) {
                byTarget.putIfAbsent(escalation.targetType() + ":" + escalation.target(), escalation);
            }
            inForceByTarget = byTarget;
        }
        return inForceByTarget;
    }

    /**
     * The level a target is at: its escalation in force, or FRONTLINE.
     *
     * @param type what the target is
     * @param target its id
     * @return the level it is at
     */
    public EscalationLevel levelOf(TargetType type, String target) {
        return escalationOf(type, target).map(Escalation::level).orElse(EscalationLevel.FRONTLINE);
    }

    /**
     * Escalations a higher (or an equal, earlier) one superseded; the audit trail says which.
     *
     * @return the superseded escalations, unmodifiable
     */
    public List<Escalation> supersededEscalations() {
        return superseded;
    }

    /**
     * The remedies a frontline agent may offer for a complaint, the customer's request (if allowed) first, then by preference.
     *
     * @param complaintId a complaint's id
     * @return its options, with legal basis and cost; empty for an id not assessed
     */
    public List<ResolutionOption> options(String complaintId) {
        return options.getOrDefault(complaintId, List.of());
    }

    /**
     * The options for management on a problem (or on a finding, for rules of your own), ranked:
     * containment a CRITICAL complaint calls for first; then those that beat doing nothing, best net
     * benefit first; then {@code MONITOR}; then those that do not beat it; then those already in place.
     *
     * @param subject a problem's or finding's id
     * @return its options, ranked; empty when it has none
     */
    public List<SystemicOption> systemicOptions(String subject) {
        return systemicOptions.getOrDefault(subject, List.of());
    }

    /**
     * Every problem, by id: the records a quality manager works on.
     *
     * @return the problems, unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * A problem, by id.
     *
     * @param id a problem's id, e.g. "P/BATCH/B-00577/STITCHING/C-00238"
     * @return the problem, or empty
     */
    public Optional<Problem> problem(String id) {
        return Optional.ofNullable(problemIndex().byId.get(id));
    }

    /**
     * The problem a finding is a view of.
     *
     * @param findingId a finding's id
     * @return the problem, or empty when the finding is not a view of one
     */
    public Optional<Problem> problemOf(String findingId) {
        return Optional.ofNullable(problemIndex().byFinding.get(findingId));
    }

    /** Problems by id and by the findings that are views of them; made on first use. */
    private record ProblemIndex(Map<String, Problem> byId, Map<String, Problem> byFinding) {
    }

    private ProblemIndex problemIndex;

    private synchronized ProblemIndex problemIndex() {
        if (problemIndex == null) {
            Map<String, Problem> byId = new HashMap<>();
            Map<String, Problem> byFinding = new HashMap<>();
            for (Problem problem : problems) {
                byId.putIfAbsent(problem.id(), problem);
                for (String findingId : problem.findingIds()) {
                    byFinding.putIfAbsent(findingId, problem);
                }
            }
            problemIndex = new ProblemIndex(byId, byFinding);
        }
        return problemIndex;
    }

    /**
     * A problem's severity: the highest of its complaints'.
     *
     * @param problem a problem of this assessment
     * @return the highest severity of its complaints
     * @throws NullPointerException when {@code problem} is null
     */
    public Severity severityOf(Problem problem) {
        Severity highest = Severity.LOW;
        for (String id : problem.complaintIds()) {
            SeverityAssessment claim = deciding.get(id);
            if (claim != null && claim.severity().compareTo(highest) > 0) {
                highest = claim.severity();
            }
        }
        return highest;
    }

    /**
     * The latest decision recorded on a problem or finding.
     *
     * @param subject a problem's or finding's id
     * @return the latest decision, or empty when none was recorded
     */
    public Optional<Decision> decision(String subject) {
        Decision latest = null;
        for (Decision d : people.decisions()) {
            if (d.subject().equals(subject)) {
                latest = d;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Every decision recorded, in time order.
     *
     * @return the decisions, unmodifiable
     */
    public List<Decision> decisions() {
        return people.decisions();
    }

    /**
     * Every acknowledgement of an escalation, in time order.
     *
     * @return the acknowledgements, unmodifiable
     */
    public List<Acknowledgement> acknowledgements() {
        return people.acknowledgements();
    }

    /**
     * Who holds an escalation in force: the latest open acknowledgement of its target at its level or above.
     *
     * @param escalation an escalation in force
     * @return who holds it, or empty when nobody has taken hold of it
     */
    public Optional<Acknowledgement> acknowledgementOf(Escalation escalation) {
        return Optional.ofNullable(people.holding(escalation, asOf));
    }

    /**
     * The contact log, in time order.
     *
     * @return the contacts, unmodifiable
     */
    public List<Contact> contacts() {
        return people.contacts();
    }

    /**
     * The contacts with a complaint's customer, in time order.
     *
     * @param complaintId a complaint's id
     * @return its contacts, unmodifiable
     */
    public List<Contact> contacts(String complaintId) {
        return people.contacts().stream().filter(c -> c.complaintId().equals(complaintId)).toList();
    }

    /**
     * Every reference to evidence, in time order.
     *
     * @return the evidence, unmodifiable
     */
    public List<EvidenceItem> evidence() {
        return people.evidence();
    }

    /**
     * The evidence filed about a complaint, problem, action or root cause.
     *
     * @param subject the id of a complaint, problem, action or root cause
     * @return its evidence, unmodifiable
     */
    public List<EvidenceItem> evidence(String subject) {
        return people.evidence().stream().filter(e -> e.subject().equals(subject)).toList();
    }

    /**
     * The safety pathway of a complaint (keep the item for testing, contain its batch and SKU, decide on
     * notifying the authority), in the order the steps are taken, then by scope and key; empty when the
     * complaint is not an open safety complaint.
     *
     * @param complaintId the complaint's id
     * @return its safety actions, or an empty list
     * @throws NullPointerException when {@code complaintId} is null
     */
    public List<SafetyAction> safetyActions(String complaintId) {
        return safetyActionsByComplaint().getOrDefault(complaintId, List.of());
    }

    /**
     * Every safety action, by complaint id, each complaint's in the order of {@link #safetyActions(String)}.
     *
     * @return the safety actions, unmodifiable
     */
    public List<SafetyAction> safetyActions() {
        List<SafetyAction> all = new ArrayList<>();
        safetyActionsByComplaint().values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private synchronized Map<String, List<SafetyAction>> safetyActionsByComplaint() {
        if (safetyActions == null) { // grouped on first use, from the conclusions no other list holds
            List<SafetyAction> all = new ArrayList<>();
            for (Conclusion other : others) {
                if (other instanceof SafetyAction action) {
                    all.add(action);
                }
            }
            all.sort(Comparator.comparing(SafetyAction::complaintId).thenComparing(SafetyAction::kind)
                    .thenComparing(SafetyAction::scope).thenComparing(SafetyAction::key).thenComparing(SafetyAction::rule));
            Map<String, List<SafetyAction>> grouped = new TreeMap<>();
            for (SafetyAction action : all) {
                grouped.computeIfAbsent(action.complaintId(), k -> new ArrayList<>()).add(action);
            }
            grouped.replaceAll((k, v) -> List.copyOf(v));
            safetyActions = Collections.unmodifiableMap(grouped);
        }
        return safetyActions;
    }

    /**
     * The corrective actions verified, by id.
     *
     * @return the actions, unmodifiable
     */
    public List<CorrectiveAction> actions() {
        return actions;
    }

    /**
     * The root causes stated in the log, by id.
     *
     * @return the root causes, unmodifiable
     */
    public List<RootCause> rootCauses() {
        return rootCauses;
    }

    /**
     * A complaint that was assessed, by id.
     *
     * @param id a complaint's id
     * @return the complaint, with its product line filled in, or empty when it was not assessed
     */
    public synchronized Optional<Complaint> complaint(String id) {
        if (complaintsById == null) {
            Map<String, Complaint> byId = new HashMap<>();
            accepted.forEach(c -> byId.put(c.id(), c));
            complaintsById = byId;
        }
        return Optional.ofNullable(complaintsById.get(id));
    }

    /**
     * A finding, by id.
     *
     * @param id a finding's id, e.g. "BATCH/B-00577/STITCHING/C-00238"
     * @return the finding, or empty
     */
    public Optional<RepeatFinding> finding(String id) {
        return Optional.ofNullable(findingsById().get(id));
    }

    private Map<String, RepeatFinding> findingsById;

    private synchronized Map<String, RepeatFinding> findingsById() {
        if (findingsById == null) {
            Map<String, RepeatFinding> byId = new HashMap<>();
            findings.forEach(f -> byId.putIfAbsent(f.id(), f));
            findingsById = byId;
        }
        return findingsById;
    }

    /**
     * The verdict on a corrective action.
     *
     * @param actionId a corrective action's id
     * @return its verdict, or empty for an unknown action
     */
    public Optional<ActionVerification> verification(String actionId) {
        return Optional.ofNullable(verifications.get(actionId));
    }

    /**
     * Every recurrence found, by action then complaint.
     *
     * @return the recurrences, unmodifiable
     */
    public List<Recurrence> recurrences() {
        return recurrences;
    }

    /**
     * Root causes reopened because their action failed.
     *
     * @return the reopened root causes, unmodifiable
     */
    public List<RootCauseReopened> reopenedRootCauses() {
        return reopened;
    }

    /**
     * Service-level targets about to be missed, by complaint id.
     *
     * @return the warnings, unmodifiable
     */
    public List<DeadlineWarning> warnings() {
        return warnings;
    }

    /**
     * Every conclusion derived, including those of rules a rule author added: severity claims,
     * findings, escalations (in force, then superseded), warnings, then any others.
     *
     * @return the conclusions, unmodifiable
     */
    public synchronized List<Conclusion> conclusions() {
        if (conclusions == null) {
            List<Conclusion> all = new ArrayList<>(sortedClaims());
            all.addAll(findings);
            all.addAll(problems);
            all.addAll(escalations);
            all.addAll(superseded);
            all.addAll(warnings);
            options.values().forEach(all::addAll);
            systemicOptions.values().forEach(all::addAll);
            all.addAll(recurrences);
            all.addAll(verifications.values());
            all.addAll(reopened);
            all.addAll(others);
            conclusions = List.copyOf(all);
        }
        return conclusions;
    }

    /**
     * The conclusions of one type, e.g. those a rule author's own rules insert.
     *
     * @param <T>  the type of conclusion
     * @param type its class
     * @return those conclusions, in the order of {@link #conclusions()}
     * @throws NullPointerException when {@code type} is null
     */
    public <T extends Conclusion> List<T> conclusions(Class<T> type) {
        return conclusions().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * One entry per derived fact and per superseded escalation, in time order.
     *
     * @return the audit trail, unmodifiable
     */
    public synchronized List<AuditEntry> audit() {
        if (audit == null) {
            audit = buildAudit();
        }
        return audit;
    }

    /**
     * The records not assessed, with why, by source and line.
     *
     * @return the rejections, unmodifiable
     */
    public List<Rejection> rejected() {
        return rejected;
    }

    /**
     * How often each rule fired, by rule name.
     *
     * @return the count of firings by rule name, unmodifiable
     */
    public SortedMap<String, Long> firedRules() {
        return firedRules;
    }

    @Override
    public String toString() {
        return "Assessment[as of " + asOf + ": " + accepted.size() + " complaints, " + rejected.size()
                + " rejected, " + findings.size() + " findings, " + problems.size() + " problems, "
                + escalations.size() + " escalations]";
    }
}
