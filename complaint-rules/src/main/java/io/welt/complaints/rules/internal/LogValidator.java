package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.ComplaintLog.Entry;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.Rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a single record cannot check about itself: repeated ids, unknown codes, references
 * that contradict the master data, and dates after the assessment's clock. The first record with an
 * id stands; later ones are rejected. Field names are those of the CSV files.
 */
public final class LogValidator {

    private final Taxonomy taxonomy;

    public LogValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public ValidatedLog validate(ComplaintLog log, Instant asOf) {
        List<Rejection> rejected = new ArrayList<>(log.rejected());

        Map<String, Product> products = new LinkedHashMap<>();
        for (Entry<Product> entry : log.products()) {
            Product product = entry.value();
            String hidden = invisible("sku", product.sku());
            if (hidden != null) {
                rejected.add(Rejection.of(entry.origin(), product.sku(), "sku", hidden));
            } else if (products.containsKey(product.sku())) {
                rejected.add(Rejection.of(entry.origin(), product.sku(), "sku",
                        "SKU " + product.sku() + " is listed twice; the first listing stands"));
            } else {
                products.put(product.sku(), product);
            }
        }

        Map<String, Batch> batches = new LinkedHashMap<>();
        for (Entry<Batch> entry : log.batches()) {
            Batch batch = entry.value();
            String hiddenId = invisible("batch_id", batch.id());
            String hiddenSku = invisible("sku", batch.sku());
            if (hiddenId != null || hiddenSku != null) {
                rejected.add(Rejection.of(entry.origin(), batch.id(), hiddenId != null ? "batch_id" : "sku",
                        hiddenId != null ? hiddenId : hiddenSku));
            } else if (batches.containsKey(batch.id())) {
                rejected.add(Rejection.of(entry.origin(), batch.id(), "batch_id",
                        "batch " + batch.id() + " is listed twice; the first listing stands"));
            } else if (batch.producedOn().isAfter(asOf.atZone(java.time.ZoneOffset.MAX).toLocalDate())) {
                rejected.add(Rejection.of(entry.origin(), batch.id(), "produced_on",
                        "produced on " + batch.producedOn() + ", after the assessment's clock " + asOf));
            } else {
                batches.put(batch.id(), batch);
            }
        }

        List<Complaint> accepted = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (Entry<Complaint> entry : log.complaints()) {
            Complaint complaint = entry.value();
            // Only a complaint that stands blocks its id: a corrected record after a rejected one is taken.
            Long earlier = firstLine.get(complaint.id());
            if (earlier != null) {
                rejected.add(Rejection.of(entry.origin(), complaint.id(), "id", "id " + complaint.id()
                        + " repeats an earlier complaint (" + entry.origin().source() + " line " + earlier
                        + "); the first stands"));
                continue;
            }
            Checked checked = check(complaint, entry.origin(), products, batches, asOf);
            if (checked.rejection() != null) {
                rejected.add(checked.rejection());
            } else {
                firstLine.put(complaint.id(), entry.origin().line());
                accepted.add(checked.complaint());
            }
        }
        List<CorrectiveAction> actions = new ArrayList<>();
        Set<String> actionIds = new HashSet<>();
        for (Entry<CorrectiveAction> entry : log.actions()) {
            CorrectiveAction action = entry.value();
            String hidden = invisible("id", action.id());
            if (hidden != null) {
                rejected.add(Rejection.of(entry.origin(), action.id(), "id", hidden));
            } else if (!actionIds.add(action.id())) {
                rejected.add(Rejection.of(entry.origin(), action.id(), "id",
                        "corrective action " + action.id() + " is listed twice; the first listing stands"));
            } else if (!taxonomy.contains(action.defect())) {
                rejected.add(Rejection.of(entry.origin(), action.id(), "defect",
                        "unknown defect code '" + action.defect() + "'; the taxonomy has " + String.join(", ", codes())));
            } else if (action.effectiveFrom().isAfter(asOf.atZone(java.time.ZoneOffset.MAX).toLocalDate())) {
                // Judged IN_VERIFICATION it would be a verdict on a change that has not happened yet.
                rejected.add(Rejection.of(entry.origin(), action.id(), "effective_from",
                        "effective from " + action.effectiveFrom() + ", after the assessment's clock " + asOf));
            } else {
                actions.add(action);
            }
        }
        return new ValidatedLog(accepted, products, batches, actions, rejected);
    }

    /**
     * One complaint checked against the master data and the clock: either the complaint to assess
     * (product line filled in) or why it is rejected.
     *
     * @param complaint the complaint to assess, or null
     * @param rejection why not, or null
     */
    public record Checked(Complaint complaint, Rejection rejection) {
    }

