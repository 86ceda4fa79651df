package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Product;
import io.welt.complaints.rules.Rejection;

import java.util.List;
import java.util.Map;

/**
 * A log after validation: what can be assessed, and what was rejected and why.
 *
 * @param complaints complaints to assess, product lines filled in, in log order
 * @param products   products by SKU
 * @param batches    batches by id
 * @param actions    corrective actions to verify
 * @param rejected   every rejection, the reader's and the validator's
 */
public record ValidatedLog(List<Complaint> complaints, Map<String, Product> products, Map<String, Batch> batches,
                           List<CorrectiveAction> actions, List<Rejection> rejected) {
}
