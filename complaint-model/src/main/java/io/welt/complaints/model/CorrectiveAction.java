package io.welt.complaints.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A change made to stop a problem from recurring, with the follow-ups that will show whether it
 * worked.
 *
 * <pre>{@code
 * CorrectiveAction action = new CorrectiveAction("CA-1", ActionScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
 *         "Thread gauge 30 and 8 stitches/cm on closing line 2", "Closing supervisor",
 *         EscalationLevel.TEAM_LEADER, LocalDate.of(2026, 3, 1), List.of("Held 340 pairs in the warehouse"),
 *         List.of(new FollowUp(FollowUpKind.SAMPLE_REVISED_BATCH, "Sample 32 pairs", LocalDate.of(2026, 3, 20),
 *                 null, null, null)), 90, "RC-1");
 * }</pre>
 *
 * @param id              the action's id
 * @param scope           what it applies to
 * @param key             the product line, SKU, batch, supplier or lot it applies to
 * @param defect          the defect code it is meant to stop
 * @param description     what changes
 * @param owner           who owns it, or null
 * @param ownerLevel      the owner's level, so an overdue follow-up goes to the level above; FRONTLINE when not known
 * @param effectiveFrom   from when the change applies to production
 * @param containment     what was done meanwhile (stock held, inspection tightened)
 * @param followUps       the measurable checks
 * @param verificationDays how long after the effective date recurrences are watched for
 * @param rootCauseId     the root cause it addresses, or null
 */
public record CorrectiveAction(String id, ActionScope scope, String key, String defect, String description,
                               String owner, EscalationLevel ownerLevel, LocalDate effectiveFrom,
                               List<String> containment, List<FollowUp> followUps, int verificationDays,
                               String rootCauseId) {

    /**
     * Checks the values: blank optional text becomes null; lists are copied and unmodifiable.
     *
     * @param id the action's id
     * @param scope what it applies to
     * @param key the product line, SKU, batch, supplier or lot it applies to
     * @param defect the defect code it is meant to stop
     * @param description what changes
     * @param owner who owns it, or null
     * @param ownerLevel the owner's level, so an overdue follow-up goes to the level above; FRONTLINE when
     *   not known
     * @param effectiveFrom from when the change applies to production
     * @param containment what was done meanwhile (stock held, inspection tightened)
     * @param followUps the measurable checks
     * @param verificationDays how long after the effective date recurrences are watched for
     * @param rootCauseId the root cause it addresses, or null
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public CorrectiveAction {
        id = Checks.text(id, "id");
        Checks.present(scope, "scope");
        key = Checks.text(key, "key");
        defect = Checks.text(defect, "defect").toUpperCase(java.util.Locale.ROOT);
        description = description == null ? "" : description.strip();
        owner = Checks.optionalText(owner);
        ownerLevel = ownerLevel == null ? EscalationLevel.FRONTLINE : ownerLevel;
        Checks.present(effectiveFrom, "effectiveFrom");
        containment = Checks.list(containment == null ? List.of() : containment, "containment");
        followUps = Checks.list(followUps == null ? List.of() : followUps, "followUps");
        Checks.check(verificationDays > 0, "verificationDays", () -> "must be positive, was " + verificationDays);
        rootCauseId = Checks.optionalText(rootCauseId);
    }

    /**
     * When the verification window closes: {@code verificationDays} after the effective date, at midnight UTC.
     *
     * @return the end of the verification window
     */
    public java.time.Instant verificationEnd() {
        return effectiveFrom.plusDays(verificationDays).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
