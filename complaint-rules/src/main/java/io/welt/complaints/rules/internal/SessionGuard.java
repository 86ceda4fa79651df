package io.welt.complaints.rules.internal;

import io.welt.complaints.rules.RuleFailedException;
import io.welt.complaints.rules.RunawayRulesException;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one session's work within its limits: the matches it holds waiting to fire (its working
 * memory: a join of unconstrained patterns builds every match before the first firing, which a firing
 * limit cannot stop) and its wall time. Both are checked as matches are made and fired, on the session's
 * own thread; past a limit the guard throws {@link RunawayRulesException} from inside the engine, which
 * halts the session (it is then disposed of). The rule named is the one that fired or matched most in the
 * last {@value #WINDOW} events, ties going to the rule that changed facts: a rule that updates what it
 * matches drags the rules on that fact along with it, as often as itself.
 */
final class SessionGuard extends DefaultAgendaEventListener {

    /** How many of the last events the message looks at. */
    static final int WINDOW = 1_000;
    /** The clock is read every this many events: nanoTime is cheap, not free. */
    private static final int CLOCK_EVERY = 64;

    private long maxPending;
    private long maxNanos;
    private long startNanos;
    private long pending;
    private long events;
    private final String[] window = new String[WINDOW];
    private final boolean[] changedFacts = new boolean[WINDOW];
    /** The time each firing in the window took (0 for a match made), measured only under a time limit. */
    private final long[] tookNanos = new long[WINDOW];
    private long firingStart;
    private int next;
    private boolean firingChanged;

    /**
     * @param maxPending the matches it may hold waiting to fire at once
     * @param maxNanos   the wall time of one {@link #start()}ed piece of work, or 0 for no limit
     */
    SessionGuard(long maxPending, long maxNanos) {
        this.maxPending = maxPending;
        this.maxNanos = maxNanos;
        start();
    }

    /** Starts the clock and the count again, for the next piece of work on the same session. */
    void start() {
        startNanos = System.nanoTime();
        pending = 0;
    }

    /** Starts the next piece of work on the same session within new limits. */
    void start(long maxPending, long maxNanos) {
        this.maxPending = maxPending;
        this.maxNanos = maxNanos;
        start();
    }

    /** The exception for a session that fired {@code firings} times, reaching its limit. */
    RunawayRulesException firingLimit(long firings, long limit) {
        return halted(RunawayRulesException.Limit.FIRINGS, "the rules fired " + firings
                + " times, the limit for this log is " + limit + "; ");
    }

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        String rule = event.getMatch().getRule().getName();
        tookNanos[next] = 0;
        note(rule, false);
        if (++pending > maxPending) {
            throw halted(RunawayRulesException.Limit.PENDING_MATCHES, "the rules hold more than " + maxPending
                    + " matches waiting to fire, the limit of the session's working memory for this log; ");
        }
    }

    @Override
    public void matchCancelled(MatchCancelledEvent event) {
        pending--;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firingChanged = false;
        if (maxNanos > 0) {
            firingStart = System.nanoTime();
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        pending--;
        tookNanos[next] = maxNanos > 0 ? System.nanoTime() - firingStart : 0;
        note(event.getMatch().getRule().getName(), firingChanged);
    }

    /** Notes the facts a rule's consequence changes (an update, a modify, a delete). */
    final RuleRuntimeEventListener factChanges = new RuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            // Inserting is how rules conclude: not a sign of a loop by itself.
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            firingChanged |= event.getRule() != null;
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            firingChanged |= event.getRule() != null;
        }
    };

    private void note(String rule, boolean changed) {
        window[next] = rule;
        changedFacts[next] = changed;
        next = (next + 1) % WINDOW;
        if (maxNanos > 0 && ++events % CLOCK_EVERY == 0 && System.nanoTime() - startNanos > maxNanos) {
            throw halted(RunawayRulesException.Limit.WALL_TIME, "the rules ran longer than the session's limit of "
                    + (maxNanos / 1_000_000) + " ms; ");
        }
    }

    private RunawayRulesException halted(RunawayRulesException.Limit limit, String what) {
        // Per rule: [0] firings and matches, [1] of them changing a fact, [2] nanoseconds its firings took.
        Map<String, long[]> counts = new HashMap<>();
        int seen = 0;
        for (int i = 0; i < WINDOW; i++) {
            if (window[i] != null) {
                long[] count = counts.computeIfAbsent(window[i], k -> new long[3]);
                count[0]++;
                count[1] += changedFacts[i] ? 1 : 0;
                count[2] += tookNanos[i];
                seen++;
            }
        }
        // Out of time, the rule that took the time is the one to name; else the one that fired most.
        int first = limit == RunawayRulesException.Limit.WALL_TIME ? 2 : 0;
        String busiest = "?";
        long[] most = {-1, -1, -1};
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long[] count = entry.getValue();
            int order = Long.compare(count[first], most[first]);
            if (order == 0) {
                order = Long.compare(count[0], most[0]);
            }
            if (order == 0) {
                order = Long.compare(count[1], most[1]);
            }
            if (order > 0 || order == 0 && entry.getKey().compareTo(busiest) < 0) {
                busiest = entry.getKey();
                most = count;
            }
        }
        String which = first == 2 ? "the rule whose firings took most of the time in the last " + seen
                + " firings and matches is \"" + busiest + "\" (" + most[0] + " times, " + (most[2] / 1_000_000) + " ms)"
                : "the rule that fired or matched most in the last " + seen + " is \"" + busiest + "\" (" + most[0]
                + " times" + (most[1] > 0 ? ", changing a fact " + most[1] + " times" : "") + ")";
        return new RunawayRulesException(busiest, limit, what + which + ": is it a join of unconstrained patterns,"
                + " or does it keep re-triggering itself?");
    }

    /**
     * What a session's failure is, in the library's terms: the guard's halt as it was thrown, a rule's
     * own exception as {@link RuleFailedException} (its rule and type, not its message), anything else
     * as it came. Drools wraps what a listener or a consequence throws; the chain is searched.
     */
    static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RunawayRulesException runaway) {
                return runaway;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        if (e instanceof ConsequenceException consequence && !(consequence.getCause() instanceof RuleFailedException)) {
            String rule = consequence.getRule() == null ? "?" : consequence.getRule().getName();
            return new RuleFailedException(rule, consequence.getCause() == null ? consequence : consequence.getCause());
        }
        if (e instanceof org.drools.mvel.ConstraintEvaluationException) {
            // "Error evaluating constraint '...' in [Rule "name" in file]": the rule's own text, no fact in it.
            java.util.regex.Matcher rule = CONSTRAINT_RULE.matcher(String.valueOf(e.getMessage()));
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new RuleFailedException(rule.find() ? rule.group(1) : "?", root);
        }
        return e;
    }

    private static final java.util.regex.Pattern CONSTRAINT_RULE = java.util.regex.Pattern.compile("\\[Rule \"(.*?)\" in ");
}
