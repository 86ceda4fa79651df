package io.welt.complaints.model;

import java.util.List;

/**
 * Why a problem happened, as the quality team states it.
 *
 * @param id           the root cause's id
 * @param category     the kind of cause
 * @param description  what went wrong, e.g. "thread gauge 40 used instead of 30 on line 2"
 * @param evidence     references to evidence (lab reports, returned pairs, supplier feedback)
 * @param confirmed    false while only suspected
 * @param escapePoint  the inspection stage that should have caught it and did not, or null
 * @param complaintIds the complaints it explains
 * @param findingIds   the repeat findings it explains
 */
public record RootCause(String id, RootCauseCategory category, String description, List<String> evidence,
                        boolean confirmed, String escapePoint, List<String> complaintIds, List<String> findingIds) {

    /**
     * Checks the values: blank optional text becomes null; lists are copied and unmodifiable.
     *
     * @param id the root cause's id
     * @param category the kind of cause
     * @param description what went wrong, e.g. "thread gauge 40 used instead of 30 on line 2"
     * @param evidence references to evidence (lab reports, returned pairs, supplier feedback)
     * @param confirmed false while only suspected
     * @param escapePoint the inspection stage that should have caught it and did not, or null
     * @param complaintIds the complaints it explains
     * @param findingIds the repeat findings it explains
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public RootCause {
        id = Checks.text(id, "id");
        category = category == null ? RootCauseCategory.UNKNOWN : category;
        description = Checks.text(description, "description");
        evidence = Checks.list(evidence == null ? List.of() : evidence, "evidence");
        escapePoint = Checks.optionalText(escapePoint);
        complaintIds = Checks.list(complaintIds == null ? List.of() : complaintIds, "complaintIds");
        findingIds = Checks.list(findingIds == null ? List.of() : findingIds, "findingIds");
    }
}
