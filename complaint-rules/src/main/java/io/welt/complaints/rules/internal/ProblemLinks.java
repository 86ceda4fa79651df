package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.ProblemKind;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.facts.FindingGroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Links findings into problems (see {@link FindingGroup}): a finding is a view of the smallest other
 * finding of its defect that holds all its complaints, ties going to the wider scope; a problem is a
 * finding that is a view of none, with its views. A repeat customer, a size of one last (across the
 * fit defects) and a batch's rate across defects are each a problem of their own; the rate is also
 * attached to the problems it shares complaints with. Deterministic: the same findings give the same
 * groups in the same order, whatever order they come in.
 */
public final class ProblemLinks {

    private ProblemLinks() {
    }

    /**
     * How specific a scope is as a source, most specific first: a batch explains its complaints more
     * narrowly than a size of a last, a lot, a line or a supplier. Scopes of rule authors come last.
     */
    public static int specificity(FindingScope scope) {
        return switch (scope.name()) {
            case "BATCH" -> 0;
            case "SIZE" -> 1;
            case "MATERIAL_LOT" -> 2;
            case "PRODUCT_LINE" -> 3;
            case "SUPPLIER" -> 4;
            case "CUSTOMER" -> 6;
            default -> 5;
        };
    }

    /**
     * What a finding is linked within: the findings of one defect link among themselves; a customer's, a
     * size's, a batch's rate and one across defects each stand alone. Findings of different keys never
     * share a group, so a change needs only its keys linked again (and, for a batch's rate, which is
     * attached to the problems it shares complaints with, the keys of those complaints' defects).
     */
    public static String linkKey(RepeatFinding finding) {
        if (finding.scope() == FindingScope.CUSTOMER || finding.scope().name().equals("SIZE") || finding.defect() == null) {
            return finding.id();
        }
        return "defect:" + finding.defect();
    }

    /** Whether a finding is a batch's complaint rate across defects: attached to problems, never their source. */
    public static boolean isRate(RepeatFinding finding) {
        return finding.defect() == null && finding.scope() == FindingScope.BATCH
                && finding.rule().equals(io.welt.complaints.rules.RuleNames.REPEAT_BATCH_RATE);
    }

    /** Smaller first; among equal sizes the more specific; then by id. A finding's parent comes after it. */
    private static final Comparator<RepeatFinding> NARROWEST_FIRST = Comparator
            .comparingInt(RepeatFinding::size)
            .thenComparingInt((RepeatFinding f) -> specificity(f.scope()))
            .thenComparing(RepeatFinding::id);

