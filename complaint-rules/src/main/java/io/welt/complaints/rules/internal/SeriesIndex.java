package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.rules.ComplaintSeries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups complaints into the series the repeat rules look at: product line and defect; batch and
 * defect; batch (all defects); supplier and defect; material lot and defect; customer.
 * A complaint's suppliers and lots are those named on it plus those of its batch.
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
     * All complaints grouped into their series; a key with a single complaint makes no series, since
     * one complaint repeats nothing (most customers complain once: this keeps a million-complaint
     * assessment small).
     */
    public static List<ComplaintSeries> build(List<Complaint> complaints, Map<String, Batch> batches) {
        Map<Key, List<Complaint>> groups = new HashMap<>();
        for (Complaint complaint : complaints) {
            for (Key key : keysOf(complaint, batches)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(complaint);
            }
        }
        List<ComplaintSeries> series = new ArrayList<>(groups.size());
        groups.forEach((key, members) -> {
            if (members.size() >= MIN_SERIES) {
                series.add(new ComplaintSeries(key.scope(), key.key(), key.defect(), members));
            }
        });
        return series;
    }

    /** The series one complaint belongs to. */
    public static List<Key> keysOf(Complaint complaint, Map<String, Batch> batches) {
        List<Key> keys = new ArrayList<>(6);
        String defect = complaint.getDefect();
        keys.add(new Key(FindingScope.PRODUCT_LINE, Objects.requireNonNull(complaint.getProductLine(), "productLine"), defect));
        keys.add(new Key(FindingScope.CUSTOMER, complaint.getCustomerId(), null));
        if (complaint.getBatchId() != null) {
            keys.add(new Key(FindingScope.BATCH, complaint.getBatchId(), defect));
            keys.add(new Key(FindingScope.BATCH, complaint.getBatchId(), null));
        }
        Set<String> suppliers = new LinkedHashSet<>();
        Set<String> lots = new LinkedHashSet<>();
        if (complaint.getSupplier() != null) {
            suppliers.add(complaint.getSupplier());
        }
        if (complaint.getMaterialLot() != null) {
            lots.add(complaint.getMaterialLot());
        }
        Batch batch = complaint.getBatchId() == null ? null : batches.get(complaint.getBatchId());
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
        return keys;
    }
}
