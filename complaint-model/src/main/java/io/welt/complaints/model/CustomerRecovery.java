package io.welt.complaints.model;

/**
 * The second verdict line of a corrective action: did the customers recover (its call-backs)? Kept
 * apart from {@link ActionVerification}, which says whether the root cause is gone, so that an
 * unhappy customer does not make a working fix look inconclusive, nor a happy one a failed fix look
 * good. Only an action with call-back follow-ups has one.
 *
 * @param actionId the action
 * @param recovery the outcome of its call-backs
 * @param rule     the rule that reached it
 * @param reason   why, with the call-backs' results
 */
public record CustomerRecovery(String actionId, Recovery recovery, String rule, String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param actionId the action
     * @param recovery the outcome of its call-backs
     * @param rule the rule that reached it
     * @param reason why, with the call-backs' results
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public CustomerRecovery {
        actionId = Checks.text(actionId, "actionId");
        Checks.present(recovery, "recovery");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return "customers of action " + actionId + ": " + recovery;
    }
}