    /** Checks what one complaint cannot check about itself; repeated ids are the caller's to check. */
    public Checked check(Complaint complaint, io.welt.complaints.rules.RecordOrigin origin, Map<String, Product> products,
                         Map<String, Batch> batches, Instant asOf) {
        String problem = null;
        String field = null;
        for (String[] code : new String[][] {{"id", complaint.id()}, {"customer_id", complaint.customerId()},
                {"sku", complaint.sku()}, {"defect", complaint.defect()}, {"order_id", complaint.orderId()},
                {"batch_id", complaint.batchId()}, {"supplier", complaint.supplier()},
                {"material_lot", complaint.materialLot()}}) {
            String hidden = invisible(code[0], code[1]);
            if (hidden != null) {
                return new Checked(null, Rejection.of(origin, complaint.id(), code[0], hidden));
            }
        }
        String order = lifecycleOrder(complaint);
        if (order != null) {
            int colon = order.indexOf(':');
            return new Checked(null, Rejection.of(origin, complaint.id(), order.substring(0, colon),
                    order.substring(colon + 2)));
        }
        if (complaint.receivedAt().isAfter(asOf)) {
            field = "received_at";
            problem = "received at " + complaint.receivedAt() + ", after the assessment's clock " + asOf;
        } else if (complaint.acknowledgedAt() != null && complaint.acknowledgedAt().isAfter(asOf)) {
            field = "acknowledged_at";
            problem = "acknowledged at " + complaint.acknowledgedAt() + ", after the assessment's clock " + asOf;
        } else if (complaint.resolvedAt() != null && complaint.resolvedAt().isAfter(asOf)) {
            field = "resolved_at";
            problem = "resolved at " + complaint.resolvedAt() + ", after the assessment's clock " + asOf;
        } else if (complaint.closedAt() != null && complaint.closedAt().isAfter(asOf)) {
            field = "closed_at";
            problem = "closed at " + complaint.closedAt() + ", after the assessment's clock " + asOf;
        } else if (!complaint.waitingPeriods().isEmpty()
                && complaint.waitingPeriods().get(complaint.waitingPeriods().size() - 1).from().isAfter(asOf)) {
            field = "waiting_since";
            problem = "waiting on the customer from "
                    + complaint.waitingPeriods().get(complaint.waitingPeriods().size() - 1).from()
                    + ", after the assessment's clock " + asOf;
        } else if (!taxonomy.contains(complaint.defect())) {
            field = "defect";
            problem = "unknown defect code '" + complaint.defect() + "'; the taxonomy has " + String.join(", ", codes());
        }
        Product product = products.get(complaint.sku());
        if (problem == null && product == null && complaint.productLine() == null) {
            field = "sku";
            problem = "unknown SKU '" + complaint.sku() + "' and no product_line given"
                    + (products.isEmpty() ? " (no products were supplied)" : "");
        }
        if (problem == null && product != null && complaint.productLine() != null
                && !product.productLine().equalsIgnoreCase(complaint.productLine())) {
            field = "product_line";
            problem = "product line '" + complaint.productLine() + "' contradicts the products, which put SKU "
                    + product.sku() + " in '" + product.productLine() + "'";
        }
        Batch batch = complaint.batchId() == null ? null : batches.get(complaint.batchId());
        if (problem == null && batch != null && !batch.sku().equals(complaint.sku())) {
            field = "batch_id";
            problem = "batch " + batch.id() + " made SKU " + batch.sku() + ", not " + complaint.sku();
        }
        if (problem != null) {
            return new Checked(null, Rejection.of(origin, complaint.id(), field, problem));
        }
        if (product != null && !product.productLine().equals(complaint.productLine())) {
            complaint = complaint.toBuilder().productLine(product.productLine()).build();
        }
        return new Checked(complaint, null);
    }

    /**
     * Why an id or code cannot be taken as written, or null: it holds a control character, an invisible
     * format character (a zero-width space, a byte-order mark, a bidirectional mark) or a space other than
     * the plain one (a no-break space). Such a character makes "C-1" and "C-1" two ids that look the same:
     * a duplicate that is not seen as one. The character is named by its code point, never printed.
     */
    static String invisible(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || (type == Character.SPACE_SEPARATOR && c != ' ')) {
                String name = Character.getName(c);
                return field + " holds the invisible or control character " + String.format("U+%04X", c)
                        + (name == null ? "" : " (" + name + ")") + " at character "
                        + (value.codePointCount(0, i) + 1) + "; ids and codes are taken only as visible text";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * "field: why" when the complaint's lifecycle times contradict each other (resolved before it was
     * acknowledged, closed before it was resolved or acknowledged), else null. Both fields are named.
     */
    static String lifecycleOrder(Complaint complaint) {
        Instant acknowledged = complaint.acknowledgedAt();
        Instant resolved = complaint.resolvedAt();
        Instant closed = complaint.closedAt();
        if (acknowledged != null && resolved != null && resolved.isBefore(acknowledged)) {
            return "resolved_at: resolved at " + resolved + ", before it was acknowledged (acknowledged_at "
                    + acknowledged + ")";
        }
        if (resolved != null && closed != null && closed.isBefore(resolved)) {
            return "closed_at: closed at " + closed + ", before it was resolved (resolved_at " + resolved + ")";
        }
        if (acknowledged != null && closed != null && closed.isBefore(acknowledged)) {
            return "closed_at: closed at " + closed + ", before it was acknowledged (acknowledged_at "
                    + acknowledged + ")";
        }
        return null;
    }

    private List<String> codes() {
        return taxonomy.categories().stream().map(c -> c.code()).toList();
    }
}
