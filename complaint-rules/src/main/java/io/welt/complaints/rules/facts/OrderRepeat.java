package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Complaint;

import java.util.Objects;

/**
 * A complaint that repeats an earlier complaint by the same customer about the same order: the
 * first fix failed. Derived by triage; the resolution rules read it instead of joining every
 * complaint with every other on the order.
 *
 * @param complaint the later complaint
 * @param first     the first complaint on the order
 */
public record OrderRepeat(Complaint complaint, Complaint first) {

    /**
     * Checks the values.
     *
     * @param complaint the later complaint
     * @param first the first complaint on the order
     * @throws NullPointerException when a required value is null; the message names it
     */
    public OrderRepeat {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(first, "first");
    }

    /**
     * The later complaint's id.
     *
     * @return the id
     */
    public String complaintId() {
        return complaint.id();
    }
}
