package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Complaint;

import java.util.Objects;

/**
 * A complaint about an item whose earlier fault, on the same order and SKU, was resolved (by a repair
 * or a replacement) before this complaint came in, with the same or a related defect: the repair or
 * replacement failed, and the customer has the final right to reject (Consumer Rights Act 2015 s. 24).
 * Derived by triage; the resolution rules read it. A complaint about another item, or another kind of
 * fault (a late delivery, then a seam), is not one.
 *
 * @param complaint the later complaint
 * @param earlier   the earlier complaint about the same item
 */
public record FailedFix(Complaint complaint, Complaint earlier) {

    /**
     * Checks the values.
     *
     * @param complaint the later complaint
     * @param earlier the earlier complaint about the same item
     * @throws NullPointerException when a required value is null; the message names it
     */
    public FailedFix {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(earlier, "earlier");
    }

    /**
     * The later complaint's id.
     *
     * @return the id
     */
    public String complaintId() {
        return complaint.id();
    }

    /**
     * The later complaint's defect code.
     *
     * @return the code
     */
    public String laterDefect() {
        return complaint.defect();
    }

    /**
     * The earlier complaint's defect code.
     *
     * @return the code
     */
    public String earlierDefect() {
        return earlier.defect();
    }
}
