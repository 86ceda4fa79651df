package io.welt.complaints.rules.facts;

import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.LikelySource;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.ProblemKind;
import io.welt.complaints.model.RepeatFinding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The findings that are views of one problem, as the library links them once the repeat rules have
 * fired: a fact the problem rules turn into a {@link Problem}. A finding is a view of the smallest
 * other finding of its defect that holds all its complaints (a batch of its line's or its lot's
 * finding, a lot of its supplier's); a problem is a finding that is a view of none, with every finding
 * that is a view of it. So findings chain only by containment: two findings that merely overlap stay
 * two problems, and no chain of partial overlaps glues a supplier's problem to another's.
 *
 * <p>A repeat customer, a size of one last, a safety pattern across defects and a batch's complaint
 * rate across defects are each a problem of their own; the rate is also attached to the problems that
 * share its complaints, without merging them.
 *
 * @param kind               a product problem or a repeat customer
 * @param defect             the defect, or null (a customer, a batch's rate)
 * @param defectName         the defect's name in the taxonomy, or its code
 * @param root               the widest view: holds every complaint of the problem
 * @param source             the finding naming the likely source
 * @param sourceReason       why that scope
 * @param findings           every view, sorted by id
 * @param attachedFindingIds findings attached without merging, sorted
 * @param complaintIds       its complaints in the order received (the root's)
 * @param productLines       the product lines of its complaints, sorted
 * @param batchIds           the batches a stock hold would quarantine (see {@link Problem#batchIds()})
 * @param supplierOfSource   the supplier of a material lot source, or null
 */
public record FindingGroup(ProblemKind kind, String defect, String defectName, RepeatFinding root, RepeatFinding source,
                           String sourceReason, List<RepeatFinding> findings, List<String> attachedFindingIds,
                           List<String> complaintIds, List<String> productLines, List<String> batchIds,
                           String supplierOfSource) {

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param kind a product problem or a repeat customer
     * @param defect the defect, or null (a customer, a batch's rate)
     * @param defectName the defect's name in the taxonomy, or its code
     * @param root the widest view: holds every complaint of the problem
     * @param source the finding naming the likely source
     * @param sourceReason why that scope
     * @param findings every view, sorted by id
     * @param attachedFindingIds findings attached without merging, sorted
     * @param complaintIds its complaints in the order received (the root's)
     * @param productLines the product lines of its complaints, sorted
     * @param batchIds the batches a stock hold would quarantine (see {@link Problem#batchIds()})
     * @param supplierOfSource the supplier of a material lot source, or null
     * @throws NullPointerException when a required value is null; the message names it
     */
    public FindingGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceReason, "sourceReason");
        findings = List.copyOf(findings);
        attachedFindingIds = List.copyOf(attachedFindingIds);
        complaintIds = List.copyOf(complaintIds);
        productLines = List.copyOf(productLines);
        batchIds = List.copyOf(batchIds);
    }

    /**
     * The problem's id: see {@link Problem#idOf}.
     *
     * @return the id, e.g. "P/BATCH/B-00577/STITCHING/C-00238"
     */
    public String id() {
        return Problem.idOf(source.id());
    }

    /**
     * When its last complaint came: a rule's quiet test reads it.
     *
     * @return the time received
     */
    public Instant to() {
        return root.to();
    }

    /**
     * The problem these findings are, with the title a manager reads aloud.
     *
     * @param rule the rule that forms it
     * @return the problem
     */
    public Problem toProblem(String rule) {
        List<String> ids = findings.stream().map(RepeatFinding::id).sorted().toList();
        LikelySource likely = new LikelySource(source.scope(), source.key(), sourceReason);
        String reason;
        if (kind == ProblemKind.CUSTOMER) {
            reason = "A repeat customer is a problem of its own: recovering one customer, never merged with product problems";
        } else if (findings.size() == 1) {
            reason = "Finding " + source.id() + " shares its complaints with no larger finding of " + defectOrAll()
                    + ": one problem, one view";
        } else {
            reason = findings.size() + " findings of " + defectOrAll() + " are views of one problem: "
                    + "each holds only complaints of a larger one, and " + root.id() + " holds all " + complaintIds.size()
                    + " (" + String.join(", ", ids) + ")";
        }
        return new Problem(id(), kind, defect, title(), likely, source.id(), root.id(), ids, attachedFindingIds,
                complaintIds, productLines, batchIds, root.from(), root.to(), rule, reason);
    }

    private String defectOrAll() {
        return defect == null ? "several defects" : defectName;
    }

    /** E.g. "Grain cracking traced to material lot HL-4471 (Conceria del Ponte): 4 complaints on Ankle boot and Tote bag". */
    String title() {
        int n = complaintIds.size();
        String complaints = n + (n == 1 ? " complaint" : " complaints");
        if (kind == ProblemKind.CUSTOMER) {
            return "Customer " + source.key() + " came back: " + complaints + " in "
                    + Math.max(1, java.time.Duration.between(root.from(), root.to()).toDays()) + " days";
        }
        if (source.scope().name().equals("SIZE")) {
            return "Fit complaints on " + source.key() + ": " + complaints + on(productLines);
        }
        String what = defect != null ? defectName
                : source.rule().startsWith("Repeat: ") && source.rule().contains("safety") ? "Safety complaints of several defects"
                : "Complaints of several defects";
        String where = switch (source.scope()) {
            case PRODUCT_LINE -> " on the " + source.key() + " line";
            case BATCH -> " traced to batch " + source.key();
            case MATERIAL_LOT -> " traced to material lot " + source.key()
                    + (supplierOfSource == null ? "" : " (" + supplierOfSource + ")");
            case SUPPLIER -> " traced to supplier " + source.key();
            default -> " in " + source.scope().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                    + source.key();
        };
        return what + where + ": " + complaints + (source.scope() == FindingScope.PRODUCT_LINE ? "" : on(productLines));
    }

    private static String on(List<String> lines) {
        return lines.isEmpty() ? "" : " on " + joinAnd(lines);
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
