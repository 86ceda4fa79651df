package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Product;
import io.welt.complaints.rules.internal.SeriesIndex;
import io.welt.complaints.rules.policy.RemedyCosts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The log's master data by key, as one fact: rules look up a complaint's product, batch, price, unit
 * cost and what it costs to put right here. Its products and batches are fixed; its complaints are
 * those of the log, or, for a host whose complaints arrive while the rules run (a monitor), whatever
 * its lookup finds.
 */
public final class Catalogue {

    private final Map<String, Product> products;
    private final Map<String, Batch> batches;
    private final Function<String, Complaint> complaints;

    /**
     * A catalogue of these products, batches and complaints.
     *
     * @param products the products, by SKU (the first of a SKU wins)
     * @param batches the batches, by id (the first of an id wins)
     * @param complaints the complaints, by id
     * @throws NullPointerException if a collection is null
     */
    public Catalogue(Collection<Product> products, Collection<Batch> batches, Collection<Complaint> complaints) {
        this(products, batches, byId(complaints)::get);
    }

    /**
     * A catalogue of these products and batches, whose complaints are looked up by id as they are asked
     * for: a host that adds complaints while the rules run keeps them where {@code complaintById} finds them.
     *
     * @param products the products, by SKU (the first of a SKU wins)
     * @param batches the batches, by id (the first of an id wins)
     * @param complaintById the complaint of an id, or null; called from the rules' thread
     * @throws NullPointerException if an argument is null
     */
    public Catalogue(Collection<Product> products, Collection<Batch> batches, Function<String, Complaint> complaintById) {
        this.products = index(products, Product::sku);
        this.batches = index(batches, Batch::id);
        this.complaints = Objects.requireNonNull(complaintById, "complaintById");
    }

    private static Map<String, Complaint> byId(Collection<Complaint> complaints) {
        // Filled directly (no intermediate map): at a million complaints the copy cost a third of a second.
        Map<String, Complaint> byId = new HashMap<>(Math.max(16, complaints.size() * 4 / 3 + 1));
        for (Complaint complaint : complaints) {
            byId.putIfAbsent(complaint.id(), complaint);
        }
        return byId;
    }

    private static <T> Map<String, T> index(Collection<T> values, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T value : values) {
            map.putIfAbsent(key.apply(value), value);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The batches, in no particular order.
     *
     * @return the batches, unmodifiable
     */
    public Collection<Batch> batches() {
        return batches.values();
    }

    /** Remedy costs by price and unit cost: a problem of thousands of complaints has only a few of each. */
    private final Map<List<Money>, Money> remedyCosts = new ConcurrentHashMap<>();

    /** Bounds {@link #remedyCosts}: a log of ever-different prices must not grow it without end. */
    private static final int MAX_REMEDY_COSTS = 10_000;

    /**
     * What one complaint of this kind costs to put right, by {@link RemedyCosts#perComplaint} of its
     * price and unit cost. One session has one policy: figures are kept by price and unit cost alone.
     *
     * @param complaint the complaint
     * @param costs the policy's remedy costs
     * @return the cost, or null when neither price nor unit cost is known
     */
    public Money remedyCostOf(Complaint complaint, RemedyCosts costs) {
        Money price = priceOf(complaint);
        Money unitCost = unitCostOf(complaint);
        List<Money> key = Arrays.asList(price, unitCost);
        Money known = remedyCosts.get(key);
        if (known == null) {
            known = costs.perComplaint(price, unitCost);
            if (remedyCosts.size() < MAX_REMEDY_COSTS) {
                remedyCosts.put(key, known);
            }
        }
        return known;
    }

    /**
     * The product of this SKU, or null.
     *
     * @param sku a SKU
     * @return the product, or null
     */
    public Product product(String sku) {
        return sku == null ? null : products.get(sku);
    }

    /**
     * The batch of this id, or null.
     *
     * @param id a batch id
     * @return the batch, or null
     */
    public Batch batch(String id) {
        return id == null ? null : batches.get(id);
    }

    /**
     * The complaint of this id, or null.
     *
     * @param id a complaint id
     * @return the complaint, or null
     */
    public Complaint complaint(String id) {
        return id == null ? null : complaints.apply(id);
    }

    /**
     * The series a complaint belongs to, each as a {@link CriticalInSeries} of it; empty for an unknown id.
     *
     * @param complaintId a complaint id
     * @return one entry per series it belongs to
     */
    public List<CriticalInSeries> criticalInSeries(String complaintId) {
        Complaint complaint = complaint(complaintId);
        if (complaint == null) {
            return List.of();
        }
        List<CriticalInSeries> memberships = new ArrayList<>();
        for (SeriesIndex.Key key
                : SeriesIndex.keysOf(complaint, batches)) {
            if (key.key() != null) {
                memberships.add(new CriticalInSeries(key.scope(), key.key(), key.defect(), complaintId,
                        complaint.receivedAt()));
            }
        }
        return memberships;
    }

    /**
     * What the customer paid, else the product's list price, else null.
     *
     * @param complaint the complaint
     * @return the price, or null
     */
    public Money priceOf(Complaint complaint) {
        if (complaint.pricePaid() != null) {
            return complaint.pricePaid();
        }
        Product product = product(complaint.sku());
        return product == null ? null : product.price();
    }

    /**
     * What one unit of the complaint's product costs the business, or null.
     *
     * @param complaint the complaint
     * @return the unit cost, or null
     */
    public Money unitCostOf(Complaint complaint) {
        Product product = product(complaint.sku());
        return product == null ? null : product.unitCost();
    }
}

