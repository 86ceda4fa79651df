package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.facts.ComplaintSeries;
import io.welt.complaints.rules.facts.OrderComplaints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups complaints into the series the repeat rules look at: product line and defect; batch and
 * defect; batch (all defects); supplier and defect; material lot and defect; customer; and the fit
 * complaints of one size of one last (all fit defects).
 * A complaint's suppliers and lots are those named on it (its component lot too) plus those of its batch.
 */
public final class SeriesIndex {

    /** The fewest complaints that make a series. */
    public static final int MIN_SERIES = 2;

    private SeriesIndex() {
    }

    /**
     * The identity of one series.
     *
     * @param scope  what its complaints share
     * @param key    the shared value
     * @param defect the shared defect, or null when it spans defects
     */
    public record Key(FindingScope scope, String key, String defect) {
    }

    /**
     * What places a complaint in a SIZE series: the products' lasts and which defects are a matter of
     * fit. A complaint with a size and a fit defect belongs to the series of its size on its product's
     * last, or on its product line when the last is not known.
     *
     * @param products the products by SKU
     * @param taxonomy the defect categories
     */
    public record Sizing(Map<String, Product> products, Taxonomy taxonomy) {

        /** No SIZE series: for callers that know no products or taxonomy. */
        public static final Sizing NONE = new Sizing(Map.of(), Taxonomy.of(List.of()));

        public Sizing {
            Objects.requireNonNull(products, "products");
            Objects.requireNonNull(taxonomy, "taxonomy");
        }

        /** The key of the complaint's SIZE series, or null when it has no size or is no fit complaint. */
        public String keyOf(Complaint complaint) {
            if (complaint.euSize() == null) {
                return null;
            }
            DefectCategory category = taxonomy.find(complaint.defect()).orElse(null);
            if (category == null || !category.isFit()) {
                return null;
            }
            Product product = products.get(complaint.sku());
            String last = product == null ? null : product.last();
            return sizeKey(last, complaint.productLine(), complaint.euSizeLabel());
        }

        /** "last L-7105, EU 42", or "line Derby shoe, EU 42" when the last is not known. */
        public static String sizeKey(String last, String productLine, String euSize) {
            return (last != null ? "last " + last : "line " + productLine) + ", " + euSize;
        }
    }

    /**
     * All complaints grouped into their series; a key with a single complaint makes no series, since
     * one complaint repeats nothing (most customers complain once: this keeps a million-complaint
     * assessment small).
     */
    public static List<ComplaintSeries> build(List<Complaint> complaints, Map<String, Batch> batches) {
        return build(complaints, batches, Sizing.NONE);
    }

    /** As {@link #build(List, Map)}, with the SIZE series that {@code sizing} places complaints in. */
    public static List<ComplaintSeries> build(List<Complaint> complaints, Map<String, Batch> batches, Sizing sizing) {
        List<ComplaintSeries> series = new ArrayList<>();
        group(complaints, batches, sizing, (scope, key, defect, members) -> {
            if (members.size() >= MIN_SERIES) {
                series.add(new ComplaintSeries(scope, key, defect, members));
            }
        });
        return series;
    }

    /**
     * Every group, a single complaint's too, by key (what {@link #keysOf} says of each complaint): a
     * monitor starts from these and makes a series when a group's second complaint arrives.
     */
    public static Map<Key, ReceiptOrder> groups(List<Complaint> complaints, Map<String, Batch> batches) {
        return groups(complaints, batches, Sizing.NONE);
    }

    /** As {@link #groups(List, Map)}, with the SIZE groups that {@code sizing} places complaints in. */
    public static Map<Key, ReceiptOrder> groups(List<Complaint> complaints, Map<String, Batch> batches, Sizing sizing) {
        Map<Key, ReceiptOrder> groups = new HashMap<>();
        group(complaints, batches, sizing, (scope, key, defect, members) -> groups.put(new Key(scope, key, defect), members));
        return groups;
    }

    /** Receives each group once, its complaints in receipt order. */
    @FunctionalInterface
    private interface GroupSink {
        void accept(FindingScope scope, String key, String defect, ReceiptOrder members);
    }

