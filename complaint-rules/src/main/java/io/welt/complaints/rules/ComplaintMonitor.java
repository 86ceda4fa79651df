package io.welt.complaints.rules;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.Product;
import io.welt.complaints.rules.facts.AssessmentClock;
import io.welt.complaints.rules.facts.AssessmentDay;
import io.welt.complaints.rules.facts.QuietCutoff;
import io.welt.complaints.rules.facts.AssessmentHour;
import io.welt.complaints.rules.facts.ComplaintSeries;
import io.welt.complaints.rules.facts.FindingGroup;
import io.welt.complaints.rules.internal.LiveSession;
import io.welt.complaints.rules.internal.LogValidator;
import io.welt.complaints.rules.internal.ReceiptOrder;
import io.welt.complaints.rules.internal.SeriesIndex;
import io.welt.complaints.rules.internal.SessionFacts;
import io.welt.complaints.rules.internal.ValidatedLog;

import org.kie.api.runtime.rule.FactHandle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The rules kept warm over a complaint history, for a host that calls them for every new complaint:
 * each {@link #submit} or {@link #update} re-evaluates only what the complaint touches and reports
 * the conclusions that appeared and went (a new finding, an escalation, an escalation superseded).
 * {@link #advanceTo} moves the clock for the time-based rules; {@link #assessment()} gives the whole
 * picture, equal to a full {@link ComplaintRules#assess} of the same facts (its rejections also list
 * the submissions it refused). Changes list every conclusion, including escalations that a higher
 * one of the same target outranks; {@link Assessment#STRONGEST_FIRST} says which stands.
 *
 * <pre>{@code
 * try (ComplaintMonitor monitor = rules.monitor(history, Instant.now())) {
 *     ComplaintMonitor.Changes changes = monitor.submit(newComplaint, Instant.now());
 *     changes.added(Escalation.class).forEach(listener::escalated);
 * }
 * }</pre>
 *
 * <p>Each change is atomic: a {@link #submit}, {@link #update} or {@link #advanceTo} that fails (a rule
 * throws, {@link RuleFailedException}; a limit is reached, {@link RunawayRulesException}; memory runs out)
 * leaves the monitor exactly as it was before the call (its complaints, clock, rejections and
 * conclusions) and rethrows. The rare failed change costs a reload of the monitor's session.
 *
 * <p>One writer at a time: every method is synchronized, so concurrent callers queue. Close it to
 * release the session; a monitor holds the history in memory (no complaint is dropped from it).
 *
 * <p>A closed monitor (closed by {@link #close()}, or by a failed change it could not undo) throws
 * {@link IllegalStateException} from {@link #submit}, {@link #update}, {@link #acknowledge},
 * {@link #advanceTo} and {@link #assessment}; {@link #asOf}, {@link #size} and {@link #rejected} still
 * answer. A null argument throws {@link NullPointerException}, naming it, before anything changes.
 */
public final class ComplaintMonitor implements AutoCloseable {

    private final ComplaintRules rules;
    /** Replaced only when a change fails: the monitor then loads its last good state into a new session. */
    private LiveSession session;
    private boolean recordingFirings;
    private final LogValidator validator;
    private final Map<String, Product> products;
    private final Map<String, Batch> batches;
    /** What places a complaint in a SIZE series: the products' lasts and the fit defects. */
    private final SeriesIndex.Sizing sizing;
    /** The history's master data and corrective actions, without its complaints: what every load starts from. */
    private final ValidatedLog master;
    /** How many facts stand in the session besides the clock, the complaints and their groups. */
    private int standingFacts;
    private final Map<String, FactHandle> complaintHandles = new HashMap<>();
    private final Map<String, Complaint> complaints = new HashMap<>();
    private final Map<SeriesIndex.Key, FactHandle> seriesHandles = new HashMap<>();
    /** Each series' complaints in receipt order; a change makes the next version by one insertion. */
    private final Map<SeriesIndex.Key, ReceiptOrder> seriesMembers = new HashMap<>();
    private final Map<SeriesIndex.OrderKey, FactHandle> orderHandles = new HashMap<>();
    private final Map<SeriesIndex.OrderKey, List<Complaint>> orderMembers = new HashMap<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<io.welt.complaints.model.CorrectiveAction> actions;
    private final List<io.welt.complaints.model.RootCause> rootCauses;
    /** People's acknowledgements, decisions, contacts and evidence: the history's and those recorded since. */
    private People people;
    /** The findings linked into problems, by problem id, with their handles. */
    private final Map<String, FindingGroup> groups = new HashMap<>();
    private final Map<String, FactHandle> groupHandles = new HashMap<>();
    private FactHandle clockHandle;
    /** Replaced only when the date changes: the rules that look back whole days are left be within a day. */
    private AssessmentDay day;
    private FactHandle dayHandle;
    /** Moves with the day: the instant before which a finding that saw no complaint has gone quiet. */
    private FactHandle quietHandle;
    /** Replaced only when the hour changes: the time rules meet the clock only for this hour's instants. */
    private AssessmentHour hour;
    private FactHandle hourHandle;
    private Instant asOf;
    private boolean closed;

    ComplaintMonitor(ComplaintRules rules, LogValidator validator, ValidatedLog history, List<io.welt.complaints.model.RootCause> rootCauses,
                     People people, Instant asOf) {
        this.rules = rules;
        this.validator = validator;
        this.products = history.products();
        this.batches = history.batches();
        this.sizing = new SeriesIndex.Sizing(products, rules.taxonomy());
        this.actions = history.actions();
        this.master = new ValidatedLog(List.of(), products, batches, actions, List.of());
        this.rootCauses = List.copyOf(rootCauses);
        this.asOf = asOf;
        this.rejected.addAll(history.rejected());
        this.rejected.addAll(people.rejected());
        this.people = people;
        this.session = load(history.complaints());
    }

    /**
     * A new session holding {@code all} as of the monitor's clock, the rules fired; every index of the
     * monitor is made again from them. Used to open the monitor and to restore it after a failed change.
     */
    private LiveSession load(java.util.Collection<Complaint> all) {
        complaintHandles.clear();
        complaints.clear();
        seriesHandles.clear();
        seriesMembers.clear();
        orderHandles.clear();
        orderMembers.clear();
        groups.clear();
        groupHandles.clear();
        findings.clear();
        rates.clear();
        groupOfFinding.clear();
        groupsByComplaint.clear();
        SessionFacts facts = SessionFacts.of(rules.ruleBase(), rules.policy(), rules.taxonomy(), master, rootCauses,
                people.acknowledgements(), complaints::get, asOf);
        standingFacts = facts.standing().size();
        LiveSession live = rules.ruleBase().openLive();
        try {
            clockHandle = live.insert(facts.clock());
            day = facts.day();
            dayHandle = live.insert(day);
            quietHandle = live.insert(facts.quiet());
            hour = facts.hour();
            hourHandle = live.insert(hour);
            facts.standing().forEach(live::insert);
            for (Complaint complaint : all) {
                complaints.put(complaint.id(), complaint);
                complaintHandles.put(complaint.id(), live.insert(complaint));
                SeriesIndex.OrderKey order = SeriesIndex.OrderKey.of(complaint);
                if (order != null) {
                    orderMembers.computeIfAbsent(order, k -> new ArrayList<>(2)).add(complaint);
                }
            }
            seriesMembers.putAll(SeriesIndex.groups(List.copyOf(all), batches, sizing));
            seriesMembers.forEach((key, members) -> {
                if (members.size() >= SeriesIndex.MIN_SERIES) {
                    seriesHandles.put(key, live.insert(series(key, members)));
                }
            });
            orderMembers.forEach((key, members) -> {
                if (members.size() >= SeriesIndex.MIN_SERIES) {
                    orderHandles.put(key, live.insert(key.group(members)));
                }
            });
            live.fire(rules.limits(SessionFacts.maxFirings(factCount())));
            link(live);
            live.drainChanges();
            live.recordFirings(recordingFirings);
            return live;
        } catch (RuntimeException | Error e) {
            try {
                live.close();
            } catch (RuntimeException | Error suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Puts the monitor back where it was before a change that failed (a rule threw, a limit was reached,
     * memory ran out) and rethrows the failure: the session the change left half-done is dropped, and
     * the complaints known before it are loaded into a new one, with the clock and the rejections as
     * they were. A rare path, and a whole load; the state the caller sees is exactly the one before.
     * If even that fails, the monitor is closed and says why.
     *
     * @param added    the id of a complaint the change was adding, or null
     * @param replaced the complaint the change was replacing, or null
     */
    private RuntimeException restore(Throwable failure, Instant clock, int rejections, String added,
                                     Complaint replaced) {
        List<Complaint> good = new ArrayList<>(complaints.values());
        if (added != null) {
            good.removeIf(c -> c.id().equals(added));
        }
        if (replaced != null) {
            good.removeIf(c -> c.id().equals(replaced.id()));
            good.add(replaced);
        }
        asOf = clock;
        day = AssessmentDay.of(asOf);
        hour = AssessmentHour.of(asOf);
        while (rejected.size() > rejections) {
            rejected.remove(rejected.size() - 1);
        }
        try {
            session.close();
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
        try {
            session = load(good);
        } catch (RuntimeException | Error e) {
            closed = true;
            brokenBy = e;
            failure.addSuppressed(e);
        }
        if (!(failure instanceof AssessmentOutOfMemoryError) && AssessmentOutOfMemoryError.find(failure) != null) {
            throw new AssessmentOutOfMemoryError("changing a monitor of " + complaints.size() + " complaints", failure);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        throw (Error) failure;
    }

    /** Why the monitor could not be restored after a failed change, or null. */
    private Throwable brokenBy;

    /** Runs a change; on failure restores the monitor (see {@link #restore}) and rethrows. */
    private Changes atomically(Instant now, String added, Complaint replaced, java.util.function.Supplier<Changes> change) {
        Instant clock = asOf;
        int rejections = rejected.size();
        try {
            return change.get();
        } catch (RuntimeException | Error e) {
            throw restore(e, clock, rejections, added, replaced);
        }
    }

    /** The findings in the session, by id, and the batch rates among them (passed along for their attachments). */
    private final Map<String, io.welt.complaints.model.RepeatFinding> findings = new HashMap<>();
    private final Map<String, io.welt.complaints.model.RepeatFinding> rates = new HashMap<>();
    /** The problem each finding is a view of, by finding id. */
    private final Map<String, String> groupOfFinding = new HashMap<>();
    /** The problems of one defect holding each complaint, by complaint id: where a changed finding can link. */
    private final Map<String, java.util.Set<String>> groupsByComplaint = new HashMap<>();

    /**
     * Links anew the findings a change can have moved, and lets the rules act on the problems that
     * changed; a problem that did not change keeps its fact, so nothing fires again for it. A finding
     * that appeared or went can only change the problems it was in and those holding any of its
     * complaints (a finding's parent holds all its complaints), so those problems' findings are linked
     * again, and no others; the batch rates are passed along for their attachments.
     */
    private void link(LiveSession live) {
        List<Map.Entry<io.welt.complaints.model.RepeatFinding, Boolean>> changes = live.takeFindingChanges();
        if (changes.isEmpty() || !rules.ruleBase().canMatch(FindingGroup.class)) {
            return;
        }
        java.util.Set<String> affected = new java.util.HashSet<>();
        java.util.Set<String> changedIds = new java.util.HashSet<>();
        for (Map.Entry<io.welt.complaints.model.RepeatFinding, Boolean> change : changes) {
            io.welt.complaints.model.RepeatFinding finding = change.getKey();
            changedIds.add(finding.id());
            String group = groupOfFinding.get(finding.id());
            if (group != null) {
                affected.add(group);
            }
            String key = io.welt.complaints.rules.internal.ProblemLinks.linkKey(finding);
            if (key.startsWith("defect:") || io.welt.complaints.rules.internal.ProblemLinks.isRate(finding)) {
                for (String id : finding.complaintIds()) {
                    affected.addAll(groupsByComplaint.getOrDefault(id, java.util.Set.of()));
                }
            }
            boolean rate = io.welt.complaints.rules.internal.ProblemLinks.isRate(finding);
            if (change.getValue()) {
                findings.put(finding.id(), finding);
                if (rate) {
                    rates.put(finding.id(), finding);
                }
            } else if (finding.equals(findings.get(finding.id()))) {
                findings.remove(finding.id());
                rates.remove(finding.id());
            }
        }
        java.util.Set<String> relinked = new java.util.LinkedHashSet<>();
        for (String groupId : affected) {
            FindingGroup group = groups.get(groupId);
            if (group != null) {
                group.findings().forEach(f -> relinked.add(f.id()));
            }
        }
        relinked.addAll(changedIds);
        List<io.welt.complaints.model.RepeatFinding> relink = new ArrayList<>();
        for (String id : relinked) {
            io.welt.complaints.model.RepeatFinding finding = findings.get(id);
            if (finding != null) {
                relink.add(finding);
            }
        }
        for (io.welt.complaints.model.RepeatFinding rate : rates.values()) {
            if (!relinked.contains(rate.id())) {
                relink.add(rate); // for the attachments only: its own problem is not linked again
            }
        }
        Map<String, FindingGroup> now = new HashMap<>();
        for (FindingGroup group : io.welt.complaints.rules.internal.ProblemLinks.group(relink, complaints::get,
                batches::get, rules.taxonomy())) {
            if (relinked.contains(group.root().id())) {
                now.put(group.id(), group);
            }
        }
        for (String gone : affected) {
            if (!now.containsKey(gone)) {
                live.delete(groupHandles.remove(gone));
                forget(groups.remove(gone));
            }
        }
        now.forEach((id, group) -> {
            FindingGroup before = groups.get(id);
            if (before == null) {
                groupHandles.put(id, live.insert(group));
            } else if (!before.equals(group)) {
                live.update(groupHandles.get(id), group);
            }
            if (!group.equals(before)) {
                forget(before);
                groups.put(id, group);
                remember(group);
            }
        });
        live.fire(rules.limits(SessionFacts.maxFirings(factCount())));
        live.takeFindingChanges(); // the problem rules derive no findings
    }

    /** Indexes a problem: its findings, and its complaints when it is one defect's. */
    private void remember(FindingGroup group) {
        group.findings().forEach(f -> groupOfFinding.put(f.id(), group.id()));
        if (group.defect() != null || io.welt.complaints.rules.internal.ProblemLinks.isRate(group.root())) {
            for (String id : group.complaintIds()) {
                groupsByComplaint.computeIfAbsent(id, k -> new java.util.HashSet<>(2)).add(group.id());
            }
        }
    }

    private void forget(FindingGroup group) {
        if (group == null) {
            return;
        }
        group.findings().forEach(f -> groupOfFinding.remove(f.id(), group.id()));
        for (String id : group.complaintIds()) {
            java.util.Set<String> holding = groupsByComplaint.get(id);
            if (holding != null) {
                holding.remove(group.id());
                if (holding.isEmpty()) {
                    groupsByComplaint.remove(id);
                }
            }
        }
    }

    private static ComplaintSeries series(SeriesIndex.Key key, List<Complaint> members) {
        return new ComplaintSeries(key.scope(), key.key(), key.defect(), members);
    }

    /**
     * What one change did: conclusions that appeared and went, and the complaint if it was rejected.
     *
     * @param added    conclusions that appeared
     * @param removed  conclusions whose cause went
     * @param rejected why the complaint was not taken, or null
     * @param firings  the rule firings and the facts they matched, when the monitor records them (a trainer's trace)
     */
    public record Changes(List<Conclusion> added, List<Conclusion> removed, Rejection rejected,
                          List<RuleFiring> firings) {

        Changes(List<Conclusion> added, List<Conclusion> removed, Rejection rejected) {
            this(added, removed, rejected, List.of());
        }

        /**
         * The added conclusions of one type, e.g. {@code Escalation.class}.
         *
         * @param type the conclusion's class
         * @param <T> the conclusion's type
         * @return the added conclusions of that type
         */
        public <T extends Conclusion> List<T> added(Class<T> type) {
            return added.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /**
         * The removed conclusions of one type.
         *
         * @param type the conclusion's class
         * @param <T> the conclusion's type
         * @return the removed conclusions of that type
         */
        public <T extends Conclusion> List<T> removed(Class<T> type) {
            return removed.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /**
     * Adds a new complaint, moving the clock to {@code now} first when it is later. A complaint the
     * monitor already holds, or one the log's checks refuse, is rejected ({@link Changes#rejected()}).
     *
     * @param complaint the new complaint
     * @param now       the host's clock
     * @return the conclusions that appeared and went
     * @throws IllegalStateException      when the monitor is closed
     * @throws RunawayRulesException      when a rule keeps firing, or a session limit is reached; the monitor
     *                                    is left as it was
     * @throws RuleFailedException        when a rule throws; the monitor is left as it was
     * @throws AssessmentOutOfMemoryError when the heap runs out; the monitor is left as it was
     * @throws NullPointerException       when {@code complaint} or {@code now} is null
     */
    public synchronized Changes submit(Complaint complaint, Instant now) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(now, "now");
        open();
        String added = complaints.containsKey(complaint.id()) ? null : complaint.id();
        return atomically(now, added, null, () -> submitNow(complaint, now));
    }

    private Changes submitNow(Complaint complaint, Instant now) {
        moveClock(now);
        RecordOrigin origin = new RecordOrigin("submitted", complaints.size() + 1L);
        if (complaints.containsKey(complaint.id())) {
            Rejection rejection = Rejection.of(origin, complaint.id(), "id", "complaint " + complaint.id()
                    + " is already known; use update() to change it");
            rejected.add(rejection);
            return new Changes(List.of(), List.of(), rejection);
        }
        return apply(complaint, origin);
    }

    /**
     * Replaces a known complaint with a newer version of it (acknowledged, resolved, corrected),
     * moving the clock to {@code now} first when it is later.
     *
     * @param complaint the complaint's new version, under the same id
     * @param now       the host's clock
     * @return the conclusions that appeared and went
     * @throws IllegalArgumentException   when no complaint with its id is known
     * @throws IllegalStateException      when the monitor is closed
     * @throws RunawayRulesException      when a rule keeps firing, or a session limit is reached; the monitor
     *                                    is left as it was
     * @throws RuleFailedException        when a rule throws; the monitor is left as it was
     * @throws AssessmentOutOfMemoryError when the heap runs out; the monitor is left as it was
     * @throws NullPointerException       when {@code complaint} or {@code now} is null
     */
    public synchronized Changes update(Complaint complaint, Instant now) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(now, "now");
        open();
        if (!complaints.containsKey(complaint.id())) {
            throw new IllegalArgumentException("no complaint " + complaint.id() + " to update; submit it first");
        }
        return atomically(now, null, complaints.get(complaint.id()), () -> updateNow(complaint, now));
    }

    private Changes updateNow(Complaint complaint, Instant now) {
        moveClock(now);
        RecordOrigin origin = new RecordOrigin("updated", complaints.size());
        LogValidator.Checked checked = validator.check(complaint, origin, products, batches, asOf);
        if (checked.rejection() != null) {
            rejected.add(checked.rejection());
            return new Changes(List.of(), List.of(), checked.rejection());
        }
        remove(complaints.get(complaint.id()));
        return apply(complaint, origin);
    }

    /**
     * Records a person taking hold of an escalation (or closing it), moving the clock to {@code now}
     * first when it is later: from then on the time rules do not raise its target past where it is, and
     * {@link #assessment()} shows who holds it. An acknowledgement dated after the clock is rejected.
     *
     * @param acknowledgement who took hold of which escalation, and when
     * @param now             the host's clock
     * @return the conclusions that appeared and went
     * @throws IllegalStateException      when the monitor is closed
     * @throws RunawayRulesException      when a rule keeps firing, or a session limit is reached; the monitor
     *                                    is left as it was
     * @throws RuleFailedException        when a rule throws; the monitor is left as it was
     * @throws AssessmentOutOfMemoryError when the heap runs out; the monitor is left as it was
     * @throws NullPointerException       when {@code acknowledgement} or {@code now} is null
     */
    public synchronized Changes acknowledge(io.welt.complaints.model.Acknowledgement acknowledgement, Instant now) {
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(now, "now");
        open();
        People before = people;
        return atomically(now, null, null, () -> {
            try {
                moveClock(now);
                RecordOrigin origin = new RecordOrigin("acknowledged", people.acknowledgements().size() + 1L);
                ComplaintLog.Builder one = ComplaintLog.builder().acknowledgement(acknowledgement, origin);
                People checked = People.validate(one.build(), complaints.keySet(), asOf);
                if (!checked.rejected().isEmpty()) {
                    Rejection rejection = checked.rejected().get(0);
                    rejected.add(rejection);
                    return new Changes(List.of(), List.of(), rejection);
                }
                people = before.with(acknowledgement);
                session.insert(acknowledgement);
                session.fire(rules.limits(SessionFacts.maxFirings(factCount())));
                link(session);
                LiveSession.Changes changes = session.drainChanges();
                return new Changes(changes.added(), changes.removed(), null, changes.firings());
            } catch (RuntimeException | Error e) {
                people = before; // the monitor is restored as it was, without it
                throw e;
            }
        });
    }

    /**
     * Moves the clock forward (never back) and lets the time-based rules catch up.
     *
     * @param now the host's clock; an earlier one leaves the clock where it is
     * @return the conclusions that appeared and went
     * @throws IllegalStateException      when the monitor is closed
     * @throws RunawayRulesException      when a rule keeps firing, or a session limit is reached; the monitor
     *                                    is left as it was
     * @throws RuleFailedException        when a rule throws; the monitor is left as it was
     * @throws AssessmentOutOfMemoryError when the heap runs out; the monitor is left as it was
     * @throws NullPointerException       when {@code now} is null
     */
    public synchronized Changes advanceTo(Instant now) {
        Objects.requireNonNull(now, "now");
        open();
        return atomically(now, null, null, () -> {
            moveClock(now);
            session.fire(rules.limits(SessionFacts.maxFirings(factCount())));
            link(session);
            LiveSession.Changes changes = session.drainChanges();
            return new Changes(changes.added(), changes.removed(), null, changes.firings());
        });
    }

    /** Records, from now on, each rule firing with the facts it matched (see {@link Walkthrough}). */
    synchronized void recordFirings() {
        recordingFirings = true;
        session.recordFirings(true);
    }

    /**
     * The whole picture now; equal to a full assessment of the same facts as of the same clock, but
     * that its rejections also list the submissions refused.
     *
     * @return the assessment as of the monitor's clock
     * @throws IllegalStateException when the monitor is closed
     */
    public synchronized Assessment assessment() {
        open();
        return Assessment.assemble(asOf, new ArrayList<>(complaints.values()), actions, rootCauses,
                session.conclusions(), rejected, session.firedRules(), people);
    }

    /**
     * The clock the monitor is at.
     *
     * @return the clock
     */
    public synchronized Instant asOf() {
        return asOf;
    }

    /**
     * How many complaints it holds.
     *
     * @return the number of complaints
     */
    public synchronized int size() {
        return complaints.size();
    }

    /** The facts the session holds now, for its firing limit. */
    private long factCount() {
        return 4L + standingFacts + complaints.size() + seriesHandles.size() + orderHandles.size() + groupHandles.size();
    }

    private Changes apply(Complaint complaint, RecordOrigin origin) {
        LogValidator.Checked checked = validator.check(complaint, origin, products, batches, asOf);
        if (checked.rejection() != null) {
            rejected.add(checked.rejection());
            return new Changes(List.of(), List.of(), checked.rejection());
        }
        Complaint accepted = checked.complaint();
        complaints.put(accepted.id(), accepted);
        complaintHandles.put(accepted.id(), session.insert(accepted));
        for (SeriesIndex.Key key : SeriesIndex.keysOf(accepted, batches, sizing)) {
            ReceiptOrder members = seriesMembers.getOrDefault(key, ReceiptOrder.empty()).with(accepted);
            seriesMembers.put(key, members);
            replaceGroup(seriesHandles, seriesMembers, key, members, ComplaintMonitor::series);
        }
        SeriesIndex.OrderKey order = SeriesIndex.OrderKey.of(accepted);
        if (order != null) {
            List<Complaint> members = orderMembers.computeIfAbsent(order, k -> new ArrayList<>(2));
            members.add(accepted);
            replaceGroup(orderHandles, orderMembers, order, members, SeriesIndex.OrderKey::group);
        }
        session.fire(rules.limits(SessionFacts.maxFirings(factCount())));
        link(session);
        LiveSession.Changes changes = session.drainChanges();
        return new Changes(changes.added(), changes.removed(), null, changes.firings());
    }

    private void remove(Complaint old) {
        session.delete(complaintHandles.remove(old.id()));
        complaints.remove(old.id());
        for (SeriesIndex.Key key : SeriesIndex.keysOf(old, batches, sizing)) {
            ReceiptOrder members = seriesMembers.get(key).without(old.id());
            seriesMembers.put(key, members);
            replaceGroup(seriesHandles, seriesMembers, key, members, ComplaintMonitor::series);
        }
        SeriesIndex.OrderKey order = SeriesIndex.OrderKey.of(old);
        if (order != null) {
            List<Complaint> members = orderMembers.get(order);
            members.removeIf(c -> c.id().equals(old.id()));
            replaceGroup(orderHandles, orderMembers, order, members, SeriesIndex.OrderKey::group);
        }
    }

    /** Inserts, replaces or withdraws the fact of one group (a series, an order) after its members changed. */
    private <K> void replaceGroup(Map<K, FactHandle> handles, Map<K, ? extends List<Complaint>> groups, K key,
                                  List<Complaint> members, BiFunction<K, List<Complaint>, Object> fact) {
        FactHandle handle = handles.get(key);
        if (members.isEmpty()) {
            groups.remove(key);
        }
        if (members.size() < SeriesIndex.MIN_SERIES) {
            if (handle != null) {
                session.delete(handle);
                handles.remove(key);
            }
        } else if (handle == null) {
            handles.put(key, session.insert(fact.apply(key, members)));
        } else {
            session.update(handle, fact.apply(key, members));
        }
    }

    private void moveClock(Instant now) {
        Objects.requireNonNull(now, "now");
        if (now.isAfter(asOf)) {
            asOf = now;
            session.update(clockHandle, new AssessmentClock(asOf));
            AssessmentDay today = AssessmentDay.of(asOf);
            if (!today.equals(day)) {
                day = today;
                session.update(dayHandle, day);
                session.update(quietHandle, QuietCutoff.of(day, rules.policy().findingQuietPeriod()));
            }
            AssessmentHour thisHour = AssessmentHour.of(asOf);
            if (!thisHour.equals(hour)) {
                hour = thisHour;
                session.update(hourHandle, hour);
            }
        }
    }

    private void open() {
        if (brokenBy != null) {
            throw new IllegalStateException("the monitor is closed: a change failed and the monitor could not be"
                    + " restored (" + brokenBy.getClass().getName() + "); open a new one", brokenBy);
        }
        if (closed) {
            throw new IllegalStateException("the monitor is closed");
        }
    }

    /** Releases the session. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            session.close();
        }
    }

    /**
     * The rejections so far, from the history and from submissions.
     *
     * @return the rejections, unmodifiable
     */
    public synchronized List<Rejection> rejected() {
        return Collections.unmodifiableList(new ArrayList<>(rejected));
    }
}
