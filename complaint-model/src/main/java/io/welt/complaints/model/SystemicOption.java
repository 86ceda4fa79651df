package io.welt.complaints.model;

/**
 * One option put to management for a repeat finding, with its cost-benefit assessment. The cost of
 * doing nothing is the expected complaints (observed rate x units still to sell) x cost per
 * complaint; the benefit is the expected reduction of that cost.
 *
 * @param findingId     the finding
 * @param type          the option
 * @param cost          what it costs to do
 * @param benefit       the expected saving over the policy's horizon
 * @param leadTimeDays  how long until it takes effect
 * @param effort        how much work it is
 * @param paybackDays   days until the saving repays the cost, or null when it never does
 * @param rule          the rule that proposed it
 * @param reason        why, with the figures
 */
public record SystemicOption(String findingId, SystemicActionType type, Money cost, Money benefit, int leadTimeDays,
                             Effort effort, Integer paybackDays, String rule, String reason) implements Conclusion {

    public SystemicOption {
        findingId = Checks.text(findingId, "findingId");
        Checks.present(type, "type");
        Checks.present(cost, "cost");
        Checks.present(benefit, "benefit");
        Checks.check(leadTimeDays >= 0, "leadTimeDays", () -> "must not be negative, was " + leadTimeDays);
        Checks.present(effort, "effort");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** Benefit less cost. */
    public Money netBenefit() {
        return benefit.plus(cost.times(java.math.BigDecimal.ONE.negate()));
    }

    /** Lead time and effort in words, e.g. "7 days, medium effort". */
    public String feasibility() {
        return leadTimeDays + (leadTimeDays == 1 ? " day, " : " days, ") + effort.name().toLowerCase(java.util.Locale.ROOT)
                + " effort";
    }
}
