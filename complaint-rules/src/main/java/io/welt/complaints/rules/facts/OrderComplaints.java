package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every complaint one customer made about one order, in the order received: the fact the triage rule
 * for a second complaint on an order reads, so that no rule joins every complaint with every other.
 * The assessment inserts one per order and customer with at least two complaints.
 *
 * @param orderId    the order
 * @param customerId the customer
 * @param complaints the complaints, sorted by {@link Complaint#BY_RECEIPT}
 */
public record OrderComplaints(String orderId, String customerId, List<Complaint> complaints) {

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param orderId the order
     * @param customerId the customer
     * @param complaints the complaints, sorted by {@link Complaint#BY_RECEIPT}
     * @throws NullPointerException when a required value is null; the message names it
     */
    public OrderComplaints {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        List<Complaint> sorted = new ArrayList<>(complaints);
        sorted.sort(Complaint.BY_RECEIPT);
        complaints = List.copyOf(sorted);
    }

    /**
     * The first complaint on the order.
     *
     * @return the first complaint
     */
    public Complaint first() {
        return complaints.get(0);
    }

    /**
     * Each complaint received after the first, paired with the first. A complaint received at the
     * very same instant as the first is the same contact, not a repeat.
     *
     * @return the repeats, in the order received
     */
    public List<OrderRepeat> repeats() {
        List<OrderRepeat> repeats = new ArrayList<>();
        Complaint first = first();
        for (Complaint complaint : complaints) {
            if (complaint.receivedAt().isAfter(first.receivedAt())) {
                repeats.add(new OrderRepeat(complaint, first));
            }
        }
        return repeats;
    }

    /**
     * Each complaint about an item the customer complained about before on this order (the same SKU),
     * when that earlier complaint was resolved before this one came in: a candidate failed repair or
     * replacement, paired with the latest such earlier complaint. Whether the faults are the same or
     * related is the rule's question.
     *
     * @return the candidates, in the order received
     */
    public List<FailedFix> sameItemAfterResolution() {
        List<FailedFix> candidates = new ArrayList<>();
        for (int i = 1; i < complaints.size(); i++) {
            Complaint later = complaints.get(i);
            for (int j = i - 1; j >= 0; j--) {
                Complaint earlier = complaints.get(j);
                if (earlier.sku().equals(later.sku()) && earlier.resolvedAt() != null
                        && !earlier.resolvedAt().isAfter(later.receivedAt())) {
                    candidates.add(new FailedFix(later, earlier));
                    break;
                }
            }
        }
        return candidates;
    }
}
