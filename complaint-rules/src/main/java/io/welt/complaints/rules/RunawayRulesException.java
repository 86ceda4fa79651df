package io.welt.complaints.rules;

/**
 * The rules kept firing past the assessment's limit: a rule that re-triggers itself, usually. The
 * message names the rule that fired most.
 */
public final class RunawayRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public RunawayRulesException(String rule, long firings, long limit) {
        super("the rules fired " + firings + " times, the limit for this log is " + limit
                + "; the rule that fired most is \"" + rule + "\": does it keep re-triggering itself?");
        this.rule = rule;
    }

    /** The rule that fired most. */
    public String rule() {
        return rule;
    }
}
