package io.welt.complaints.model;

import java.time.Instant;

/**
 * A complaint, finding or corrective action handed up to a level that must act by a due time.
 *
 * @param targetType what the target is
 * @param target     the id of the complaint, finding or action
 * @param level      who must act
 * @param raisedAt   when the cause arose (receipt, a missed deadline, the finding's latest complaint)
 * @param due        when that level must have responded
 * @param rule       the rule that escalated it
 * @param reason     why
 */
public record Escalation(TargetType targetType, String target, EscalationLevel level, Instant raisedAt, Instant due,
                         String rule, String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param targetType what the target is
     * @param target the id of the complaint, finding or action
     * @param level who must act
     * @param raisedAt when the cause arose (receipt, a missed deadline, the finding's latest complaint)
     * @param due when that level must have responded
     * @param rule the rule that escalated it
     * @param reason why
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Escalation {
        Checks.present(targetType, "targetType");
        target = Checks.text(target, "target");
        Checks.present(level, "level");
        Checks.check(level != EscalationLevel.FRONTLINE, "level", "FRONTLINE is where work starts, not an escalation");
        Checks.present(raisedAt, "raisedAt");
        Checks.present(due, "due");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** {@inheritDoc} */
    @Override
    public String subject() {
        return target;
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "escalation|" + targetType + "|" + target + "|" + rule;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return targetType.name().toLowerCase(java.util.Locale.ROOT) + " " + target + " goes to " + level
                + " (respond by " + due + ")";
    }
}
