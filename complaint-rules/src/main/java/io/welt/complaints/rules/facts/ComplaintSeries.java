package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.rules.internal.ReceiptOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Every complaint that shares one key in one scope (and one defect, unless {@code defect} is null),
 * in the order received. The assessment inserts one series per key with at least two complaints, so
 * repeat rules look at each group once instead of joining every complaint with every other.
 *
 * <p>The window methods find the {@link ComplaintCluster}s in which a rule's condition holds. A
 * window ends at a complaint and reaches back {@code window} (inclusive); it qualifies when its
 * condition holds; qualifying windows that share a complaint merge into one cluster. So a cluster
 * grows as complaints arrive, and no complaint is ever in two clusters of one series.
 *
 * @param scope      what the complaints share
 * @param key        the shared value
 * @param defect     the shared defect code, or null when the series spans defects
 * @param complaints the complaints, sorted by {@link Complaint#BY_RECEIPT}
 */
public record ComplaintSeries(FindingScope scope, String key, String defect, List<Complaint> complaints) {

    /**
     * Checks the values.
     *
     * @param scope what the complaints share
     * @param key the shared value
     * @param defect the shared defect code, or null when the series spans defects
     * @param complaints the complaints, sorted by {@link Complaint#BY_RECEIPT}
     * @throws NullPointerException when a required value is null; the message names it
     */
    public ComplaintSeries {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        complaints = ReceiptOrder.of(complaints); // immutable, in order, times at hand for the windows
    }

    /**
     * How many complaints the series holds.
     *
     * @return the number of complaints
     */
    public int size() {
        return complaints.size();
    }

    /**
     * How many different defects the series holds.
     *
     * @return the number of defects
     */
    public int distinctDefects() {
        Set<String> defects = new HashSet<>();
        for (Complaint complaint : complaints) {
            defects.add(complaint.defect());
        }
        return defects.size();
    }

    /**
     * All the complaints as one cluster (for rules with no time window); empty when the series is.
     *
     * @return one cluster, or none
     */
    public List<ComplaintCluster> whole() {
        return complaints.isEmpty() ? List.of() : List.of(new ComplaintCluster(scope, key, defect, complaints));
    }

    /**
     * Clusters of windows of length {@code window} holding at least {@code minComplaints} complaints.
     *
     * @param window the window's length, e.g. 30 days
     * @param minComplaints the fewest complaints in a window
     * @return the clusters, in time order
     */
    public List<ComplaintCluster> clusters(Duration window, int minComplaints) {
        if (complaints.size() < minComplaints) {
            return List.of();
        }
        return slide(window, size -> size >= minComplaints);
    }

    /**
     * Clusters of windows of length {@code window} whose complaints span at least {@code minLines} product lines.
     *
     * @param window the window's length, e.g. 60 days
     * @param minLines the fewest product lines in a window
     * @return the clusters, in time order
     */
    public List<ComplaintCluster> clustersAcrossLines(Duration window, int minLines) {
        if (complaints.size() < minLines) {
            return List.of();
        }
        return slide(window, new Counting(complaints, Complaint::productLine, minLines));
    }

    /**
     * Clusters of windows of length {@code window} holding at least {@code minComplaints} complaints of
     * at least {@code minSkus} SKUs: a size that runs small or large on a last, not one SKU's fault.
     *
     * @param window the window's length, e.g. 60 days
     * @param minComplaints the fewest complaints in a window
     * @param minSkus the fewest SKUs among them
     * @return the clusters, in time order
     */
    public List<ComplaintCluster> clustersAcrossSkus(Duration window, int minComplaints, int minSkus) {
        if (complaints.size() < Math.max(minComplaints, minSkus)) {
            return List.of();
        }
        Counting skus = new Counting(complaints, Complaint::sku, minSkus);
        return slide(window, new WindowCondition() {
            @Override
            public boolean holds(int size) {
                return size >= minComplaints && skus.holds(size);
            }

            @Override
            public void enter(int position) {
                skus.enter(position);
            }

            @Override
            public void leave(int position) {
                skus.leave(position);
            }
        });
    }

    /**
     * The complaints of this material-lot series that name its lot as their component lot (a thread
     * lot, an adhesive drum): for them the defect is material-related, whatever its category says.
     * Empty for a series of another scope.
     *
     * @return a series of those complaints, or none
     */
    public List<ComplaintSeries> tracedToComponentLot() {
        if (scope != FindingScope.MATERIAL_LOT) {
            return List.of();
        }
        List<Complaint> traced = new ArrayList<>();
        for (Complaint complaint : complaints) {
            if (key.equals(complaint.componentLot())) {
                traced.add(complaint);
            }
        }
        return traced.isEmpty() ? List.of() : List.of(new ComplaintSeries(scope, key, defect, traced));
    }

    /** Whether a window qualifies; told of each complaint (by its position) entering and leaving it. */
    @FunctionalInterface
    private interface WindowCondition {
        boolean holds(int size);

        default void enter(int position) {
        }

        default void leave(int position) {
        }
    }

    /**
     * Counts distinct values of a property in the window. Each complaint's value is numbered once, so
     * that moving the window is array arithmetic: a busy supplier's series holds thousands.
     */
    private static final class Counting implements WindowCondition {
        private final int[] valueAt;
        private final int[] counts;
        private final int minDistinct;
        private int distinct;

        Counting(List<Complaint> complaints, Function<Complaint, String> property, int minDistinct) {
            Map<String, Integer> numbers = new HashMap<>();
            valueAt = new int[complaints.size()];
            for (int i = 0; i < valueAt.length; i++) {
                valueAt[i] = numbers.computeIfAbsent(String.valueOf(property.apply(complaints.get(i))), v -> numbers.size());
            }
            counts = new int[numbers.size()];
            this.minDistinct = minDistinct;
        }

        @Override
        public void enter(int position) {
            if (counts[valueAt[position]]++ == 0) {
                distinct++;
            }
        }

        @Override
        public void leave(int position) {
            if (--counts[valueAt[position]] == 0) {
                distinct--;
            }
        }

        @Override
        public boolean holds(int size) {
            return distinct >= minDistinct;
        }
    }

    /** Two pointers over the sorted complaints; qualifying windows that overlap merge. */
    private List<ComplaintCluster> slide(Duration window, WindowCondition condition) {
        List<ComplaintCluster> clusters = new ArrayList<>();
        int lo = 0;
        int clusterStart = -1;
        int clusterEnd = -1;
        ReceiptOrder ordered = (ReceiptOrder) complaints;
        for (int i = 0; i < complaints.size(); i++) {
            condition.enter(i);
            int start = ordered.windowStart(lo, i, window);
            while (lo < start) {
                condition.leave(lo);
                lo++;
            }
            if (condition.holds(i - lo + 1)) {
                if (clusterEnd >= lo) {
                    clusterEnd = i;
                } else {
                    addCluster(clusters, clusterStart, clusterEnd);
                    clusterStart = lo;
                    clusterEnd = i;
                }
            }
        }
        addCluster(clusters, clusterStart, clusterEnd);
        return clusters;
    }

    private void addCluster(List<ComplaintCluster> clusters, int start, int end) {
        if (start >= 0) {
            clusters.add(new ComplaintCluster(scope, key, defect, complaints.subList(start, end + 1)));
        }
    }
}
