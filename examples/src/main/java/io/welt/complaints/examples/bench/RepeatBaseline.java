package io.welt.complaints.examples.bench;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.policy.Policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The repeat findings of the standard rules, computed in plain Java (no Drools) the way a programmer
 * would write them by hand: one sort of the complaints by receipt, stable counting sorts into groups,
 * and a two-pointer sliding window per group. O(n log n) for the sort, O(n) after it. It is the
 * yardstick of the benchmark: the rules should not be many times slower than this.
 *
 * <p>Same semantics as the rules ({@code repeats.drl}) with {@link Policy} numbers:
 * <ul>
 *   <li>PRODUCT_LINE: same line and defect, at least {@code productLineMinComplaints} within
 *       {@code productLineWindow};</li>
 *   <li>BATCH: same batch id and defect, at least {@code batchMinComplaints} at any distance; and the
 *       batch's complaint rate: a listed batch with a positive quantity, two defects or more, at least
 *       {@link Policy#batchRateThreshold(int)} complaints (no defect on the finding);</li>
 *   <li>SUPPLIER and MATERIAL_LOT: a material-related defect, the window of {@code supplierWindow}
 *       spanning at least {@code supplierMinProductLines} product lines; a complaint's suppliers and lots
 *       are its own plus those of its batch when the batch is listed (lots without an id do not count);</li>
 *   <li>CUSTOMER: at least {@code customerMinComplaints} within {@code customerWindow}, any defect;</li>
 *   <li>safety: two safety complaints on one product line or batch within {@code safetyWindow}, unless a
 *       finding above of the same scope, key and defect holds one of them.</li>
 * </ul>
 * A window ends at a complaint and reaches back the window's length, inclusive; qualifying windows
 * that share a complaint merge into one finding.
 *
 * <p>It takes the records as validation accepts them: every complaint has a product line and a known
 * defect code, ids are unique, and of two batches with one id the first stands. Receipt times must
 * lie between the years 1678 and 2261 (they are held as nanoseconds in a {@code long}).
 */
public final class RepeatBaseline {

    /**
     * A repeat finding as the benchmark compares it: what it groups by and its complaints in
     * (receivedAt, id) order; the rules' {@link RepeatFinding} without rule name and reason text.
     */
    public record Finding(FindingScope scope, String key, String defect, List<String> complaintIds) {

        public Finding {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(key, "key");
            complaintIds = List.copyOf(complaintIds);
        }

        /** The id the rules give this finding. */
        public String id() {
            return RepeatFinding.idOf(scope, key, defect, complaintIds.get(0));
        }

        public static Finding of(RepeatFinding finding) {
            return new Finding(finding.scope(), finding.key(), finding.defect(), finding.complaintIds());
        }

        /** The rules' findings in the form and order (by id) that {@link RepeatBaseline#findings} returns. */
        public static List<Finding> of(Collection<RepeatFinding> findings) {
            return sortedById(findings.stream().map(Finding::of).toList());
        }

        @Override
        public String toString() {
            return id() + " " + complaintIds;
        }
    }

    private final Policy policy;
    private final Taxonomy taxonomy;

    public RepeatBaseline(Policy policy, Taxonomy taxonomy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /** Under {@link Policy#defaults()} and {@link Taxonomy#footwearAndLeather()}, as {@code ComplaintRules.standard()}. */
    public static RepeatBaseline standard() {
        return new RepeatBaseline(Policy.defaults(), Taxonomy.footwearAndLeather());
    }

    /**
     * Every repeat finding of the log, sorted by id as {@code Assessment.findings()} is, with no product
     * certified as safety footwear.
     */
    public List<Finding> findings(Collection<Batch> batches, Collection<Complaint> complaints) {
        return findings(List.of(), batches, complaints);
    }

    /** Every repeat finding of the log; the products say which SKUs are safety footwear. */
    public List<Finding> findings(Collection<Product> products, Collection<Batch> batches, Collection<Complaint> complaints) {
        Set<String> safetySkus = new HashSet<>();
        for (Product product : products) {
            if (product.safetyFootwear()) {
                safetySkus.add(product.sku());
            }
        }
        return new Pass(batches, complaints).run(safetySkus);
    }

    private static List<Finding> sortedById(List<Finding> findings) {
        record Keyed(String id, Finding finding) {
        }
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            keyed.add(new Keyed(finding.id(), finding));
        }
        keyed.sort(Comparator.comparing(Keyed::id));
        List<Finding> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.finding());
        }
        return sorted;
    }

    /** Strings numbered 0, 1, 2... in the order first seen. */
    private static final class Interner {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String name) {
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            return id;
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }
    }

    /**
     * Group memberships: entry e puts the complaint at sorted position {@code pos[e]} in group
     * ({@code key[e]}, {@code sub[e]}). Entries are added in position order, so after two stable
     * counting sorts each group's positions are in receipt order.
     */
    private static final class Entries {
        int[] pos;
        int[] key;
        int[] sub;
        int size;

        Entries(int capacity) {
            pos = new int[Math.max(capacity, 16)];
            key = new int[pos.length];
            sub = new int[pos.length];
        }

        void add(int position, int k, int s) {
            if (size == pos.length) {
                pos = Arrays.copyOf(pos, size * 2);
                key = Arrays.copyOf(key, size * 2);
                sub = Arrays.copyOf(sub, size * 2);
            }
            pos[size] = position;
            key[size] = k;
            sub[size] = s;
            size++;
        }

        /** Entry numbers sorted by (key, sub, position): sub first, then key, both stable. */
        int[] grouped(int keys, int subs) {
            int[] order = new int[size];
            for (int e = 0; e < size; e++) {
                order[e] = e;
            }
            if (subs > 1) {
                order = countingSort(order, sub, subs);
            }
            return countingSort(order, key, keys);
        }

        private static int[] countingSort(int[] order, int[] values, int range) {
            int[] start = new int[range + 1];
            for (int e : order) {
                start[values[e] + 1]++;
            }
            for (int v = 0; v < range; v++) {
                start[v + 1] += start[v];
            }
            int[] sorted = new int[order.length];
            for (int e : order) {
                sorted[start[values[e]]++] = e;
            }
            return sorted;
        }
    }

    /** One computation; the state is dropped after. */
    private final class Pass {
        private final Complaint[] complaints;
        private final long[] time;
        private final int[] line;
        private final int[] defect;
        private final int[] customer;
        private final int[] batch;
        private final Interner lines = new Interner();
        private final Interner defects = new Interner();
        private final Interner customers = new Interner();
        private final Interner batchIds = new Interner();
        private final Interner suppliers = new Interner();
        private final Interner lots = new Interner();
        private final Map<String, Batch> listed = new LinkedHashMap<>();
        private final List<Finding> found = new ArrayList<>();

        Pass(Collection<Batch> batches, Collection<Complaint> all) {
            for (Batch b : batches) {
                listed.putIfAbsent(b.id(), b);
            }
            complaints = all.toArray(new Complaint[0]);
            Arrays.sort(complaints, Complaint.BY_RECEIPT);
            int n = complaints.length;
            time = new long[n];
            line = new int[n];
            defect = new int[n];
            customer = new int[n];
            batch = new int[n];
            for (int i = 0; i < n; i++) {
                Complaint c = complaints[i];
                time[i] = Math.addExact(Math.multiplyExact(c.receivedAt().getEpochSecond(), 1_000_000_000L),
                        c.receivedAt().getNano());
                line[i] = lines.id(Objects.requireNonNull(c.productLine(), () -> c.id() + " has no product line"));
                defect[i] = defects.id(c.defect());
                customer[i] = customers.id(c.customerId());
                batch[i] = c.batchId() == null ? -1 : batchIds.id(c.batchId());
            }
        }

        List<Finding> run(Set<String> safetySkus) {
            productLines();
            batches();
            suppliersAndLots();
            customers();
            safety(safetySkus);
            return sortedById(found);
        }

        /**
         * Two safety complaints (an injury, a safety-related defect, a functional failure of safety
         * footwear) on one product line or batch within {@code safetyWindow}, unless a finding above of the
         * same scope, key and defect holds one of them; the defect is theirs when they share one.
         */
        private void safety(Set<String> safetySkus) {
            Map<String, List<Integer>> byKey = new LinkedHashMap<>(); // "scope|key" -> positions, in receipt order
            for (int i = 0; i < complaints.length; i++) {
                Complaint c = complaints[i];
                DefectCategory category = taxonomy.find(c.defect()).orElseThrow();
                if (c.injuryReported() || category.safety() || safetySkus.contains(c.sku()) && category.functional()) {
                    byKey.computeIfAbsent(FindingScope.PRODUCT_LINE + "|" + c.productLine(), k -> new ArrayList<>()).add(i);
                    if (c.batchId() != null) {
                        byKey.computeIfAbsent(FindingScope.BATCH + "|" + c.batchId(), k -> new ArrayList<>()).add(i);
                    }
                }
            }
            List<Finding> usual = List.copyOf(found);
            long window = policy.safetyWindow().toNanos();
            for (Map.Entry<String, List<Integer>> group : byKey.entrySet()) {
                List<Integer> members = group.getValue();
                if (members.size() < 2) {
                    continue;
                }
                FindingScope scope = FindingScope.valueOf(group.getKey().substring(0, group.getKey().indexOf('|')));
                String key = group.getKey().substring(group.getKey().indexOf('|') + 1);
                Set<String> defectsOf = new HashSet<>();
                members.forEach(i -> defectsOf.add(complaints[i].defect()));
                String shared = defectsOf.size() == 1 ? defectsOf.iterator().next() : null;
                // Windows of two or more, merged while they share a complaint: runs whose neighbours are in reach.
                int runStart = 0;
                for (int k = 1; k <= members.size(); k++) {
                    boolean joined = k < members.size() && time[members.get(k)] - window <= time[members.get(k - 1)];
                    if (!joined) {
                        if (k - runStart >= 2) {
                            List<String> ids = new ArrayList<>();
                            members.subList(runStart, k).forEach(i -> ids.add(complaints[i].id()));
                            boolean covered = usual.stream().anyMatch(f -> f.scope() == scope && f.key().equals(key)
                                    && Objects.equals(f.defect(), shared) && f.complaintIds().stream().anyMatch(ids::contains));
                            if (!covered) {
                                found.add(new Finding(scope, key, shared, ids));
                            }
                        }
                        runStart = k;
                    }
                }
            }
        }

        private void productLines() {
            Entries entries = new Entries(complaints.length);
            for (int i = 0; i < complaints.length; i++) {
                entries.add(i, line[i], defect[i]);
            }
            countWindows(FindingScope.PRODUCT_LINE, entries, lines, true, policy.productLineWindow().toNanos(),
                    policy.productLineMinComplaints());
        }

        private void customers() {
            Entries entries = new Entries(complaints.length);
            for (int i = 0; i < complaints.length; i++) {
                entries.add(i, customer[i], 0);
            }
            countWindows(FindingScope.CUSTOMER, entries, customers, false, policy.customerWindow().toNanos(),
                    policy.customerMinComplaints());
        }

        /** Windows that qualify by the number of complaints in them. */
        private void countWindows(FindingScope scope, Entries entries, Interner keys, boolean byDefect, long window,
                                  int min) {
            int[] order = entries.grouped(keys.size(), byDefect ? defects.size() : 1);
            for (int start = 0, end; start < order.length; start = end) {
                end = runEnd(entries, order, start);
                if (end - start < min) {
                    continue;
                }
                int lo = start;
                int clusterStart = -1;
                int clusterEnd = -1;
                for (int i = start; i < end; i++) {
                    long earliest = time[entries.pos[order[i]]] - window;
                    while (time[entries.pos[order[lo]]] < earliest) {
                        lo++;
                    }
                    if (i - lo + 1 >= min) {
                        if (clusterEnd >= lo) {
                            clusterEnd = i;
                        } else {
                            addFinding(scope, keys, entries, order, clusterStart, clusterEnd, byDefect);
                            clusterStart = lo;
                            clusterEnd = i;
                        }
                    }
                }
                addFinding(scope, keys, entries, order, clusterStart, clusterEnd, byDefect);
            }
        }

        private void batches() {
            Entries entries = new Entries(complaints.length);
            for (int i = 0; i < complaints.length; i++) {
                if (batch[i] >= 0) {
                    entries.add(i, batch[i], defect[i]);
                }
            }
            // Same batch and defect: the whole group, at any distance in time.
            int[] order = entries.grouped(batchIds.size(), defects.size());
            for (int start = 0, end; start < order.length; start = end) {
                end = runEnd(entries, order, start);
                if (end - start >= policy.batchMinComplaints()) {
                    addFinding(FindingScope.BATCH, batchIds, entries, order, start, end - 1, true);
                }
            }
            // The batch's complaint rate, all defects together: regroup by batch alone, in receipt order.
            Arrays.fill(entries.sub, 0, entries.size, 0);
            order = entries.grouped(batchIds.size(), 1);
            boolean[] seenDefect = new boolean[defects.size()];
            for (int start = 0, end; start < order.length; start = end) {
                end = runEnd(entries, order, start);
                Batch b = listed.get(batchIds.name(entries.key[order[start]]));
                if (b == null || !b.hasQuantity() || end - start < policy.batchRateThreshold(b.quantity())) {
                    continue;
                }
                int distinct = 0;
                for (int i = start; i < end; i++) {
                    int d = defect[entries.pos[order[i]]];
                    if (!seenDefect[d]) {
                        seenDefect[d] = true;
                        distinct++;
                    }
                }
                for (int i = start; i < end; i++) {
                    seenDefect[defect[entries.pos[order[i]]]] = false;
                }
                if (distinct >= 2) {
                    addFinding(FindingScope.BATCH, batchIds, entries, order, start, end - 1, false);
                }
            }
        }

        private void suppliersAndLots() {
            boolean[] material = new boolean[defects.size()];
            for (int d = 0; d < material.length; d++) {
                material[d] = taxonomy.find(defects.name(d)).map(DefectCategory::materialRelated).orElse(false);
            }
            // Per batch id named by a complaint: the distinct suppliers and lot ids of the listed batch.
            int[][] batchSuppliers = new int[batchIds.size()][];
            int[][] batchLots = new int[batchIds.size()][];
            for (int b = 0; b < batchIds.size(); b++) {
                Batch listedBatch = listed.get(batchIds.name(b));
                List<MaterialLot> batchLotList = listedBatch == null ? List.of() : listedBatch.lots();
                int[] s = new int[0];
                int[] l = new int[0];
                for (MaterialLot lot : batchLotList) {
                    s = addDistinct(s, suppliers.id(lot.supplier()));
                    if (lot.lotId() != null) {
                        l = addDistinct(l, lots.id(lot.lotId()));
                    }
                }
                batchSuppliers[b] = s;
                batchLots[b] = l;
            }
            Entries bySupplier = new Entries(complaints.length / 4);
            Entries byLot = new Entries(complaints.length / 4);
            for (int i = 0; i < complaints.length; i++) {
                if (!material[defect[i]]) {
                    continue;
                }
                Complaint c = complaints[i];
                int ownSupplier = c.supplier() == null ? -1 : suppliers.id(c.supplier());
                int ownLot = c.materialLot() == null ? -1 : lots.id(c.materialLot());
                int[] s = batch[i] < 0 ? new int[0] : batchSuppliers[batch[i]];
                int[] l = batch[i] < 0 ? new int[0] : batchLots[batch[i]];
                if (ownSupplier >= 0 && !contains(s, ownSupplier)) {
                    bySupplier.add(i, ownSupplier, defect[i]);
                }
                for (int supplier : s) {
                    bySupplier.add(i, supplier, defect[i]);
                }
                if (ownLot >= 0 && !contains(l, ownLot)) {
                    byLot.add(i, ownLot, defect[i]);
                }
                for (int lot : l) {
                    byLot.add(i, lot, defect[i]);
                }
            }
            long window = policy.supplierWindow().toNanos();
            int minLines = policy.supplierMinProductLines();
            lineWindows(FindingScope.SUPPLIER, bySupplier, suppliers, window, minLines);
            lineWindows(FindingScope.MATERIAL_LOT, byLot, lots, window, minLines);
        }

        /** Windows that qualify by the number of distinct product lines in them. */
        private void lineWindows(FindingScope scope, Entries entries, Interner keys, long window, int minLines) {
            int[] order = entries.grouped(keys.size(), defects.size());
            int[] inWindow = new int[lines.size()];
            for (int start = 0, end; start < order.length; start = end) {
                end = runEnd(entries, order, start);
                if (end - start < minLines) {
                    continue;
                }
                int lo = start;
                int distinct = 0;
                int clusterStart = -1;
                int clusterEnd = -1;
                for (int i = start; i < end; i++) {
                    int p = entries.pos[order[i]];
                    if (inWindow[line[p]]++ == 0) {
                        distinct++;
                    }
                    long earliest = time[p] - window;
                    while (time[entries.pos[order[lo]]] < earliest) {
                        if (--inWindow[line[entries.pos[order[lo]]]] == 0) {
                            distinct--;
                        }
                        lo++;
                    }
                    if (distinct >= minLines) {
                        if (clusterEnd >= lo) {
                            clusterEnd = i;
                        } else {
                            addFinding(scope, keys, entries, order, clusterStart, clusterEnd, true);
                            clusterStart = lo;
                            clusterEnd = i;
                        }
                    }
                }
                addFinding(scope, keys, entries, order, clusterStart, clusterEnd, true);
                for (int i = lo; i < end; i++) {
                    inWindow[line[entries.pos[order[i]]]] = 0;
                }
            }
        }

        /** The end (exclusive) of the group that starts at {@code start} in {@code order}. */
        private int runEnd(Entries entries, int[] order, int start) {
            int k = entries.key[order[start]];
            int s = entries.sub[order[start]];
            int end = start + 1;
            while (end < order.length && entries.key[order[end]] == k && entries.sub[order[end]] == s) {
                end++;
            }
            return end;
        }

        /** A finding of the entries {@code order[from..to]} (inclusive); nothing when {@code from < 0}. */
        private void addFinding(FindingScope scope, Interner keys, Entries entries, int[] order, int from, int to,
                                boolean byDefect) {
            if (from < 0) {
                return;
            }
            String[] ids = new String[to - from + 1];
            for (int i = from; i <= to; i++) {
                ids[i - from] = complaints[entries.pos[order[i]]].id();
            }
            int first = order[from];
            found.add(new Finding(scope, keys.name(entries.key[first]),
                    byDefect ? defects.name(defect[entries.pos[first]]) : null, Arrays.asList(ids)));
        }
    }

    private static int[] addDistinct(int[] values, int value) {
        if (contains(values, value)) {
            return values;
        }
        int[] more = Arrays.copyOf(values, values.length + 1);
        more[values.length] = value;
        return more;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