    private static void group(List<Complaint> complaints, Map<String, Batch> batches, Sizing sizing, GroupSink sink) {
        // The log is put in receipt order once, with its receipt times in two arrays; groups then hold
        // positions, which come in receipt order by themselves, and each series is gathered from the
        // arrays without visiting its complaints again (the baseline's plan, and most of the saving).
        // Four map lookups per complaint: its defect's index, its product line, its customer and its
        // batch; the batch's slot holds the slots of the batch's suppliers and lots.
        Complaint[] all = complaints.toArray(new Complaint[0]);
        long[] seconds = new long[all.length];
        int[] nanos = new int[all.length];
        ReceiptOrder.sortByReceipt(all, seconds, nanos);
        Map<String, Integer> defects = new HashMap<>();
        Map<String, Slot> lines = new HashMap<>();
        Map<String, Slot> suppliers = new HashMap<>();
        Map<String, Slot> lots = new HashMap<>();
        Map<String, BatchSlot> batchSlots = new HashMap<>();
        Map<String, Positions> customers = new HashMap<>(Math.max(16, all.length / 2));
        Map<String, Positions> sizes = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            Complaint complaint = all[i];
            int defect = defects.computeIfAbsent(complaint.defect(), d -> defects.size());
            lines.computeIfAbsent(Objects.requireNonNull(complaint.productLine(), "productLine"), Slot::new)
                    .add(defect, i);
            customers.computeIfAbsent(complaint.customerId(), k -> new Positions()).add(i);
            BatchSlot batch = complaint.batchId() == null ? BatchSlot.NONE
                    : batchSlots.computeIfAbsent(complaint.batchId(),
                            id -> BatchSlot.of(id, batches.get(id), suppliers, lots));
            batch.add(defect, i);
            String ownSupplier = complaint.supplier();
            if (ownSupplier != null && !batch.suppliesFrom(ownSupplier)) {
                suppliers.computeIfAbsent(ownSupplier, Slot::new).add(defect, i);
            }
            String ownLot = complaint.materialLot();
            if (ownLot != null && !batch.usesLot(ownLot)) {
                lots.computeIfAbsent(ownLot, Slot::new).add(defect, i);
            }
            String componentLot = complaint.componentLot();
            if (componentLot != null && !componentLot.equals(ownLot) && !batch.usesLot(componentLot)) {
                lots.computeIfAbsent(componentLot, Slot::new).add(defect, i);
            }
            String size = sizing.keyOf(complaint);
            if (size != null) {
                sizes.computeIfAbsent(size, k -> new Positions()).add(i);
            }
        }
        String[] defectCodes = new String[defects.size()];
        defects.forEach((code, index) -> defectCodes[index] = code);
        Gatherer gather = positions -> ReceiptOrder.gather(all, seconds, nanos, positions.values, positions.size);
        lines.values().forEach(slot -> slot.emit(FindingScope.PRODUCT_LINE, defectCodes, gather, sink));
        suppliers.values().forEach(slot -> slot.emit(FindingScope.SUPPLIER, defectCodes, gather, sink));
        lots.values().forEach(slot -> slot.emit(FindingScope.MATERIAL_LOT, defectCodes, gather, sink));
        batchSlots.values().forEach(slot -> {
            slot.byDefect.emit(FindingScope.BATCH, defectCodes, gather, sink);
            sink.accept(FindingScope.BATCH, slot.byDefect.key, null, gather.list(slot.all));
        });
        customers.forEach((customer, members) -> sink.accept(FindingScope.CUSTOMER, customer, null, gather.list(members)));
        sizes.forEach((size, members) -> sink.accept(FindingScope.SIZE, size, null, gather.list(members)));
    }

    /** Makes a group's complaint list from its positions. */
    @FunctionalInterface
    private interface Gatherer {
        ReceiptOrder list(Positions positions);
    }

    /** Positions in the receipt-ordered log, ascending; a growable int array. */
    private static final class Positions {
        private int[] values = new int[4];
        private int size;

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }
    }

    /** The positions of one key's complaints, by defect index. */
    private static final class Slot {
        final String key;
        private Positions[] byDefect = new Positions[8];

        Slot(String key) {
            this.key = key;
        }

        void add(int defect, int position) {
            if (defect >= byDefect.length) {
                byDefect = Arrays.copyOf(byDefect, Math.max(defect + 1, byDefect.length * 2));
            }
            Positions members = byDefect[defect];
            if (members == null) {
                members = new Positions();
                byDefect[defect] = members;
            }
            members.add(position);
        }

        void emit(FindingScope scope, String[] defectCodes, Gatherer gather, GroupSink sink) {
            for (int d = 0; d < byDefect.length; d++) {
                if (byDefect[d] != null) {
                    sink.accept(scope, key, defectCodes[d], gather.list(byDefect[d]));
                }
            }
        }
    }

    /** One batch: its complaints by defect and all together, and the slots of its suppliers and lots. */
    private static final class BatchSlot {
        static final BatchSlot NONE = new BatchSlot(null, List.of(), List.of());

        final Slot byDefect;
        final Positions all = new Positions();
        private final List<Slot> suppliers;
        private final List<Slot> lots;

        private BatchSlot(String id, List<Slot> suppliers, List<Slot> lots) {
            this.byDefect = id == null ? null : new Slot(id);
            this.suppliers = suppliers;
            this.lots = lots;
        }

        static BatchSlot of(String id, Batch batch, Map<String, Slot> supplierSlots, Map<String, Slot> lotSlots) {
            Set<String> suppliers = new LinkedHashSet<>();
            Set<String> lots = new LinkedHashSet<>();
            if (batch != null) {
                for (MaterialLot lot : batch.lots()) {
                    suppliers.add(lot.supplier());
                    if (lot.lotId() != null) {
                        lots.add(lot.lotId());
                    }
                }
            }
            return new BatchSlot(id, suppliers.stream().map(s -> supplierSlots.computeIfAbsent(s, Slot::new)).toList(),
                    lots.stream().map(l -> lotSlots.computeIfAbsent(l, Slot::new)).toList());
        }

        void add(int defect, int position) {
            if (byDefect == null) {
                return;
            }
            byDefect.add(defect, position);
            all.add(position);
            for (Slot supplier : suppliers) {
                supplier.add(defect, position);
            }
            for (Slot lot : lots) {
                lot.add(defect, position);
            }
        }

        boolean suppliesFrom(String supplier) {
            return suppliers.stream().anyMatch(slot -> slot.key.equals(supplier));
        }

        boolean usesLot(String lot) {
            return lots.stream().anyMatch(slot -> slot.key.equals(lot));
        }
    }

    /** The order and customer of a complaint, when it names an order: the key of its {@link OrderComplaints}. */
    public record OrderKey(String orderId, String customerId) {

        /** The key of this complaint, or null when it names no order. */
        public static OrderKey of(Complaint complaint) {
            return complaint.orderId() == null ? null : new OrderKey(complaint.orderId(), complaint.customerId());
        }

        public OrderComplaints group(List<Complaint> members) {
            return new OrderComplaints(orderId, customerId, members);
        }
    }

    /** The complaints of each order and customer with at least two of them. */
    public static List<OrderComplaints> orders(List<Complaint> complaints) {
        // Most orders have one complaint: keyed by the order id alone, a complaint is stored as itself
        // and only a second one on the order makes a list (no key object, no list per complaint).
        Map<String, Object> byOrder = new HashMap<>(Math.max(16, complaints.size() * 4 / 3 + 1));
        for (Complaint complaint : complaints) {
            String orderId = complaint.orderId();
            if (orderId == null) {
                continue;
            }
            Object seen = byOrder.putIfAbsent(orderId, complaint);
            if (seen instanceof Complaint first) {
                List<Complaint> both = new ArrayList<>(3);
                both.add(first);
                both.add(complaint);
                byOrder.put(orderId, both);
            } else if (seen != null) {
                @SuppressWarnings("unchecked")
                List<Complaint> more = (List<Complaint>) seen;
                more.add(complaint);
            }
        }
        List<OrderComplaints> orders = new ArrayList<>();
        for (Object group : byOrder.values()) {
            if (group instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Complaint> onOrder = (List<Complaint>) list;
                Map<OrderKey, List<Complaint>> byCustomer = new HashMap<>(4);
                for (Complaint complaint : onOrder) {
                    byCustomer.computeIfAbsent(OrderKey.of(complaint), k -> new ArrayList<>(2)).add(complaint);
                }
                byCustomer.forEach((key, members) -> {
                    if (members.size() >= MIN_SERIES) {
                        orders.add(key.group(members));
                    }
                });
            }
        }
        return orders;
    }

    /** The series one complaint belongs to. */
    public static List<Key> keysOf(Complaint complaint, Map<String, Batch> batches) {
        return keysOf(complaint, batches, Sizing.NONE);
    }

    /** As {@link #keysOf(Complaint, Map)}, with the SIZE series {@code sizing} places the complaint in. */
    public static List<Key> keysOf(Complaint complaint, Map<String, Batch> batches, Sizing sizing) {
        List<Key> keys = new ArrayList<>(6);
        String defect = complaint.defect();
        keys.add(new Key(FindingScope.PRODUCT_LINE, Objects.requireNonNull(complaint.productLine(), "productLine"), defect));
        keys.add(new Key(FindingScope.CUSTOMER, complaint.customerId(), null));
        if (complaint.batchId() != null) {
            keys.add(new Key(FindingScope.BATCH, complaint.batchId(), defect));
            keys.add(new Key(FindingScope.BATCH, complaint.batchId(), null));
        }
        Set<String> suppliers = new LinkedHashSet<>();
        Set<String> lots = new LinkedHashSet<>();
        if (complaint.supplier() != null) {
            suppliers.add(complaint.supplier());
        }
        if (complaint.materialLot() != null) {
            lots.add(complaint.materialLot());
        }
        if (complaint.componentLot() != null) {
            lots.add(complaint.componentLot());
        }
        Batch batch = complaint.batchId() == null ? null : batches.get(complaint.batchId());
        if (batch != null) {
            for (MaterialLot lot : batch.lots()) {
                suppliers.add(lot.supplier());
                if (lot.lotId() != null) {
                    lots.add(lot.lotId());
                }
            }
        }
        for (String supplier : suppliers) {
            keys.add(new Key(FindingScope.SUPPLIER, supplier, defect));
        }
        for (String lot : lots) {
            keys.add(new Key(FindingScope.MATERIAL_LOT, lot, defect));
        }
        String size = sizing.keyOf(complaint);
        if (size != null) {
            keys.add(new Key(FindingScope.SIZE, size, null));
        }
        return keys;
    }
}
