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
 * @param sampleSize  how many units were inspected (a sample of a revised batch), or null
 * @param defectsFound how many of them had the defect, or null; never more than the sample
 */
public record FollowUp(FollowUpKind kind, String description, LocalDate due, LocalDate doneOn, Boolean passed,
                       String result, Integer sampleSize, Integer defectsFound) {

    public FollowUp {
        Checks.present(kind, "kind");
        description = description == null ? "" : description.strip();
        Checks.present(due, "due");
        Checks.check(doneOn != null || passed == null, "passed", "a follow-up that was not done cannot have passed or failed");
        result = Checks.optionalText(result);
        Checks.check(sampleSize == null || sampleSize > 0, "sampleSize", () -> "must be positive, was " + sampleSize);
        Checks.check(defectsFound == null || defectsFound >= 0, "defectsFound", () -> "must not be negative, was " + defectsFound);
        Checks.check(defectsFound == null || sampleSize != null, "defectsFound", "defects found need the sample size they were found in");
        Checks.check(defectsFound == null || defectsFound <= sampleSize, "defectsFound",
                () -> defectsFound + " defects found in a sample of " + sampleSize);
        Checks.check(sampleSize == null || doneOn != null, "sampleSize", "a sample was taken, so the follow-up was done: give its date");
    }

    /** A follow-up whose outcome is given in words and a pass or fail, with no counted sample. */
    public FollowUp(FollowUpKind kind, String description, LocalDate due, LocalDate doneOn, Boolean passed, String result) {
        this(kind, description, due, doneOn, passed, result, null, null);
    }

    /** Whether a counted sample is recorded: its size and the defects found in it. */
    public boolean isCounted() {
        return sampleSize != null && defectsFound != null;
    }

    public boolean isDone() {
        return doneOn != null;
    }
}
