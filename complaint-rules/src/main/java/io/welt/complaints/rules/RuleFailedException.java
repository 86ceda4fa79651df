package io.welt.complaints.rules;

/**
 * A rule threw while it ran (its consequence, or a method its conditions call). The message names the
 * rule and the type of what it threw, never the thrown message itself, which may quote a complaint's
 * facts: a customer's words do not belong in a host's logs. The thrown exception is the
 * {@linkplain #getCause() cause}, for a host that wants it. The session is disposed of (a
 * {@link ComplaintMonitor} is restored to where it was) and the rules stay usable.
 */
public final class RuleFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rule that threw. */
    private final String rule;

    /**
     * A rule threw.
     *
     * @param rule the rule's name, or "?" when Drools did not say
     * @param cause what it threw
     */
    public RuleFailedException(String rule, Throwable cause) {
        super("rule \"" + rule + "\" threw " + cause.getClass().getName(), cause);
        this.rule = rule;
    }

    /**
     * The rule that threw, or "?" when Drools did not say.
     *
     * @return the rule's name
     */
    public String rule() {
        return rule;
    }
}
