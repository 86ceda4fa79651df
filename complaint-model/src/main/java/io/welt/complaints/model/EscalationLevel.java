package io.welt.complaints.model;

/**
 * Who must deal with a complaint or finding, from the first line up; the declaration order is the
 * ranking. {@link #FRONTLINE} is where every complaint starts: it is the absence of an escalation.
 *
 * <p>Two chains share the bottom and the top: product faults climb the quality chain (FRONTLINE,
 * TEAM_LEADER, QUALITY_MANAGER, SENIOR_MANAGEMENT), service failures the customer-service chain
 * (FRONTLINE, TEAM_LEADER, CUSTOMER_SERVICE_MANAGER, SENIOR_MANAGEMENT). The policy holds the chains;
 * {@link #next()} and {@link #raisedBy(int)} climb the quality chain.
 */
public enum EscalationLevel {
    /** The agent who took the complaint: where every complaint starts, not an escalation. */
    FRONTLINE,
    /** The frontline team's leader: the second step of both chains. */
    TEAM_LEADER,
    /** The head of customer service: the third step of the customer-service chain. */
    CUSTOMER_SERVICE_MANAGER,
    /** The quality manager: the third step of the quality chain; product and supply patterns go here. */
    QUALITY_MANAGER,
    /**
     * Senior management, the top of both chains: an injury, a large pattern or one holding a critical
     * complaint.
     */
    SENIOR_MANAGEMENT;

    /**
     * The level above this one in the quality chain; the top level stays where it is.
     *
     * @return the next level up, or SENIOR_MANAGEMENT at the top
     */
    public EscalationLevel next() {
        return raisedBy(1);
    }

    /**
     * This level raised {@code steps} times in the quality chain, capped at the top.
     *
     * @param steps how many steps up; a negative number counts as none
     * @return the level reached
     */
    public EscalationLevel raisedBy(int steps) {
        EscalationLevel[] quality = {FRONTLINE, TEAM_LEADER, QUALITY_MANAGER, SENIOR_MANAGEMENT};
        // The customer-service manager sits at the quality manager's step.
        int step = this == CUSTOMER_SERVICE_MANAGER ? 2 : java.util.Arrays.asList(quality).indexOf(this);
        return quality[Math.min(quality.length - 1, step + Math.max(0, steps))];
    }
}
