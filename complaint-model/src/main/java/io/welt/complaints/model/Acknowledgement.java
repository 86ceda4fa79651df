package io.welt.complaints.model;

import java.time.Instant;

/**
 * A person taking hold of an escalation: from {@code acknowledgedAt} the escalation of the target at
 * {@code level} is theirs and no longer climbs; once {@code closedAt} has passed it is no longer in
 * force (its history stays in the audit trail).
 *
 * @param targetType     what the target is
 * @param target         the id of the complaint, finding, problem or action
 * @param level          the level the person answers at
 * @param acknowledgedAt when they took hold of it
 * @param by             who, as the host names people (an id or a name; it is shown in the audit trail)
 * @param note           what they said, or null
 * @param closedAt       when they closed it, or null while it is open
 */
public record Acknowledgement(TargetType targetType, String target, EscalationLevel level, Instant acknowledgedAt,
                              String by, String note, Instant closedAt) {

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param targetType what the target is
     * @param target the id of the complaint, finding, problem or action
     * @param level the level the person answers at
     * @param acknowledgedAt when they took hold of it
     * @param by who, as the host names people (an id or a name; it is shown in the audit trail)
     * @param note what they said, or null
     * @param closedAt when they closed it, or null while it is open
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Acknowledgement {
        Checks.present(targetType, "targetType");
        target = Checks.text(target, "target");
        Checks.present(level, "level");
        Checks.check(level != EscalationLevel.FRONTLINE, "level", "FRONTLINE is not an escalation to acknowledge");
        Checks.present(acknowledgedAt, "acknowledgedAt");
        by = Checks.text(by, "by");
        note = Checks.optionalText(note);
        Checks.check(closedAt == null || !closedAt.isBefore(acknowledgedAt), "closedAt",
                () -> "closed at " + closedAt + ", before it was acknowledged at " + acknowledgedAt);
    }

    /**
     * Whether it was closed at or before {@code asOf}.
     *
     * @param asOf the moment asked about
     * @return true when a closing time is known and not after {@code asOf}
     */
    public boolean isClosedBy(Instant asOf) {
        return closedAt != null && !closedAt.isAfter(asOf);
    }
}
