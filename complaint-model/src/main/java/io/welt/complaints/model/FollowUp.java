package io.welt.complaints.model;

import java.time.LocalDate;

/**
 * One measurable check of a corrective action, e.g. "sample 32 pairs from the first revised batch:
 * 0 seam failures".
 *
 * @param kind        the kind of check
 * @param description what is to be done, or empty
 * @param due         when it must be done
 * @param doneOn      when it was done, or null while not done
 * @param passed      its outcome: true passed, false failed, null not known (or not done)
 * @param result      the measured result in words, or null
 */
public record FollowUp(FollowUpKind kind, String description, LocalDate due, LocalDate doneOn, Boolean passed,
                       String result) {

    public FollowUp {
        Checks.present(kind, "kind");
        description = description == null ? "" : description.strip();
        Checks.present(due, "due");
        Checks.check(doneOn != null || passed == null, "passed", "a follow-up that was not done cannot have passed or failed");
        result = Checks.optionalText(result);
    }

    public boolean isDone() {
        return doneOn != null;
    }
}
