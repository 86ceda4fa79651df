package io.welt.complaints.model;

import java.time.Instant;
import java.util.List;

/**
 * A repeated problem: complaints that share a scope key (a product line, batch, supplier, material
 * lot or customer) and usually a defect, close enough in time to count as one pattern.
 *
 * <p>The id is stable as the finding grows: scope, key, defect and the first complaint's id.
 *
 * @param id           a stable id, e.g. "PRODUCT_LINE/Chelsea boot/STITCHING/C-1042"
 * @param scope        what the complaints share
 * @param key          the shared value (the product line, batch id, supplier, lot or customer id)
 * @param defect       the shared defect code, or null when the finding spans defects (a customer's
 *                     repeat contacts, a batch's overall complaint rate)
 * @param complaintIds every complaint in it, in the order received
 * @param from         when the first of them was received
 * @param to           when the last of them was received
 * @param rule         the rule that found it
 * @param reason       why, with the figures
 */
public record RepeatFinding(String id, FindingScope scope, String key, String defect, List<String> complaintIds,
                            Instant from, Instant to, String rule, String reason) implements Conclusion {

    /**
     * Checks the values: blank optional text becomes null; lists are copied and unmodifiable.
     *
     * @param id a stable id, e.g. "PRODUCT_LINE/Chelsea boot/STITCHING/C-1042"
     * @param scope what the complaints share
     * @param key the shared value (the product line, batch id, supplier, lot or customer id)
     * @param defect the shared defect code, or null when the finding spans defects (a customer's repeat
     *   contacts, a batch's overall complaint rate)
     * @param complaintIds every complaint in it, in the order received
     * @param from when the first of them was received
     * @param to when the last of them was received
     * @param rule the rule that found it
     * @param reason why, with the figures
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public RepeatFinding {
        id = Checks.text(id, "id");
        Checks.present(scope, "scope");
        key = Checks.text(key, "key");
        defect = Checks.optionalText(defect);
        complaintIds = Checks.list(complaintIds, "complaintIds");
        Checks.check(!complaintIds.isEmpty(), "complaintIds", "a finding holds at least one complaint");
        Checks.present(from, "from");
        Checks.present(to, "to");
        Checks.check(!to.isBefore(from), "to", "ends before it begins");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /**
     * The id a finding of this scope, key, defect and first complaint gets.
     *
     * @param scope the finding's scope, e.g. PRODUCT_LINE
     * @param key the value of the scope, e.g. "Chelsea boot"
     * @param defect the defect, or null for a finding across defects (written "*")
     * @param firstComplaintId the id of its first complaint
     * @return the id, e.g. "PRODUCT_LINE/Chelsea boot/STITCHING/C-00238"
     */
    public static String idOf(FindingScope scope, String key, String defect, String firstComplaintId) {
        return scope + "/" + key + "/" + (defect == null ? "*" : defect) + "/" + firstComplaintId;
    }

    /**
     * How many complaints it holds.
     *
     * @return the number of complaints, at least 1
     */
    public int size() {
        return complaintIds.size();
    }

    /**
     * Consistent with the record's equals, but from the members' count instead of their ids: a
     * supplier's finding holds thousands, and the rule engine hashes every finding it derives.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, scope, key, defect, complaintIds.size(), from, to, rule, reason);
    }

    /** {@inheritDoc} */
    @Override
    public String subject() {
        return id;
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "finding|" + id;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return "repeat finding " + id + " with " + size() + " complaints";
    }
}
