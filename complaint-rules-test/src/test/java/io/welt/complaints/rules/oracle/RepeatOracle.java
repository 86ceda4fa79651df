package io.welt.complaints.rules.oracle;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.policy.Policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The repeat findings a log must produce, worked out by brute force from the policy's words alone:
 * every window of every group is listed complaint by complaint, and overlapping qualifying windows
 * are merged by comparing them pairwise. Quadratic and slow on purpose: it is meant to be obviously
 * right, not fast, and shares no code with the rules.
 *
 * <pre>{@code
 * List<RepeatOracle.Expected> expected = new RepeatOracle(Policy.defaults(), Taxonomy.footwearAndLeather())
 *         .expect(batches, complaints);
 * }</pre>
 */
final class RepeatOracle {

    /** A finding as the spec defines it: what it groups by, and its complaints in (receivedAt, id) order. */
    record Expected(FindingScope scope, String key, String defect, List<String> complaintIds) {
        String id() {
            return RepeatFinding.idOf(scope, key, defect, complaintIds.get(0));
        }

        static Expected of(RepeatFinding finding) {
            return new Expected(finding.scope(), finding.key(), finding.defect(), finding.complaintIds());
        }

        @Override
        public String toString() {
            return id() + " " + complaintIds;
        }
    }

    private static final Comparator<Complaint> RECEIPT_ORDER =
            Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::id);

    private final Policy policy;
    private final Taxonomy taxonomy;

    RepeatOracle(Policy policy, Taxonomy taxonomy) {
        this.policy = policy;
        this.taxonomy = taxonomy;
    }

    /** Every finding the log must produce, by id, knowing no products (so no lasts, and no SKU is safety footwear). */
    Map<String, Expected> expect(List<Batch> batches, List<Complaint> complaints) {
        return expect(List.of(), batches, complaints);
    }

    /** Every finding the log must produce, by id. */
    Map<String, Expected> expect(List<Product> products, List<Batch> batches, List<Complaint> complaints) {
        Map<String, String> lastOfSku = new HashMap<>();
        for (Product product : products) {
            if (product.last() != null) {
                lastOfSku.putIfAbsent(product.sku(), product.last());
            }
        }
        Map<String, Batch> batchById = new LinkedHashMap<>();
        for (Batch batch : batches) {
            batchById.putIfAbsent(batch.id(), batch);
        }
        List<Complaint> all = new ArrayList<>(complaints);
        all.sort(RECEIPT_ORDER);
        for (Complaint complaint : all) {
            Objects.requireNonNull(complaint.productLine(), () -> complaint.id() + " has no product line");
        }

        List<Expected> found = new ArrayList<>();

        // PRODUCT_LINE: same line and defect, at least N complaints within the window.
        for (String line : distinct(all, Complaint::productLine)) {
            for (String defect : distinct(all, Complaint::defect)) {
                List<Complaint> group = filter(all, c -> c.productLine().equals(line) && c.defect().equals(defect));
                found.addAll(windowed(FindingScope.PRODUCT_LINE, line, defect, group, policy.productLineWindow(),
                        window -> window.size() >= policy.productLineMinComplaints()));
            }
        }

        // SUPPLIER and MATERIAL_LOT: material-related defect, the window spans at least N product lines.
        Set<String> suppliers = new TreeSet<>();
        Set<String> lots = new TreeSet<>();
        for (Complaint c : all) {
            suppliers.addAll(suppliersOf(c, batchById));
            lots.addAll(lotsOf(c, batchById));
        }
        for (String defect : distinct(all, Complaint::defect)) {
            if (!materialRelated(defect)) {
                continue;
            }
            for (String supplier : suppliers) {
                List<Complaint> group = filter(all,
                        c -> c.defect().equals(defect) && suppliersOf(c, batchById).contains(supplier));
                found.addAll(windowed(FindingScope.SUPPLIER, supplier, defect, group, policy.supplierWindow(),
                        window -> productLines(window).size() >= policy.supplierMinProductLines()));
            }
            for (String lot : lots) {
                List<Complaint> group = filter(all,
                        c -> c.defect().equals(defect) && lotsOf(c, batchById).contains(lot));
                found.addAll(windowed(FindingScope.MATERIAL_LOT, lot, defect, group, policy.supplierWindow(),
                        window -> productLines(window).size() >= policy.supplierMinProductLines()));
            }
        }

        // MATERIAL_LOT by component lot: a defect that is not material-related counts for the
        // complaints that name the lot as their component lot, across N product lines in the window.
        for (String defect : distinct(all, Complaint::defect)) {
            if (materialRelated(defect)) {
                continue;
            }
            for (String lot : distinct(all, Complaint::componentLot)) {
                List<Complaint> group = filter(all, c -> c.defect().equals(defect) && lot.equals(c.componentLot()));
                found.addAll(windowed(FindingScope.MATERIAL_LOT, lot, defect, group, policy.supplierWindow(),
                        window -> productLines(window).size() >= policy.supplierMinProductLines()));
            }
        }

        // SIZE: fit complaints (made at lasting; not material, functional, cosmetic or safety) with a
        // size, by the size on the EU scale and the product's last (its line when the last is not
        // known), at least N complaints of at least M SKUs within the window; no defect.
        Map<String, List<Complaint>> bySize = new TreeMap<>();
        for (Complaint c : all) {
            DefectCategory category = taxonomy.find(c.defect()).orElse(null);
            boolean fit = category != null && category.stage() == ProcessStage.LASTING && !category.materialRelated()
                    && !category.functional() && !category.cosmetic() && !category.safety();
            if (fit && c.euSize() != null) {
                String last = lastOfSku.get(c.sku());
                String key = (last != null ? "last " + last : "line " + c.productLine()) + ", EU "
                        + c.euSize().stripTrailingZeros().toPlainString();
                bySize.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        bySize.forEach((key, group) -> found.addAll(windowed(FindingScope.SIZE, key, null, group, policy.sizeWindow(),
                window -> window.size() >= policy.sizeMinComplaints()
                        && distinct(window, Complaint::sku).size() >= policy.sizeMinSkus())));

        // CUSTOMER: any defects, at least N complaints within the window; the finding has no defect.
        for (String customer : distinct(all, Complaint::customerId)) {
            List<Complaint> group = filter(all, c -> c.customerId().equals(customer));
            found.addAll(windowed(FindingScope.CUSTOMER, customer, null, group, policy.customerWindow(),
                    window -> window.size() >= policy.customerMinComplaints()));
        }

        // BATCH: same batch id and defect, at least N complaints, at any distance in time.
        for (String batchId : distinct(all, Complaint::batchId)) {
            for (String defect : distinct(all, Complaint::defect)) {
                List<Complaint> group = filter(all, c -> batchId.equals(c.batchId()) && c.defect().equals(defect));
                if (group.size() >= policy.batchMinComplaints()) {
                    found.add(new Expected(FindingScope.BATCH, batchId, defect, ids(group)));
                }
            }
            // The batch's complaint rate: a listed batch with a known positive quantity, two defects or more.
            Batch batch = batchById.get(batchId);
            List<Complaint> onBatch = filter(all, c -> batchId.equals(c.batchId()));
            if (batch != null && batch.quantity() != null && batch.quantity() > 0
                    && distinct(onBatch, Complaint::defect).size() >= 2
                    && onBatch.size() >= policy.batchRateThreshold(batch.quantity())) {
                found.add(new Expected(FindingScope.BATCH, batchId, null, ids(onBatch)));
            }
        }

        // SAFETY: an injury, a safety-related defect, or a functional failure of safety footwear; two of them
        // on one product line or one batch within the safety window, unless a finding above of the same scope,
        // key and defect already holds one of them. The defect is theirs when they share one.
        Set<String> safetySkus = new HashSet<>();
        for (Product product : products) {
            if (product.safetyFootwear()) {
                safetySkus.add(product.sku());
            }
        }
        List<Complaint> safety = filter(all, c -> c.injuryReported() || category(c.defect()).safety()
                || safetySkus.contains(c.sku()) && category(c.defect()).functional());
        List<Expected> usual = List.copyOf(found);
        for (FindingScope scope : List.of(FindingScope.PRODUCT_LINE, FindingScope.BATCH)) {
            java.util.function.Function<Complaint, String> keyOf =
                    scope == FindingScope.BATCH ? Complaint::batchId : Complaint::productLine;
            for (String key : distinct(filter(safety, c -> keyOf.apply(c) != null), keyOf)) {
                List<Complaint> group = filter(safety, c -> key.equals(keyOf.apply(c)));
                Set<String> defects = distinct(group, Complaint::defect);
                String defect = defects.size() == 1 ? defects.iterator().next() : null;
                for (Expected candidate : windowed(scope, key, defect, group, policy.safetyWindow(), w -> w.size() >= 2)) {
                    boolean covered = usual.stream().anyMatch(f -> f.scope() == scope && f.key().equals(key)
                            && Objects.equals(f.defect(), defect)
                            && f.complaintIds().stream().anyMatch(candidate.complaintIds()::contains));
                    if (!covered) {
                        found.add(candidate);
                    }
                }
            }
        }

        Map<String, Expected> byId = new TreeMap<>();
        for (Expected expected : found) {
            Expected previous = byId.put(expected.id(), expected);
            if (previous != null) {
                throw new IllegalStateException("the oracle made two findings with id " + expected.id());
            }
        }
        return byId;
    }

    /**
     * For each complaint i of the group, the window of every complaint received in [t_i - W, t_i];
     * the qualifying windows, merged while any two share a complaint; one finding per merged set.
     */
    private List<Expected> windowed(FindingScope scope, String key, String defect, List<Complaint> group,
                                    Duration window, Predicate<List<Complaint>> qualifies) {
        List<Set<Complaint>> merged = new ArrayList<>();
        for (Complaint end : group) {
            Instant to = end.receivedAt();
            Instant from = to.minus(window);
            List<Complaint> inWindow = filter(group,
                    c -> !c.receivedAt().isBefore(from) && !c.receivedAt().isAfter(to));
            if (!qualifies.test(inWindow)) {
                continue;
            }
            Set<Complaint> union = new HashSet<>(inWindow);
            List<Set<Complaint>> untouched = new ArrayList<>();
            for (Set<Complaint> set : merged) {
                if (set.stream().anyMatch(union::contains)) {
                    union.addAll(set);
                } else {
                    untouched.add(set);
                }
            }
            untouched.add(union);
            merged = untouched;
        }
        List<Expected> findings = new ArrayList<>();
        for (Set<Complaint> set : merged) {
            List<Complaint> members = new ArrayList<>(set);
            members.sort(RECEIPT_ORDER);
            findings.add(new Expected(scope, key, defect, ids(members)));
        }
        return findings;
    }

    /** Its own supplier, if any, and the suppliers of its batch's lots (when the batch is listed). */
    static Set<String> suppliersOf(Complaint complaint, Map<String, Batch> batchById) {
        Set<String> suppliers = new LinkedHashSet<>();
        if (complaint.supplier() != null) {
            suppliers.add(complaint.supplier());
        }
        Batch batch = complaint.batchId() == null ? null : batchById.get(complaint.batchId());
        if (batch != null) {
            for (MaterialLot lot : batch.lots()) {
                suppliers.add(lot.supplier());
            }
        }
        return suppliers;
    }

    /** Its own material lot, if any, and the lot ids of its batch (lots without an id do not count). */
    static Set<String> lotsOf(Complaint complaint, Map<String, Batch> batchById) {
        Set<String> lots = new LinkedHashSet<>();
        if (complaint.materialLot() != null) {
            lots.add(complaint.materialLot());
        }
        if (complaint.componentLot() != null) {
            lots.add(complaint.componentLot());
        }
        Batch batch = complaint.batchId() == null ? null : batchById.get(complaint.batchId());
        if (batch != null) {
            for (MaterialLot lot : batch.lots()) {
                if (lot.lotId() != null) {
                    lots.add(lot.lotId());
                }
            }
        }
        return lots;
    }

    private DefectCategory category(String defect) {
        return taxonomy.find(defect).orElseThrow(() -> new IllegalArgumentException("unknown defect " + defect));
    }

    private boolean materialRelated(String defect) {
        return taxonomy.find(defect).map(DefectCategory::materialRelated).orElse(false);
    }

    private static Set<String> productLines(List<Complaint> complaints) {
        Set<String> lines = new HashSet<>();
        for (Complaint complaint : complaints) {
            lines.add(complaint.productLine());
        }
        return lines;
    }

    private static Set<String> distinct(List<Complaint> complaints, java.util.function.Function<Complaint, String> value) {
        Set<String> values = new TreeSet<>();
        for (Complaint complaint : complaints) {
            String v = value.apply(complaint);
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private static List<Complaint> filter(List<Complaint> complaints, Predicate<Complaint> test) {
        List<Complaint> kept = new ArrayList<>();
        for (Complaint complaint : complaints) {
            if (test.test(complaint)) {
                kept.add(complaint);
            }
        }
        return kept;
    }

    private static List<String> ids(List<Complaint> complaints) {
        List<String> ids = new ArrayList<>();
        for (Complaint complaint : complaints) {
            ids.add(complaint.id());
        }
        return ids;
    }
}
