package io.welt.complaints.examples.erp;

import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.RepeatFinding;

/**
 * What the host hears from a {@link ComplaintService}: repeat findings that appear, and changes to the
 * escalation in force for each target (complaint, finding or action). The service calls it after
 * the change is committed, on the caller's thread and while holding the service's lock: keep it
 * short (put the work on a queue) and do not call back into the service. An exception it throws is
 * logged and does not undo the change.
 *
 * <p>One escalation is in force per target: the highest (see {@link io.welt.complaints.rules.Assessment#escalations()}).
 * Lower ones for the same target are superseded and not reported; the listener hears when the one in
 * force changes.
 */
public interface EscalationListener {

    /** How the escalation in force for a target changed. */
    enum Kind {
        /** The target had no escalation in force. */
        NEW,
        /** It supersedes a lower escalation of the same target (the {@code previous} one). */
        RAISED,
        /** Same level as the {@code previous} one, restated with a new due time or reason (e.g. a finding grew). */
        RESTATED,
        /** The higher {@code previous} one went (its cause did); this lower one stands again. */
        LOWERED
    }

    /** A new repeat finding: complaints that share a product line, batch, supplier, lot or customer. */
    void findingRaised(RepeatFinding finding);

    /** A finding took in complaints (or lost some to a correction); its id stays. */
    default void findingChanged(RepeatFinding finding, RepeatFinding before) {
    }

    /** A finding is no longer supported by the complaints (one was corrected). */
    default void findingWithdrawn(RepeatFinding finding) {
    }

    /**
     * The escalation in force for its target changed.
     *
     * @param escalation the escalation now in force
     * @param kind       how it relates to the one before
     * @param previous   the escalation it replaces, or null when {@code kind} is {@link Kind#NEW}
     */
    void escalated(Escalation escalation, Kind kind, Escalation previous);

    /** No escalation stands for this target any more (e.g. its complaint was resolved). */
    void withdrawn(Escalation escalation);
}
