package io.welt.complaints.model;

import java.time.Instant;
import java.util.List;

/**
 * The one record a quality manager works on: the repeat findings that are views of one problem (a
 * batch inside its line's finding, the batches of one hide lot, the lot inside its supplier's
 * finding), with all their complaints and where they most likely come from. Findings stay as they
 * are; the problem gathers them, is escalated once and costed once.
 *
 * <p>The id is stable and deterministic: {@code "P/"} and the id of the finding that names the likely
 * source, e.g. {@code "P/MATERIAL_LOT/HL-4471/GRAIN_CRACKING/C-00163"}.
 *
 * @param id                 the problem's id
 * @param kind               a product problem or a repeat customer
 * @param defect             the defect, or null for a repeat customer
 * @param title              a title a manager reads aloud
 * @param likelySource       the most specific scope that explains all its complaints
 * @param sourceFindingId    the finding that names the likely source
 * @param rootFindingId      the finding that holds all its complaints and is held by no other (the
 *                           widest view: its series and time span hold every complaint of the problem)
 * @param findingIds         every finding that is a view of it, sorted
 * @param attachedFindingIds findings attached without merging (a batch's complaint rate across
 *                           defects), sorted
 * @param complaintIds       all its complaints, in the order received
 * @param productLines       the product lines its complaints are on, sorted
 * @param batchIds           the batches a stock hold would quarantine, sorted: those its batch views name,
 *                           or all its complaints' batches when its likely source is a batch or a lot
 * @param from               when its first complaint was received
 * @param to                 when its last complaint was received
 * @param rule               the rule that formed it
 * @param reason             why these findings are one problem
 */
public record Problem(String id, ProblemKind kind, String defect, String title, LikelySource likelySource,
                      String sourceFindingId, String rootFindingId, List<String> findingIds,
                      List<String> attachedFindingIds, List<String> complaintIds, List<String> productLines,
                      List<String> batchIds, Instant from, Instant to, String rule, String reason) implements Conclusion {

    /**
     * Checks the values: blank optional text becomes null; lists are copied and unmodifiable.
     *
     * @param id the problem's id
     * @param kind a product problem or a repeat customer
     * @param defect the defect, or null for a repeat customer
     * @param title a title a manager reads aloud
     * @param likelySource the most specific scope that explains all its complaints
     * @param sourceFindingId the finding that names the likely source
     * @param rootFindingId the finding that holds all its complaints and is held by no other (the widest
     *   view: its series and time span hold every complaint of the problem)
     * @param findingIds every finding that is a view of it, sorted
     * @param attachedFindingIds findings attached without merging (a batch's complaint rate across defects),
     *   sorted
     * @param complaintIds all its complaints, in the order received
     * @param productLines the product lines its complaints are on, sorted
     * @param batchIds the batches a stock hold would quarantine, sorted: those its batch views name, or all
     *   its complaints' batches when its likely source is a batch or a lot
     * @param from when its first complaint was received
     * @param to when its last complaint was received
     * @param rule the rule that formed it
     * @param reason why these findings are one problem
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public Problem {
        id = Checks.text(id, "id");
        Checks.present(kind, "kind");
        defect = Checks.optionalText(defect);
        title = Checks.text(title, "title");
        Checks.present(likelySource, "likelySource");
        sourceFindingId = Checks.text(sourceFindingId, "sourceFindingId");
        rootFindingId = Checks.text(rootFindingId, "rootFindingId");
        findingIds = Checks.list(findingIds, "findingIds");
        Checks.check(!findingIds.isEmpty(), "findingIds", "a problem holds at least one finding");
        attachedFindingIds = Checks.list(attachedFindingIds, "attachedFindingIds");
        complaintIds = Checks.list(complaintIds, "complaintIds");
        Checks.check(!complaintIds.isEmpty(), "complaintIds", "a problem holds at least one complaint");
        productLines = Checks.list(productLines, "productLines");
        batchIds = Checks.list(batchIds, "batchIds");
        Checks.present(from, "from");
        Checks.present(to, "to");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /**
     * The id a problem named by this finding gets.
     *
     * @param sourceFindingId the id of the finding naming the likely source
     * @return "P/" and that id
     */
    public static String idOf(String sourceFindingId) {
        return "P/" + sourceFindingId;
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
     * The likely source's scope, for rules: {@code Problem( sourceScope == FindingScope.BATCH )}.
     *
     * @return the scope, e.g. BATCH or MATERIAL_LOT
     */
    public FindingScope sourceScope() {
        return likelySource.scope();
    }

    /**
     * Whether one of its views is a finding of this scope (by the finding ids the standard rules make,
     * which start with the scope): {@code Problem( hasView( FindingScope.BATCH ) )}.
     *
     * @param scope the scope asked about
     * @return true when a finding of that scope is among its views
     */
    public boolean hasView(FindingScope scope) {
        String prefix = scope.name() + "/";
        for (String findingId : findingIds) {
            if (findingId.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The likely source's key.
     *
     * @return the key, e.g. the batch id "B-00577" or the lot "HL-4471"
     */
    public String sourceKey() {
        return likelySource.key();
    }

    /**
     * Consistent with the record's equals, from the members' count instead of their ids: a supplier's
     * problem holds thousands, and the rule engine hashes every conclusion it derives.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, kind, defect, title, likelySource, findingIds.size(), complaintIds.size(),
                from, to, rule, reason);
    }

    /** {@inheritDoc} */
    @Override
    public String subject() {
        return id;
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "problem|" + id;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return "problem " + id + ": " + title;
    }
}
