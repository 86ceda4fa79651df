package io.welt.complaints.model;

/**
 * Who must deal with a complaint or finding, from the first line up; the declaration order is the
 * ranking. {@link #FRONTLINE} is where every complaint starts: it is the absence of an escalation.
 */
public enum EscalationLevel {
    FRONTLINE, TEAM_LEADER, QUALITY_MANAGER, SENIOR_MANAGEMENT;

    /** The level above this one; the top level stays where it is. */
    public EscalationLevel next() {
        return this == SENIOR_MANAGEMENT ? this : values()[ordinal() + 1];
    }

    /** This level raised {@code steps} times, capped at the top. */
    public EscalationLevel raisedBy(int steps) {
        return values()[Math.min(values().length - 1, ordinal() + Math.max(0, steps))];
    }
}
