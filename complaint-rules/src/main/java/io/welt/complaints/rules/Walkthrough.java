package io.welt.complaints.rules;


import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.rules.facts.ComplaintCluster;
import io.welt.complaints.rules.facts.ComplaintSeries;
import io.welt.complaints.rules.facts.CriticalInSeries;
import io.welt.complaints.rules.facts.OpenComplaint;
import io.welt.complaints.rules.facts.OrderComplaints;
import io.welt.complaints.rules.facts.OrderRepeat;
import io.welt.complaints.rules.facts.ServiceDue;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complaint log replayed in time order on a simulated clock, step by step, for a trainer: each
 * complaint as it arrives and as it is acknowledged, waits and is resolved; each rule that fired on
 * it with the facts it matched and its reason; each escalation and what it superseded; each
 * time-based escalation when the clock passes its deadline.
 *
 * <pre>{@code
 * List<Walkthrough.Step> steps = Walkthrough.replay(ComplaintRules.standard(), log, Instant.parse("2026-03-01T09:00:00Z"));
 * System.out.print(Walkthrough.narrate(steps));
 * }</pre>
 *
 * <p>Every method throws {@link NullPointerException} for a null argument, and {@link #replay} and
 * {@link #rejected} throw what {@link ComplaintRules#assess} throws when the rules fail.
 */
public final class Walkthrough {

    private Walkthrough() {
    }

    /**
     * One moment of the replay.
     *
     * @param at        the simulated time
     * @param event     what happened, in words ("C-1 arrives: ...", "the clock reaches ...")
     * @param derived   what the rules concluded because of it, each with the rule's match
     * @param withdrawn conclusions whose cause went (an escalation once the complaint is resolved)
     * @param rejected  why the event's complaint was not taken, or null
     */
    public record Step(Instant at, String event, List<Derivation> derived, List<Conclusion> withdrawn, Rejection rejected) {
    }

    /**
     * One new conclusion and how it came about.
     *
     * @param conclusion the conclusion, with its rule and reason
     * @param matched    the facts the rule matched, described briefly
     * @param supersedes for an escalation, the lower escalation of the same target it supersedes, or null
     */
    public record Derivation(Conclusion conclusion, List<String> matched, Escalation supersedes) {
    }

    /**
     * Replays the log from its first complaint until {@code until}. The clock stops at every event
     * of a complaint's life and at every moment a service-level target reaches its warning point or
     * passes, so warnings and missed deadlines are told when they happen.
     *
     * @param rules the rules, with their policy and taxonomy
     * @param log the log to replay
     * @param until the clock at which the replay ends
     * @return the steps, in time order
     */
    public static List<Step> replay(ComplaintRules rules, ComplaintLog log, Instant until) {
        Objects.requireNonNull(until, "until");
        // The complaints an assessment takes, and only those: a record assess rejects (a repeated id, an
        // unknown SKU, a batch of another SKU) is left out here too, not submitted and then updated. The
        // clock is checked by the replay itself, so the screening looks at everything but the clock.
        io.welt.complaints.rules.internal.ValidatedLog screened =
                new io.welt.complaints.rules.internal.LogValidator(rules.taxonomy()).validate(log, SCREENING_CLOCK);
        List<Event> events = new ArrayList<>();
        for (Complaint complaint : screened.complaints()) {
            events.addAll(lifecycle(complaint, log));
        }
        events.sort(Comparator.comparing(Event::at).thenComparing(e -> e.complaint().receivedAt())
                .thenComparing(e -> e.complaint().id()).thenComparingInt(Event::order));
        Instant start = events.isEmpty() ? until : events.get(0).at();
        java.util.TreeSet<Instant> ticks = deadlines(rules.policy(), log);

        // Master data is checked against the end of the replay: a batch made after the first
        // complaint belongs to the story.
        ComplaintLog.Builder history = ComplaintLog.builder();
        log.products().forEach(e -> history.product(e.value(), e.origin()));
        log.batches().forEach(e -> history.batch(e.value(), e.origin()));
        log.actions().forEach(e -> history.action(e.value(), e.origin()));
        log.rootCauses().forEach(history::rootCause);
        io.welt.complaints.rules.internal.LogValidator validator =
                new io.welt.complaints.rules.internal.LogValidator(rules.taxonomy());

        List<Step> steps = new ArrayList<>();
        Map<String, Escalation> inForce = new HashMap<>();
        try (ComplaintMonitor monitor = new ComplaintMonitor(rules, validator, validator.validate(history.build(), until),
                log.rootCauses(), People.NONE, start)) {
            monitor.recordFirings();
            java.util.Set<String> refused = new java.util.HashSet<>();
            for (Event event : events) {
                if (event.at().isAfter(until)) {
                    break;
                }
                tickUntil(monitor, ticks, event.at(), steps, inForce);
                if (event.at().isAfter(monitor.asOf())) {
                    addStep(steps, event.at(), "the clock reaches " + event.at(), monitor.advanceTo(event.at()), inForce);
                }
                if (event.order() > 0 && refused.contains(event.complaint().id())) {
                    continue; // its arrival was not taken (told at that step): nothing of it to update
                }
                ComplaintMonitor.Changes changes = event.order() == 0
                        ? monitor.submit(event.complaint(), event.at())
                        : monitor.update(event.complaint(), event.at());
                if (event.order() == 0 && changes.rejected() != null) {
                    refused.add(event.complaint().id());
                }
                steps.add(step(event.at(), event.describe(), changes, inForce));
            }
            tickUntil(monitor, ticks, until, steps, inForce);
            if (until.isAfter(monitor.asOf())) {
                addStep(steps, until, "the clock reaches " + until, monitor.advanceTo(until), inForce);
            }
        }
        return steps;
    }

    /** Late enough for every record's dates: the screening of {@link #replay} leaves the clock to the replay. */
    private static final Instant SCREENING_CLOCK = Instant.parse("9999-12-30T00:00:00Z");

    /**
     * The records of {@code log} that an assessment as of {@code asOf} rejects, in the same words
     * ({@link ComplaintRules#assess} reports them in {@link Assessment#rejected()}); {@link #replay}
     * leaves each of them out, so a walkthrough and an assessment tell of the same complaints.
     *
     * @param rules the rules
     * @param log the log
     * @param asOf the assessment's clock
     * @return the rejections, as the assessment words them
     */
    public static List<Rejection> rejected(ComplaintRules rules, ComplaintLog log, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return new io.welt.complaints.rules.internal.LogValidator(rules.taxonomy()).validate(log, asOf).rejected();
    }

    /** Moves the clock through every deadline before {@code limit}, telling what each one changes. */
    private static void tickUntil(ComplaintMonitor monitor, java.util.TreeSet<Instant> ticks, Instant limit,
                                  List<Step> steps, Map<String, Escalation> inForce) {
        while (!ticks.isEmpty() && ticks.first().isBefore(limit)) {
            Instant tick = ticks.pollFirst();
            if (tick.isAfter(monitor.asOf())) {
                addStep(steps, tick, "the clock reaches " + tick, monitor.advanceTo(tick), inForce);
            }
        }
    }

    /**
     * The moments a complaint's service-level targets reach their warning point and pass (as if never
     * met, from receipt; the rules decide what actually happens then).
     */
    private static java.util.TreeSet<Instant> deadlines(Policy policy, ComplaintLog log) {
        java.util.TreeSet<Instant> ticks = new java.util.TreeSet<>();
        BusinessCalendar calendar = policy.calendar();
        java.util.Set<java.time.Duration> targets = new java.util.HashSet<>();
        targets.add(policy.acknowledgementTarget());
        for (io.welt.complaints.model.Severity severity : io.welt.complaints.model.Severity.values()) {
            targets.add(calendar.days(policy.resolutionTarget(severity))); // as ServiceDue counts them
        }
        for (ComplaintLog.Entry<Complaint> entry : log.complaints()) {
            Instant received = entry.value().receivedAt();
            for (java.time.Duration target : targets) {
                ticks.add(calendar.plus(received, target.multipliedBy(policy.warningPercent()).dividedBy(100)));
                ticks.add(calendar.plus(received, target).plusSeconds(1));
            }
        }
        return ticks;
    }

    private static void addStep(List<Step> steps, Instant at, String event, ComplaintMonitor.Changes changes,
                                Map<String, Escalation> inForce) {
        Step step = step(at, event, changes, inForce);
        if (!step.derived().isEmpty() || !step.withdrawn().isEmpty()) {
            steps.add(step);
        }
    }

    private static Step step(Instant at, String event, ComplaintMonitor.Changes changes, Map<String, Escalation> inForce) {
        // A warning restated with more of its time used is the same warning: not news.
        List<Conclusion> added = new ArrayList<>(changes.added());
        List<Conclusion> removed = new ArrayList<>(changes.removed());
        for (Conclusion gone : changes.removed()) {
            if (gone instanceof DeadlineWarning old && added.removeIf(c -> c instanceof DeadlineWarning w
                    && w.complaintId().equals(old.complaintId()) && w.kind() == old.kind())) {
                removed.remove(gone);
            }
        }
        for (Conclusion gone : removed) {
            if (gone instanceof Escalation escalation && escalation.equals(inForce.get(escalation.target()))) {
                inForce.remove(escalation.target());
            }
        }
        List<Derivation> derived = new ArrayList<>();
        for (Conclusion conclusion : added) {
            List<String> matched = changes.firings().stream().filter(f -> f.rule().equals(conclusion.rule()))
                    .filter(f -> mentions(f, conclusion)).findFirst()
                    .map(f -> f.matched().stream().map(Walkthrough::describe).filter(Objects::nonNull).toList())
                    .orElse(List.of());
            Escalation supersedes = null;
            if (conclusion instanceof Escalation escalation) {
                Escalation current = inForce.get(escalation.target());
                if (current == null || escalation.level().compareTo(current.level()) > 0) {
                    supersedes = current;
                    inForce.put(escalation.target(), escalation);
                }
            }
            derived.add(new Derivation(conclusion, matched, supersedes));
        }
        return new Step(at, event, derived, List.copyOf(removed), changes.rejected());
    }

    /** Whether a firing is the one behind a conclusion: its match holds the conclusion's subject. */
    private static boolean mentions(RuleFiring firing, Conclusion conclusion) {
        if (conclusion instanceof RepeatFinding finding) {
            // A finding comes from its series: the series of the same scope, key and defect.
            return firing.matched().stream().anyMatch(fact -> fact instanceof ComplaintSeries series
                    && series.scope() == finding.scope() && series.key().equals(finding.key())
                    && Objects.equals(series.defect(), finding.defect()));
        }
        String subject = conclusion.subject();
        if (subject == null) {
            return true;
        }
        for (Object fact : firing.matched()) {
            String id = fact instanceof Complaint c ? c.id()
                    : fact instanceof OpenComplaint o ? o.id()
                    : fact instanceof OrderRepeat r ? r.complaintId()
                    : fact instanceof RepeatFinding f ? f.id()
                    : fact instanceof SeverityAssessment s ? s.complaintId()
                    : fact instanceof CorrectiveAction a ? a.id()
                    : null;
            if (subject.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** A fact in a few words; null for facts every rule matches (the policy, the clock, the catalogue). */
    static String describe(Object fact) {
        if (fact instanceof Complaint c) {
            return "complaint " + c.id() + " (" + c.defect() + ", " + c.productLine() + ")";
        } else if (fact instanceof OpenComplaint open) {
            return "open complaint " + open.id() + " (" + open.severity() + ")";
        } else if (fact instanceof CriticalInSeries critical) {
            return "critical complaint " + critical.complaintId() + " in series " + critical.scope() + " " + critical.key()
                    + (critical.defect() == null ? "" : " " + critical.defect());
        } else if (fact instanceof OrderComplaints order) {
            return "order " + order.orderId() + " (" + order.complaints().size() + " complaints by its customer)";
        } else if (fact instanceof OrderRepeat repeat) {
            return "repeat on order " + repeat.complaint().orderId() + " (first " + repeat.first().id() + ")";
        } else if (fact instanceof DefectCategory category) {
            return "category " + category.code() + " (" + category.workStage()
                    + (category.workStage().isStandard() ? "" : ", a " + category.stage() + " stage")
                    + (category.functional() ? ", functional" : "") + (category.materialRelated() ? ", material" : "")
                    + (category.cosmetic() ? ", cosmetic" : "") + (category.safety() ? ", safety" : "") + ")";
        } else if (fact instanceof ComplaintSeries series) {
            return "series " + series.scope() + " " + series.key() + (series.defect() == null ? "" : " " + series.defect())
                    + " (" + series.size() + " complaints)";
        } else if (fact instanceof ComplaintCluster cluster) {
            return "cluster of " + cluster.size() + " from " + cluster.from() + " to " + cluster.to();
        } else if (fact instanceof RepeatFinding finding) {
            return "finding " + finding.id();
        } else if (fact instanceof SeverityAssessment severity) {
            return "severity " + severity.severity() + " of " + severity.complaintId();
        } else if (fact instanceof ServiceDue due) {
            return due.kind().name().toLowerCase(java.util.Locale.ROOT) + " of " + due.complaintId() + " due "
                    + (due.due() == null ? "once the wait on the customer ends" : due.due());
        } else if (fact instanceof Product product) {
            return "product " + product.sku();
        } else if (fact instanceof Batch batch) {
            return "batch " + batch.id();
        } else if (fact instanceof CorrectiveAction action) {
            return "action " + action.id();
        } else if (fact instanceof Conclusion conclusion) {
            return conclusion.getClass().getSimpleName() + " by \"" + conclusion.rule() + "\"";
        }
        return null;
    }

    /**
     * The replay as a trainer would tell it: one paragraph per step.
     *
     * @param steps the replay's steps
     * @return the narrative, one paragraph per step
     */
    public static String narrate(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append(step.at()).append("  ").append(step.event()).append('\n');
            if (step.rejected() != null) {
                out.append("    not taken: ").append(step.rejected().field()).append(": ").append(step.rejected().message())
                        .append('\n');
            }
            for (Derivation d : step.derived()) {
                Conclusion c = d.conclusion();
                out.append("    rule \"").append(c.rule()).append("\"");
                if (!d.matched().isEmpty()) {
                    out.append(" on ").append(String.join(", ", d.matched()));
                }
                out.append('\n').append("      ").append(c.headline()).append(": ").append(c.reason()).append('\n');
                if (d.supersedes() != null) {
                    out.append("      this supersedes the escalation to ").append(d.supersedes().level()).append(" by \"")
                            .append(d.supersedes().rule()).append("\"\n");
                }
            }
            for (Conclusion gone : step.withdrawn()) {
                // A conclusion restated in the same step about the same subject (a verdict with one more
                // recurrence, a finding grown by a complaint) is replaced, not withdrawn: its cause is still there.
                Conclusion replacement = null;
                for (Derivation d : step.derived()) {
                    if (replacement == null && d.conclusion().topic() != null
                            && d.conclusion().topic().equals(gone.topic())) {
                        replacement = d.conclusion();
                    }
                }
                if (replacement != null && replacement.headline().equals(gone.headline())) {
                    out.append("    replaced: ").append(gone.headline()).append(" (\"").append(gone.rule())
                            .append("\"), by a fuller one above, with what came since\n");
                } else if (replacement != null) {
                    out.append("    replaced: ").append(gone.headline()).append(" (\"").append(gone.rule())
                            .append("\"), by ").append(replacement.headline()).append(" (\"").append(replacement.rule())
                            .append("\") above\n");
                } else {
                    out.append("    withdrawn: ").append(gone.headline()).append(" (\"").append(gone.rule())
                            .append("\"), its cause has gone\n");
                }
            }
        }
        return out.toString();
    }

    /** One moment in a complaint's life: arrival (order 0), then acknowledgement, waits, resolution. */
    private record Event(Instant at, int order, Complaint complaint, String what) {
        String describe() {
            return complaint.id() + " " + what;
        }
    }

    private static List<Event> lifecycle(Complaint full, ComplaintLog log) {
        String line = full.productLine();
        if (line == null) {
            line = log.products().stream().map(ComplaintLog.Entry::value).filter(p -> p.sku().equals(full.sku()))
                    .map(Product::productLine).findFirst().orElse(null);
        }
        List<Instant> moments = new ArrayList<>();
        moments.add(full.receivedAt());
        if (full.acknowledgedAt() != null) {
            moments.add(full.acknowledgedAt());
        }
        for (WaitingPeriod wait : full.waitingPeriods()) {
            moments.add(wait.from());
            if (wait.to() != null) {
                moments.add(wait.to());
            }
        }
        if (full.resolvedAt() != null) {
            moments.add(full.resolvedAt());
        }
        if (full.closedAt() != null) {
            moments.add(full.closedAt());
        }
        moments = moments.stream().distinct().sorted().toList();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            Instant at = moments.get(i);
            Complaint version = asKnownAt(full, at);
            String what = i == 0 ? "arrives: " + full.defect() + " on " + full.sku()
                    + (line == null ? "" : " (" + line + ")")
                    + (full.batchId() == null ? "" : ", batch " + full.batchId())
                    + (full.injuryReported() ? ", injury reported" : "")
                    + (full.daysOwned() == null ? "" : ", " + full.daysOwned() + " days after purchase")
                    : "is now " + version.status();
            events.add(new Event(at, i, version, what));
        }
        return events;
    }

    /** The complaint as the host knew it at {@code at}: later timestamps not yet known. */
    private static Complaint asKnownAt(Complaint full, Instant at) {
        Instant ack = before(full.acknowledgedAt(), at);
        Instant resolved = before(full.resolvedAt(), at);
        Instant closed = before(full.closedAt(), at);
        List<WaitingPeriod> waits = new ArrayList<>();
        boolean waiting = false;
        for (WaitingPeriod wait : full.waitingPeriods()) {
            if (!wait.from().isAfter(at)) {
                boolean open = wait.to() == null || wait.to().isAfter(at);
                waits.add(open ? new WaitingPeriod(wait.from(), null) : wait);
                waiting |= open;
            }
        }
        boolean anyTime = full.acknowledgedAt() != null || full.resolvedAt() != null || full.closedAt() != null
                || !full.waitingPeriods().isEmpty();
        ComplaintStatus status = closed != null ? ComplaintStatus.CLOSED
                : resolved != null ? ComplaintStatus.RESOLVED
                : waiting ? ComplaintStatus.WAITING_ON_CUSTOMER
                : ack != null ? ComplaintStatus.ACKNOWLEDGED
                : anyTime ? ComplaintStatus.OPEN : full.status();
        return full.toBuilder().acknowledgedAt(ack).resolvedAt(resolved).closedAt(closed).waitingPeriods(waits)
                .status(status).build();
    }

    private static Instant before(Instant value, Instant at) {
        return value != null && !value.isAfter(at) ? value : null;
    }
}
