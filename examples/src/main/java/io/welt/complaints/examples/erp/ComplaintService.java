package io.welt.complaints.examples.erp;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintMonitor;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.Rejection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A complaints service as an ERP would embed the rules: complaints live in a SQL database (a
 * {@link ComplaintStore}); the rules stay warm in a {@link ComplaintMonitor} over the stored history
 * and are called for each change; what changes for the business reaches an {@link EscalationListener}
 * the host implements; a nightly full assessment checks that the warm engine has not drifted.
 *
 * <pre>{@code
 * ComplaintStore store = ComplaintStore.open("jdbc:h2:file:/var/lib/erp/complaints");
 * try (ComplaintService service = ComplaintService.start(store, ComplaintRules.standard(),
 *         listener, Clock.systemUTC())) {
 *     service.receive(Complaint.builder("C-1042", Instant.now(), "CUST-77", "CH-101-42", "STITCHING")
 *             .description("Seam on the left boot opened after two weeks").build());
 *     service.acknowledge("C-1042", Instant.now());
 *     NightlySummary night = service.nightly(Instant.now());   // from the host's scheduler
 *     if (!night.agrees()) alertOperations(night.differences());
 * }
 * }</pre>
 *
 * <p><b>Writes.</b> Each write is one transaction: the store is written, the monitor takes the
 * change, and the transaction commits only when the rules accepted it. A complaint the rules cannot
 * assess (an unknown defect code, a batch of another SKU) is <em>refused</em>: nothing is stored and
 * {@link ComplaintRefusedException} names the field, for the clerk to correct and send again. A
 * complaint the rules cannot read would otherwise sit in the database and be missing from every
 * finding without anyone noticing. If the commit itself fails after the monitor took the change,
 * the service rebuilds the monitor from the store, which is the record.
 *
 * <p><b>Threads.</b> Every public method is {@code synchronized}: the service serialises writes,
 * because the monitor is single-writer and the store uses one connection. Callers on many threads
 * queue; the listener runs inside the lock.
 *
 * <p><b>Master data.</b> Products and batches are read when the monitor starts; after saving new
 * ones to the store, call {@link #reload()}.
 *
 * <p>The clock gives "now" for every change; the monitor's clock never goes back. Between writes,
 * {@link #tick()} lets time-based escalations through.
 */
public final class ComplaintService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintService.class);

    /** The order in which the escalation in force for a target is chosen, as {@link Assessment} does it. */
    private static final Comparator<Escalation> STRONGEST_FIRST = Comparator
            .comparing(Escalation::level).reversed()
            .thenComparing(Escalation::raisedAt)
            .thenComparing(Escalation::rule)
            .thenComparing(Escalation::reason);

    private record Target(TargetType type, String id) {
        static Target of(Escalation escalation) {
            return new Target(escalation.targetType(), escalation.target());
        }
    }

    private final ComplaintStore store;
    private final ComplaintRules rules;
    private final EscalationListener listener;
    private final Clock clock;
    /** Every escalation the monitor holds, the superseded ones too, by target. */
    private final Map<Target, List<Escalation>> escalations = new HashMap<>();
    /**
     * How many problems each finding is a view of: a finding in a problem is escalated through the
     * problem, as {@link Assessment} does it, so its own escalation is never in force.
     */
    private final Map<String, Integer> views = new HashMap<>();
    private ComplaintMonitor monitor;
    private boolean closed;

    private ComplaintService(ComplaintStore store, ComplaintRules rules, EscalationListener listener, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Loads the history from {@code store} and starts the rules over it as of {@code clock}'s now. The
     * service owns the store from here on and closes it with itself.
     */
    public static ComplaintService start(ComplaintStore store, ComplaintRules rules, EscalationListener listener,
                                         Clock clock) {
        ComplaintService service = new ComplaintService(Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(listener, "listener"),
                Objects.requireNonNull(clock, "clock"));
        service.openMonitor();
        return service;
    }

    /**
     * Stores a new complaint and runs the rules for it; the listener hears what changed (a new or
     * grown finding, an escalation, and any time-based change since the last call).
     *
     * @throws ComplaintRefusedException when the rules cannot assess it; nothing is stored
     * @throws IllegalArgumentException  when a complaint with its id is already stored
     */
    public synchronized void receive(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        requireOpen();
        Instant now = clock.instant();
        write(() -> store.insert(complaint), () -> monitor.submit(complaint, now));
    }

    /**
     * Records that the complaint was acknowledged at {@code at}; the first acknowledgement stands.
     *
     * @throws IllegalArgumentException when no such complaint is stored, or {@code at} is before its receipt
     */
    public synchronized void acknowledge(String id, Instant at) {
        Complaint complaint = stored(id);
        if (complaint.acknowledgedAt() != null) {
            return;
        }
        update(complaint.toBuilder().acknowledgedAt(at)
                .status(complaint.status() == ComplaintStatus.OPEN ? ComplaintStatus.ACKNOWLEDGED : complaint.status())
                .build());
    }

    /**
     * Records that the customer's problem was solved at {@code at}; its complaint escalations are
     * withdrawn. The first resolution stands.
     *
     * @throws IllegalArgumentException when no such complaint is stored, or {@code at} is before its receipt
     */
    public synchronized void resolve(String id, Instant at) {
        Complaint complaint = stored(id);
        if (complaint.resolvedAt() != null) {
            return;
        }
        update(complaint.toBuilder().resolvedAt(at)
                .status(complaint.status().isResolved() ? complaint.status() : ComplaintStatus.RESOLVED)
                .build());
    }

    /**
     * Replaces a stored complaint with a changed version of it: a corrected defect code, a batch traced,
     * a wait on the customer, a closure.
     *
     * @throws ComplaintRefusedException when the rules cannot assess the new version; the old one stays
     * @throws IllegalArgumentException  when no complaint with its id is stored
     */
    public synchronized void update(Complaint changed) {
        Objects.requireNonNull(changed, "changed");
        requireOpen();
        Instant now = clock.instant();
        stored(changed.id());
        write(() -> store.update(changed), () -> monitor.update(changed, now));
    }

    /**
     * Moves the rules to the clock's now, so that what time alone changes (a missed acknowledgement
     * target, a deadline) reaches the listener without waiting for the next write. Call it from the
     * host's scheduler, every few minutes.
     */
    public synchronized void tick() {
        requireOpen();
        deliver(monitor.advanceTo(clock.instant()));
    }

    /**
     * The nightly check: moves the warm engine to {@code asOf} (the listener hears the time-based
     * changes), assesses everything in the store from scratch, and compares the two. A difference is
     * logged and listed in the summary; the full assessment is the one to trust.
     *
     * @throws IllegalArgumentException when {@code asOf} is before the service's clock
     */
    public synchronized NightlySummary nightly(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        requireOpen();
        if (asOf.isBefore(monitor.asOf())) {
            throw new IllegalArgumentException("asOf: " + asOf + " is before the service's clock " + monitor.asOf());
        }
        deliver(monitor.advanceTo(asOf));
        Assessment full = rules.assess(store.loadLog(), asOf);
        List<String> differences = differences(full, monitor.assessment());
        if (!differences.isEmpty()) {
            LOG.warn("the warm engine differs from the full assessment as of {} in {} conclusions, e.g. {}", asOf,
                    differences.size(), differences.get(0));
        }
        Map<EscalationLevel, Long> byLevel = full.escalations().stream()
                .collect(Collectors.groupingBy(Escalation::level, TreeMap::new, Collectors.counting()));
        return new NightlySummary(asOf, full.complaints().size(), full.findings().size(), new TreeMap<>(byLevel),
                full.warnings().size(), full.rejected().size(), differences);
    }

    /** The stored complaint with this id, as the host last wrote it. */
    public synchronized Optional<Complaint> find(String id) {
        Objects.requireNonNull(id, "id");
        requireOpen();
        return store.find(id);
    }

    /** The warm engine's whole picture now: findings, escalations in force, warnings. */
    public synchronized Assessment assessment() {
        requireOpen();
        return monitor.assessment();
    }

    /** Re-reads everything from the store and restarts the warm engine, e.g. after new products or batches. */
    public synchronized void reload() {
        requireOpen();
        rebuild();
    }

    /** Closes the monitor and the store's connection. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (monitor != null) {
                monitor.close();
            }
        } finally {
            store.close();
        }
    }

    // ---- Writes ----

    /**
     * One transaction: the store's part, then the monitor's; commits only when the monitor accepted
     * the change, then tells the listener.
     */
    private void write(Runnable storeWork, Supplier<ComplaintMonitor.Changes> monitorWork) {
        ComplaintMonitor.Changes changes;
        boolean monitorCalled = false;
        try {
            storeWork.run();
            monitorCalled = true;
            changes = monitorWork.get();
            Rejection rejection = changes.rejected();
            if (rejection != null) {
                // The monitor refused it and did not change: undoing the store is enough.
                store.rollback();
                throw new ComplaintRefusedException(rejection);
            }
            store.commit();
        } catch (ComplaintRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            store.rollback();
            if (monitorCalled) {
                // The monitor may hold a change the store does not: start it again from the store.
                try {
                    rebuild();
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
        deliver(changes);
    }

    private Complaint stored(String id) {
        Objects.requireNonNull(id, "id");
        requireOpen();
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("id: no complaint " + id + " is stored"));
    }

    private void openMonitor() {
        monitor = rules.monitor(store.loadLog(), clock.instant());
        escalations.clear();
        views.clear();
        Assessment now = monitor.assessment();
        now.problems().forEach(p -> view(p, 1));
        now.escalations().forEach(this::track);
        now.supersededEscalations().forEach(this::track);
        List<Rejection> rejected = monitor.rejected();
        if (!rejected.isEmpty()) {
            LOG.warn("{} stored records cannot be assessed and are left out, e.g. {}", rejected.size(), rejected.get(0));
        }
    }

    private void rebuild() {
        ComplaintMonitor old = monitor;
        monitor = null;
        if (old != null) {
            old.close();
        }
        openMonitor();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the complaint service is closed");
        }
        if (monitor == null) {
            throw new IllegalStateException("the complaint service lost its rules after a database failure; restart it");
        }
    }

    // ---- Telling the listener ----

    private void deliver(ComplaintMonitor.Changes changes) {
        List<RepeatFinding> gone = new ArrayList<>(changes.removed(RepeatFinding.class));
        for (RepeatFinding finding : changes.added(RepeatFinding.class)) {
            RepeatFinding before = take(gone, finding.id());
            if (before == null) {
                tell("finding raised " + finding.id(), () -> listener.findingRaised(finding));
            } else {
                tell("finding changed " + finding.id(), () -> listener.findingChanged(finding, before));
            }
        }
        gone.forEach(finding -> tell("finding withdrawn " + finding.id(), () -> listener.findingWithdrawn(finding)));

        Map<Target, Escalation> before = new LinkedHashMap<>();
        List<Target> touched = new ArrayList<>();
        changes.added(Escalation.class).forEach(e -> touched.add(Target.of(e)));
        changes.removed(Escalation.class).forEach(e -> touched.add(Target.of(e)));
        for (Problem problem : changes.added(Problem.class)) {
            problem.findingIds().forEach(id -> touched.add(new Target(TargetType.FINDING, id)));
        }
        for (Problem problem : changes.removed(Problem.class)) {
            problem.findingIds().forEach(id -> touched.add(new Target(TargetType.FINDING, id)));
        }
        for (Target target : touched) {
            if (!before.containsKey(target)) {
                before.put(target, inForce(target));
            }
        }
        changes.removed(Problem.class).forEach(p -> view(p, -1));
        changes.added(Problem.class).forEach(p -> view(p, 1));
        changes.removed(Escalation.class).forEach(this::untrack);
        changes.added(Escalation.class).forEach(this::track);
        before.forEach((target, was) -> {
            Escalation now = inForce(target);
            if (Objects.equals(was, now)) {
                return;
            }
            String what = "escalation of " + target.type() + " " + target.id();
            if (now == null) {
                tell(what, () -> listener.withdrawn(was));
            } else if (was == null) {
                tell(what, () -> listener.escalated(now, EscalationListener.Kind.NEW, null));
            } else {
                int step = now.level().compareTo(was.level());
                EscalationListener.Kind kind = step > 0 ? EscalationListener.Kind.RAISED
                        : step < 0 ? EscalationListener.Kind.LOWERED : EscalationListener.Kind.RESTATED;
                tell(what, () -> listener.escalated(now, kind, was));
            }
        });
    }

    private static RepeatFinding take(List<RepeatFinding> findings, String id) {
        for (Iterator<RepeatFinding> it = findings.iterator(); it.hasNext(); ) {
            RepeatFinding finding = it.next();
            if (finding.id().equals(id)) {
                it.remove();
                return finding;
            }
        }
        return null;
    }

    private void track(Escalation escalation) {
        escalations.computeIfAbsent(Target.of(escalation), k -> new ArrayList<>()).add(escalation);
    }

    private void untrack(Escalation escalation) {
        Target target = Target.of(escalation);
        List<Escalation> forTarget = escalations.get(target);
        if (forTarget != null && forTarget.remove(escalation) && forTarget.isEmpty()) {
            escalations.remove(target);
        }
    }

    private void view(Problem problem, int delta) {
        for (String findingId : problem.findingIds()) {
            views.merge(findingId, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    private Escalation inForce(Target target) {
        if (target.type() == TargetType.FINDING && views.containsKey(target.id())) {
            return null; // superseded by the escalation of the problem it is a view of
        }
        List<Escalation> forTarget = escalations.get(target);
        return forTarget == null ? null : forTarget.stream().min(STRONGEST_FIRST).orElse(null);
    }

    /** Calls the listener; its failure is the host's bug, logged, and does not undo the committed change. */
    private static void tell(String what, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("the escalation listener failed on {}", what, e);
        }
    }

    // ---- The nightly comparison ----

    /**
     * What only one of two assessments holds: complaints, severities, findings, escalations (in force
     * and superseded) and warnings, each described by ids. Rejections are not compared: the monitor
     * also keeps those of submissions the service refused.
     */
    static List<String> differences(Assessment full, Assessment warm) {
        List<String> differences = new ArrayList<>();
        compare("complaint", full.complaints(), warm.complaints(), Complaint::id, differences);
        compare("severity", List.copyOf(full.severities().values()), List.copyOf(warm.severities().values()),
                s -> s.complaintId() + " " + s.severity() + " (" + s.rule() + ")", differences);
        compare("finding", full.findings(), warm.findings(), f -> f.id() + " " + f.complaintIds(), differences);
        compare("problem", full.problems(), warm.problems(), p -> p.id() + " " + p.complaintIds(), differences);
        compare("escalation", full.escalations(), warm.escalations(), ComplaintService::describe, differences);
        compare("superseded escalation", full.supersededEscalations(), warm.supersededEscalations(),
                ComplaintService::describe, differences);
        compare("warning", full.warnings(), warm.warnings(),
                w -> w.complaintId() + " " + w.kind() + " " + w.usedPercent() + "%", differences);
        return differences;
    }

    private static String describe(Escalation e) {
        return e.targetType() + " " + e.target() + " " + e.level() + " due " + e.due() + " (" + e.rule() + ")";
    }

    private static <T> void compare(String what, List<T> full, List<T> warm, Function<T, String> describe,
                                    List<String> differences) {
        Map<T, Integer> count = new LinkedHashMap<>();
        full.forEach(x -> count.merge(x, 1, Integer::sum));
        warm.forEach(x -> count.merge(x, -1, Integer::sum));
        count.forEach((x, n) -> {
            for (int i = 0; i < Math.abs(n); i++) {
                differences.add(what + " only in the " + (n > 0 ? "full assessment" : "warm engine") + ": "
                        + describe.apply(x));
            }
        });
    }
}
