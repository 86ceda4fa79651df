package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Conclusion;
import io.welt.complaints.rules.RuleFiring;
import io.welt.complaints.rules.RunawayRulesException;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stateful session that stays open between changes: facts are inserted, replaced and removed,
 * the rules fire, and the conclusions that appeared and disappeared since the last
 * {@link #drainChanges()} are reported. Not thread-safe: one writer at a time.
 */
public final class LiveSession implements AutoCloseable {

    private final KieSession session;
    private final Map<String, Long> fired = new HashMap<>();
    private final List<Conclusion> added = new ArrayList<>();
    private final List<Conclusion> removed = new ArrayList<>();
    private final List<RuleFiring> firings = new ArrayList<>();
    private boolean recordFirings;
    /** The findings that appeared (true) or went (false) since {@link #takeFindingChanges()}, in order. */
    private final List<Map.Entry<io.welt.complaints.model.RepeatFinding, Boolean>> findingChanges = new ArrayList<>();

    private final Runnable onClose;

    private final SessionGuard guard = new SessionGuard(Long.MAX_VALUE, 0);

    private final JoinSizes joinSizes;
    /** How many facts of each class the session holds, for {@link JoinSizes#check}. */
    private final Map<Class<?>, Long> counts = new HashMap<>();

    LiveSession(KieSession session, JoinSizes joinSizes, Runnable onClose) {
        this.session = session;
        this.joinSizes = joinSizes;
        this.onClose = onClose;
        session.addEventListener(guard);
        session.addEventListener(guard.factChanges);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
                if (recordFirings) {
                    List<Object> matched = new ArrayList<>(event.getMatch().getObjects());
                    matched.removeIf(java.util.Objects::isNull);
                    firings.add(new RuleFiring(event.getMatch().getRule().getName(), matched));
                }
            }
        });
        session.addEventListener(new RuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Conclusion conclusion) {
                    added.add(conclusion);
                    if (conclusion instanceof io.welt.complaints.model.RepeatFinding finding) {
                        findingChanges.add(Map.entry(finding, true));
                    }
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                // Conclusions are immutable and never updated.
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                if (event.getOldObject() instanceof Conclusion conclusion) {
                    if (conclusion instanceof io.welt.complaints.model.RepeatFinding finding) {
                        findingChanges.add(Map.entry(finding, false));
                    }
                    if (!added.remove(conclusion)) {
                        removed.add(conclusion);
                    }
                }
            }
        });
    }

    public FactHandle insert(Object fact) {
        try {
            FactHandle handle = session.insert(fact);
            counts.merge(fact.getClass(), 1L, Long::sum);
            return handle;
        } catch (RuntimeException e) {
            throw SessionGuard.translate(e);
        }
    }

    public void update(FactHandle handle, Object fact) {
        try {
            session.update(handle, fact);
        } catch (RuntimeException e) {
            throw SessionGuard.translate(e);
        }
    }

    public void delete(FactHandle handle) {
        try {
            Object fact = session.getObject(handle);
            session.delete(handle);
            if (fact != null) {
                counts.merge(fact.getClass(), -1L, Long::sum);
            }
        } catch (RuntimeException e) {
            throw SessionGuard.translate(e);
        }
    }

    /**
     * Fires the rules until they rest.
     *
     * @throws RunawayRulesException when they fire {@code maxFirings} times
     */
    public int fire(long maxFirings) {
        return fire(new RuleBase.Limits(maxFirings, maxFirings, 0));
    }

    /**
     * Fires the rules until they rest, within {@code limits}. After an exception the session is in no
     * known state: the caller closes it.
     *
     * @throws RunawayRulesException when they reach a limit, naming it and the busiest rule
     * @throws io.welt.complaints.rules.RuleFailedException when a rule throws, naming it and the type thrown
     */
    public int fire(RuleBase.Limits limits) {
        int limit = (int) Math.min(Integer.MAX_VALUE, limits.maxFirings());
        guard.start(limits.maxPendingMatches(), limits.maxNanos());
        joinSizes.check(counts, limits.maxPendingMatches());
        int firings;
        try {
            firings = session.fireAllRules(limit);
        } catch (RuntimeException e) {
            throw SessionGuard.translate(e);
        }
        if (firings >= limit) {
            throw guard.firingLimit(firings, limit);
        }
        return firings;
    }

    /** The findings that appeared (true) or went (false) since the last call, in order; clears them. */
    public List<Map.Entry<io.welt.complaints.model.RepeatFinding, Boolean>> takeFindingChanges() {
        List<Map.Entry<io.welt.complaints.model.RepeatFinding, Boolean>> changes = List.copyOf(findingChanges);
        findingChanges.clear();
        return changes;
    }

    /** The facts of one class in the session now. */
    public <T> List<T> objects(Class<T> type) {
        List<T> all = new ArrayList<>();
        for (Object object : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(type))) {
            all.add(type.cast(object));
        }
        return all;
    }

    /** Also keep, for each firing, the facts it matched (for a trainer's trace; it costs memory). */
    public void recordFirings(boolean record) {
        this.recordFirings = record;
    }

    /**
     * What appeared and what went since the last call, net: a conclusion withdrawn and derived again
     * (its fact changed, the clock moved) is in neither list. Each list in the order it happened.
     */
    public Changes drainChanges() {
        List<Conclusion> netAdded = new ArrayList<>(added);
        List<Conclusion> netRemoved = new ArrayList<>();
        for (Conclusion gone : removed) {
            if (!netAdded.remove(gone)) {
                netRemoved.add(gone);
            }
        }
        Changes changes = new Changes(List.copyOf(netAdded), List.copyOf(netRemoved), List.copyOf(firings));
        added.clear();
        removed.clear();
        firings.clear();
        return changes;
    }

    /**
     * Conclusions that appeared and went.
     *
     * @param added   new conclusions
     * @param removed conclusions whose cause went
     * @param firings the firings, when recorded
     */
    public record Changes(List<Conclusion> added, List<Conclusion> removed, List<RuleFiring> firings) {
    }

    /** Every conclusion in the session now. */
    public List<Conclusion> conclusions() {
        List<Conclusion> all = new ArrayList<>();
        for (Object object : session.getObjects(RuleBase.CONCLUSIONS)) {
            all.add((Conclusion) object);
        }
        return all;
    }

    /** How often each rule fired since the session opened. */
    public Map<String, Long> firedRules() {
        return Map.copyOf(fired);
    }

    @Override
    public void close() {
        try {
            session.dispose();
        } finally {
            onClose.run();
        }
    }
}
