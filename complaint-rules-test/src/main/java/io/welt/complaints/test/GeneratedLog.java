package io.welt.complaints.test;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Product;
import io.welt.complaints.rules.ComplaintLog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A complaint log made by {@link LogGenerator} (or {@link SampleLog}): the products, the batches
 * with their material lots, the complaints in the order received, and an {@code asOf} clock a
 * little after the last complaint at which to assess it.
 *
 * <pre>{@code
 * GeneratedLog log = LogGenerator.withSeed(7).complaints(500).generate();
 * Assessment assessment = ComplaintRules.standard().assess(log.toComplaintLog(), log.asOf());
 * }</pre>
 *
 * @param products   every product the complaints name, by product line then SKU
 * @param batches    the batches listed in the log (a complaint may name a batch that is not listed)
 * @param complaints the complaints, sorted by {@link Complaint#BY_RECEIPT}
 * @param asOf       the suggested clock for an assessment; no complaint or lifecycle time is after it
 */
public record GeneratedLog(List<Product> products, List<Batch> batches, List<Complaint> complaints, Instant asOf) {

    /**
     * A log of these facts; the lists are copied.
     *
     * @param products   every product the complaints name
     * @param batches    the batches listed in the log
     * @param complaints the complaints, sorted by receipt
     * @param asOf       the suggested clock for an assessment
     * @throws NullPointerException when a list, one of its elements, or {@code asOf} is null
     */
    public GeneratedLog {
        products = List.copyOf(products);
        batches = List.copyOf(batches);
        complaints = List.copyOf(complaints);
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * The log as the rules take it: products, batches and complaints, numbered by position.
     *
     * @return the log, ready to assess
     */
    public ComplaintLog toComplaintLog() {
        return ComplaintLog.builder().products(products).batches(batches).complaints(complaints).build();
    }

    /**
     * The same log with {@code complaints} in place of its own (e.g. reordered or extended), re-sorted by receipt.
     *
     * @param complaints the complaints to put in its place
     * @return the new log
     */
    public GeneratedLog withComplaints(List<Complaint> complaints) {
        return new GeneratedLog(products, batches, complaints.stream().sorted(Complaint.BY_RECEIPT).toList(), asOf);
    }

    /**
     * A summary: how many products, batches and complaints, and the clock; never the facts themselves.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "GeneratedLog[" + products.size() + " products, " + batches.size() + " batches, " + complaints.size()
                + " complaints, as of " + asOf + "]";
    }
}
