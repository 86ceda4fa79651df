package io.welt.complaints.model;

/**
 * One option put to management for a problem, with its cost-benefit assessment against doing nothing.
 *
 * <p>{@link SystemicActionType#MONITOR} is the baseline: its cost is the expected cost of the
 * complaints continuing over the policy's horizon, its benefit and net benefit are zero. Every other
 * option's benefit is what it saves against that baseline, and its net benefit is that saving less
 * what the option costs: an option with a net benefit of zero or less does not beat doing nothing.
 *
 * @param subject       the problem (or, for rules of your own, the finding) it is proposed for
 * @param type          the option
 * @param cost          what it costs to do (for MONITOR: the expected cost of the complaints continuing)
 * @param benefit       the expected saving against doing nothing over the policy's horizon
 * @param leadTimeDays  how long until it takes effect
 * @param effort        how much work it is
 * @param paybackDays   days until the saving repays the cost, or null when it does not within the horizon
 * @param inPlace       the corrective action already on file that does this, or null: an option in place
 *                      is marked, not proposed
 * @param safetyFirst   whether it is ranked first whatever it costs, because the problem holds a CRITICAL
 *                      complaint (the reason says so)
 * @param rule          the rule that proposed it
 * @param reason        why, with the figures
 */
public record SystemicOption(String subject, SystemicActionType type, Money cost, Money benefit, int leadTimeDays,
                             Effort effort, Integer paybackDays, String inPlace, boolean safetyFirst, String rule,
                             String reason) implements Conclusion {

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param subject the problem (or, for rules of your own, the finding) it is proposed for
     * @param type the option
     * @param cost what it costs to do (for MONITOR: the expected cost of the complaints continuing)
     * @param benefit the expected saving against doing nothing over the policy's horizon
     * @param leadTimeDays how long until it takes effect
     * @param effort how much work it is
     * @param paybackDays days until the saving repays the cost, or null when it does not within the horizon
     * @param inPlace the corrective action already on file that does this, or null: an option in place is
     *   marked, not proposed
     * @param safetyFirst whether it is ranked first whatever it costs, because the problem holds a CRITICAL
     *   complaint (the reason says so)
     * @param rule the rule that proposed it
     * @param reason why, with the figures
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public SystemicOption {
        subject = Checks.text(subject, "subject");
        Checks.present(type, "type");
        Checks.present(cost, "cost");
        Checks.present(benefit, "benefit");
        Checks.check(leadTimeDays >= 0, "leadTimeDays", () -> "must not be negative, was " + leadTimeDays);
        Checks.present(effort, "effort");
        Checks.check(paybackDays == null || paybackDays >= 0, "paybackDays", () -> "must not be negative, was " + paybackDays);
        inPlace = Checks.optionalText(inPlace);
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /**
     * Benefit less cost; zero for the baseline, which is what the others are measured against.
     *
     * @return the net benefit; negative when it loses money
     */
    public Money netBenefit() {
        if (type == SystemicActionType.MONITOR) {
            return benefit.times(java.math.BigDecimal.ZERO);
        }
        return benefit.plus(cost.times(java.math.BigDecimal.ONE.negate()));
    }

    /**
     * Whether it is the baseline, doing nothing.
     *
     * @return true for MONITOR, the baseline
     */
    public boolean isBaseline() {
        return type == SystemicActionType.MONITOR;
    }

    /**
     * Whether it saves more than it costs, against doing nothing.
     *
     * @return true when its net benefit is above zero
     */
    public boolean beatsBaseline() {
        return !isBaseline() && netBenefit().amount().signum() > 0;
    }

    /**
     * Lead time and effort in words, e.g. "7 days, medium effort".
     *
     * @return the feasibility in words
     */
    public String feasibility() {
        return leadTimeDays + (leadTimeDays == 1 ? " day, " : " days, ") + effort.name().toLowerCase(java.util.Locale.ROOT)
                + " effort";
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "systemic|" + subject + "|" + type + "|" + rule;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return "management may choose " + type + " for " + subject + " (net " + netBenefit() + ")";
    }
}
