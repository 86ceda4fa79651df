package io.welt.complaints.rules;

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

    public OrderComplaints {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        List<Complaint> sorted = new ArrayList<>(complaints);
        sorted.sort(Complaint.BY_RECEIPT);
        complaints = List.copyOf(sorted);
    }

    /** The first complaint on the order. */
    public Complaint first() {
        return complaints.get(0);
    }

    /**
     * Each complaint received after the first, paired with the first. A complaint received at the
     * very same instant as the first is the same contact, not a repeat.
     */
    public List<OrderRepeat> repeats() {
        List<OrderRepeat> repeats = new ArrayList<>();
        Complaint first = first();
        for (Complaint complaint : complaints) {
            if (complaint.getReceivedAt().isAfter(first.getReceivedAt())) {
                repeats.add(new OrderRepeat(complaint, first));
            }
        }
        return repeats;
    }
}