    /**
     * The problems these findings form, sorted by the id of the problem.
     *
     * @param findings   every finding of an assessment
     * @param complaint  the complaints by id (for the product lines of a problem)
     * @param batch      the batches by id (for the supplier of a lot)
     * @param taxonomy   for the defects' names
     */
    public static List<FindingGroup> group(Collection<RepeatFinding> findings, Function<String, Complaint> complaint,
                                           Function<String, Batch> batch, Taxonomy taxonomy) {
        Map<String, List<RepeatFinding>> byDefect = new TreeMap<>();
        List<RepeatFinding> customers = new ArrayList<>();
        List<RepeatFinding> sizes = new ArrayList<>(); // and the other findings that stand alone
        List<RepeatFinding> rates = new ArrayList<>();
        for (RepeatFinding finding : findings) {
            if (finding.scope() == FindingScope.CUSTOMER) {
                customers.add(finding);
            } else if (finding.scope().name().equals("SIZE")) {
                sizes.add(finding); // one size of one last, across fit defects: a problem of its own
            } else if (isRate(finding)) {
                rates.add(finding); // a problem of its own, and attached to the problems it shares complaints with
                sizes.add(finding);
            } else if (finding.defect() == null) {
                sizes.add(finding); // across defects (two safety complaints on one line): a problem of its own
            } else {
                byDefect.computeIfAbsent(finding.defect(), d -> new ArrayList<>()).add(finding);
            }
        }
        List<Linked> product = new ArrayList<>();
        for (List<RepeatFinding> ofDefect : byDefect.values()) {
            product.addAll(link(ofDefect));
        }
        // A batch's rate across defects joins the problems that share its complaints, or stands alone.
        Map<String, Set<String>> attached = new HashMap<>();
        Map<String, List<Linked>> problemsOfComplaint = new HashMap<>();
        if (!rates.isEmpty()) {
            for (Linked problem : product) {
                for (String id : problem.root.complaintIds()) {
                    problemsOfComplaint.computeIfAbsent(id, k -> new ArrayList<>(2)).add(problem);
                }
            }
        }
        for (RepeatFinding rate : rates) {
            Set<Linked> sharing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (String id : rate.complaintIds()) {
                sharing.addAll(problemsOfComplaint.getOrDefault(id, List.of()));
            }
            for (Linked problem : sharing) {
                attached.computeIfAbsent(problem.root.id(), k -> new TreeSet<>()).add(rate.id());
            }
        }
        List<FindingGroup> groups = new ArrayList<>();
        for (Linked problem : product) {
            groups.add(problem.toGroup(ProblemKind.PRODUCT, attached.getOrDefault(problem.root.id(), Set.of()),
                    complaint, batch, taxonomy));
        }
        for (RepeatFinding size : sizes) {
            groups.add(new Linked(size, List.of(size)).toGroup(ProblemKind.PRODUCT, Set.of(), complaint, batch, taxonomy));
        }
        for (RepeatFinding customer : customers) {
            groups.add(new Linked(customer, List.of(customer)).toGroup(ProblemKind.CUSTOMER, Set.of(), complaint, batch,
                    taxonomy));
        }
        groups.sort(Comparator.comparing(group -> group.source().id())); // the problem's id, without making it
        return groups;
    }

