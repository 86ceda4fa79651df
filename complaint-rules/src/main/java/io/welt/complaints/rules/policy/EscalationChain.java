package io.welt.complaints.rules.policy;

import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.ProcessStage;

import java.util.List;
import java.util.Objects;

/**
 * The levels a complaint climbs, from the front line to the top, by the function that owns it:
 * product faults climb the quality chain, service failures (late delivery, wrong item, conduct, a
 * missed call-back) the customer-service chain; both end at senior management. The policy holds one
 * of each; every climb of a complaint, by severity or by time, is worked out here.
 *
 * <pre>{@code
 * EscalationChain chain = policy.chainFor(category);
 * EscalationLevel level = chain.raise(chain.entry(Severity.HIGH, policy), 1);   // one missed target
 * }</pre>
 *
 * @param name   a name for reasons, e.g. "customer-service chain"
 * @param levels the levels from FRONTLINE up, each once
 */
public record EscalationChain(String name, List<EscalationLevel> levels) {

    /** FRONTLINE, TEAM_LEADER, QUALITY_MANAGER, SENIOR_MANAGEMENT. */
    public static final EscalationChain QUALITY = new EscalationChain("quality chain", List.of(
            EscalationLevel.FRONTLINE, EscalationLevel.TEAM_LEADER, EscalationLevel.QUALITY_MANAGER,
            EscalationLevel.SENIOR_MANAGEMENT));

    /** FRONTLINE, TEAM_LEADER, CUSTOMER_SERVICE_MANAGER, SENIOR_MANAGEMENT. */
    public static final EscalationChain CUSTOMER_SERVICE = new EscalationChain("customer-service chain", List.of(
            EscalationLevel.FRONTLINE, EscalationLevel.TEAM_LEADER, EscalationLevel.CUSTOMER_SERVICE_MANAGER,
            EscalationLevel.SENIOR_MANAGEMENT));

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param name a name for reasons, e.g. "customer-service chain"
     * @param levels the levels from FRONTLINE up, each once
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public EscalationChain {
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
        if (levels.size() < 2 || levels.get(0) != EscalationLevel.FRONTLINE) {
            throw new IllegalArgumentException("levels: a chain starts at FRONTLINE and has at least one level above it, was "
                    + levels);
        }
        if (levels.stream().distinct().count() != levels.size()) {
            throw new IllegalArgumentException("levels: each level once, was " + levels);
        }
    }

    /**
     * Whether a category is a service failure (made in service or at packing, neither functional nor cosmetic).
     *
     * @param category a defect category
     * @return true for a service failure
     */
    public static boolean isServiceFailure(DefectCategory category) {
        return category.stage() == ProcessStage.SERVICE
                || category.stage() == ProcessStage.PACKING && !category.functional() && !category.cosmetic();
    }

    /**
     * Where a complaint of this severity enters the chain: at the step where the policy's level for the
     * severity sits in the quality chain (HIGH: the second step, TEAM_LEADER in both chains).
     *
     * @param severity the complaint's severity
     * @param policy the policy, whose level for the severity is placed in this chain
     * @return the level it enters at
     */
    public EscalationLevel entry(io.welt.complaints.model.Severity severity, Policy policy) {
        EscalationLevel quality = policy.levelFor(severity);
        int step = levels.indexOf(quality);
        if (step < 0) { // a level of another chain: its step in the quality chain
            step = QUALITY.levels().indexOf(quality.raisedBy(0));
        }
        return levels.get(Math.min(levels.size() - 1, Math.max(0, step)));
    }

    /**
     * The level {@code steps} above {@code level} in this chain, capped at the top.
     *
     * @param level a level of this chain
     * @param steps how many steps up
     * @return the level reached
     */
    public EscalationLevel raise(EscalationLevel level, int steps) {
        int step = levels.indexOf(level);
        if (step < 0) {
            throw new IllegalArgumentException(level + " is not in the " + name + " " + levels);
        }
        return levels.get(Math.min(levels.size() - 1, step + Math.max(0, steps)));
    }

    @Override
    public String toString() {
        return name;
    }
}
