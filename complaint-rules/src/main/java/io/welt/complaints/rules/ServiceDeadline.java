package io.welt.complaints.rules;

import io.welt.complaints.model.DeadlineKind;

import java.time.Instant;

/**
 * Where one complaint stands against one service-level target, as of the assessment's clock.
 * Computed by {@link AssessmentClock}; rules match it to warn and to escalate.
 *
 * @param kind        which target
 * @param due         when the target is (or was) missed, or null while the clock is stopped by an open
 *                    wait on the customer
 * @param met         whether the target has been met (acknowledged, resolved), in time or not
 * @param missed      whether it was missed: met after {@code due}, or not met and the clock is past {@code due}
 * @param usedPercent working time used, as a percentage of the target (may exceed 100)
 */
public record ServiceDeadline(DeadlineKind kind, Instant due, boolean met, boolean missed, int usedPercent) {

    /** Whether the target is still running: not met and not stopped by an open wait. */
    public boolean isRunning() {
        return !met && due != null;
    }
}
