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

    /**
     * Checks the values: blank optional text becomes null.
     *
     * @param kind the kind of check
     * @param description what is to be done, or empty
     * @param due when it must be done
     * @param doneOn when it was done, or null while not done
     * @param passed its outcome: true passed, false failed, null not known (or not done)
     * @param result the measured result in words, or null
     * @param sampleSize how many units were inspected (a sample of a revised batch), or null
     * @param defectsFound how many of them had the defect, or null; never more than the sample
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
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

    /**
     * A follow-up whose outcome is given in words and a pass or fail, with no counted sample.
     *
     * @param kind the kind of check
     * @param description what is to be done, or empty
     * @param due when it must be done
     * @param doneOn when it was done, or null while not done
     * @param passed its outcome: true passed, false failed, null not known (or not done)
     * @param result the measured result in words, or null
     * @throws NullPointerException when kind or due is null
     * @throws IllegalArgumentException when a follow-up not done has passed or failed
     */
    public FollowUp(FollowUpKind kind, String description, LocalDate due, LocalDate doneOn, Boolean passed, String result) {
        this(kind, description, due, doneOn, passed, result, null, null);
    }

    /**
     * Whether a counted sample is recorded: its size and the defects found in it.
     *
     * @return true when both the sample size and the defects found are known
     */
    public boolean isCounted() {
        return sampleSize != null && defectsFound != null;
    }

    /**
     * Whether the check was done: its date is known.
     *
     * @return true when {@code doneOn} is set
     */
    public boolean isDone() {
        return doneOn != null;
    }
}