    /** The findings of one defect, linked: each root with its views. */
    static List<Linked> link(List<RepeatFinding> ofDefect) {
        List<RepeatFinding> ordered = new ArrayList<>(ofDefect);
        ordered.sort(NARROWEST_FIRST);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).id(), i);
        }
        // Which findings hold each complaint: a parent must hold the child's first complaint.
        Map<String, List<RepeatFinding>> holding = new HashMap<>();
        for (RepeatFinding finding : ordered) {
            for (String id : finding.complaintIds()) {
                holding.computeIfAbsent(id, k -> new ArrayList<>(2)).add(finding);
            }
        }
        Map<String, Set<String>> members = new HashMap<>();
        Map<String, RepeatFinding> parent = new HashMap<>();
        for (RepeatFinding finding : ordered) {
            int own = rank.get(finding.id());
            RepeatFinding best = null;
            for (RepeatFinding candidate : holding.get(finding.complaintIds().get(0))) {
                int theirs = rank.get(candidate.id());
                if (theirs > own && (best == null || theirs < rank.get(best.id()))
                        && holdsAll(candidate, finding, members)) {
                    best = candidate;
                }
            }
            if (best != null) {
                parent.put(finding.id(), best);
            }
        }
        Map<String, List<RepeatFinding>> views = new TreeMap<>();
        for (RepeatFinding finding : ordered) {
            RepeatFinding root = finding;
            while (parent.containsKey(root.id())) {
                root = parent.get(root.id());
            }
            views.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(finding);
        }
        List<Linked> linked = new ArrayList<>();
        for (List<RepeatFinding> group : views.values()) {
            RepeatFinding root = group.get(group.size() - 1); // the widest comes last in the order
            group.sort(Comparator.comparing(RepeatFinding::id));
            linked.add(new Linked(root, group));
        }
        return linked;
    }

    private static boolean holdsAll(RepeatFinding wider, RepeatFinding narrower, Map<String, Set<String>> members) {
        if (wider.size() < narrower.size() || wider.from().isAfter(narrower.from()) || wider.to().isBefore(narrower.to())) {
            return false;
        }
        Set<String> held = members.computeIfAbsent(wider.id(), k -> new HashSet<>(wider.complaintIds()));
        return held.containsAll(narrower.complaintIds());
    }

    /** A root finding and its views (itself among them). */
    record Linked(RepeatFinding root, List<RepeatFinding> views) {

        FindingGroup toGroup(ProblemKind kind, Set<String> attached, Function<String, Complaint> complaint,
                             Function<String, Batch> batch, Taxonomy taxonomy) {
            // The likely source: the most specific view that holds every complaint of the problem.
            RepeatFinding source = root;
            for (RepeatFinding view : views) {
                if (view.size() == root.size() && specificity(view.scope()) < specificity(source.scope())) {
                    source = view;
                }
            }
            Set<String> lines = new TreeSet<>();
            Set<String> batchesOfComplaints = new TreeSet<>();
            for (String id : root.complaintIds()) {
                Complaint c = complaint.apply(id);
                if (c != null && c.productLine() != null) {
                    lines.add(c.productLine());
                }
                if (c != null && c.batchId() != null && batch.apply(c.batchId()) != null) {
                    batchesOfComplaints.add(c.batchId());
                }
            }
            Set<String> held = new TreeSet<>();
            if (source.scope() == FindingScope.BATCH || source.scope() == FindingScope.MATERIAL_LOT) {
                held.addAll(batchesOfComplaints);
            } else {
                for (RepeatFinding view : views) {
                    if (view.scope() == FindingScope.BATCH) {
                        held.add(view.key());
                    }
                }
            }
            String supplier = source.scope() == FindingScope.MATERIAL_LOT ? supplierOf(source.key(), root, complaint, batch)
                    : null;
            String defectName = root.defect() == null ? null
                    : taxonomy.find(root.defect()).map(c -> c.name()).orElse(root.defect());
            return new FindingGroup(kind, root.defect(), defectName, root, source, reasonFor(source),
                    views, List.copyOf(attached), root.complaintIds(), List.copyOf(lines), List.copyOf(held), supplier);
        }

        private String reasonFor(RepeatFinding source) {
            int n = root.size();
            if (views.size() == 1) {
                return "the only view: " + source.scope() + " " + source.key() + " holds all " + n + " complaints";
            }
            List<String> narrower = new ArrayList<>();
            List<String> wider = new ArrayList<>();
            for (RepeatFinding view : views) {
                if (view == source) {
                    continue;
                }
                String name = view.scope() + " " + view.key();
                if (view.size() < n) {
                    narrower.add(name + " (" + view.size() + ")");
                } else {
                    wider.add(name);
                }
            }
            StringBuilder reason = new StringBuilder(source.scope() + " " + source.key() + " holds all " + n
                    + " complaints");
            if (!narrower.isEmpty()) {
                reason.append("; ").append(String.join(", ", narrower)).append(narrower.size() == 1 ? " holds" : " hold")
                        .append(" only some of them");
            }
            if (!wider.isEmpty()) {
                reason.append("; ").append(String.join(", ", wider)).append(wider.size() == 1 ? " holds" : " hold")
                        .append(" the same complaints but is wider, so it explains less");
            }
            return reason.toString();
        }

        private static String supplierOf(String lotId, RepeatFinding root, Function<String, Complaint> complaint,
                                         Function<String, Batch> batch) {
            for (String id : root.complaintIds()) {
                Complaint c = complaint.apply(id);
                if (c == null) {
                    continue;
                }
                if (lotId.equals(c.materialLot()) && c.supplier() != null) {
                    return c.supplier();
                }
                Batch b = c.batchId() == null ? null : batch.apply(c.batchId());
                if (b != null) {
                    for (MaterialLot lot : b.lots()) {
                        if (lotId.equals(lot.lotId())) {
                            return lot.supplier();
                        }
                    }
                }
            }
            return null;
        }
    }
}
