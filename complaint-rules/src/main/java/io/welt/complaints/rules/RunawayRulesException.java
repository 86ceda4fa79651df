package io.welt.complaints.rules;

/**
 * The rules went past one of the session's limits and the session was halted: they fired more times
 * than the limit for the log (a rule that re-triggers itself, usually), held more matches waiting to
 * fire than the working-memory limit (a join of unconstrained patterns, which builds all its matches
 * before the first firing), or ran longer than the wall-time limit. The message names the limit and the
 * rule that fired (or matched) most in the last window of the session; the session is disposed of and
 * the rules stay usable.
 *
 * @see ComplaintRules.Builder#maxSessionTime(java.time.Duration)
 * @see ComplaintRules.Builder#maxPendingMatches(long)
 */
public final class RunawayRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which of the session's limits was reached. */
    public enum Limit {
        /** The number of rule firings for the log. */
        FIRINGS,
        /** The matches held waiting to fire at once: the session's working memory. */
        PENDING_MATCHES,
        /** The wall time of one session's work. */
        WALL_TIME
    }

    /** The rule that fired or matched most. */
    private final String rule;
    /** The limit that was reached. */
    private final Limit limit;

    /**
     * A session halted at its limit of firings.
     *
     * @param rule the rule that fired most
     * @param firings how many times the rules fired
     * @param limit the limit of firings for the log
     */
    public RunawayRulesException(String rule, long firings, long limit) {
        super("the rules fired " + firings + " times, the limit for this log is " + limit
                + "; the rule that fired most is \"" + rule + "\": does it keep re-triggering itself?");
        this.rule = rule;
        this.limit = Limit.FIRINGS;
    }

    /**
     * A session halted at {@code limit}.
     *
     * @param rule    the rule that fired or matched most in the last window
     * @param limit   the limit reached
     * @param message what happened, naming the rule and the limit
     */
    public RunawayRulesException(String rule, Limit limit, String message) {
        super(message);
        this.rule = rule;
        this.limit = limit;
    }

    /**
     * The rule that fired most (in the last window of the session, when it was halted by the guard).
     *
     * @return the rule's name
     */
    public String rule() {
        return rule;
    }

    /**
     * The limit that was reached.
     *
     * @return the limit
     */
    public Limit limit() {
        return limit;
    }
}
