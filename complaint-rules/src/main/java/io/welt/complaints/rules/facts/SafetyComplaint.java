package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A complaint of a safety kind: an injury or skin reaction reported, a safety-related defect, or a
 * protective or functional failure of certified safety footwear. One is enough for the safety
 * pathway (keep the item for testing, contain the batch and SKU, decide on notifying the authority);
 * two on one batch or product line within the policy's safety window are a finding. Derived by
 * {@code safety.drl}, one per complaint, with the strongest reason.
 *
 * @param complaint the complaint
 * @param why       why it is a safety complaint, for reasons
 */
public record SafetyComplaint(Complaint complaint, String why) {

    /**
     * The salience of "Repeat: second safety complaint", below every other rule's (0): it looks at the
     * findings of the usual repeat rules, so it waits until they are made.
     */
    public static final int AFTER_THE_USUAL_FINDINGS = -10;

    /**
     * Checks the values.
     *
     * @param complaint the complaint
     * @param why why it is a safety complaint, for reasons
     * @throws NullPointerException when a required value is null; the message names it
     */
    public SafetyComplaint {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(why, "why");
    }

    /**
     * The complaint's id.
     *
     * @return the id
     */
    public String complaintId() {
        return complaint.id();
    }

    /**
     * The product line this complaint counts in, as a key. The repeat rule for a second safety complaint
     * collects a key's complaints with {@code SafetyComplaint( lineKey == $safetyKey || batchKey == $safetyKey )}.
     *
     * @return the key
     */
    public SafetyKey lineKey() {
        return new SafetyKey(FindingScope.PRODUCT_LINE, complaint.productLine());
    }

    /**
     * The batch this complaint counts in, as a key; null when its batch is not known.
     *
     * @return the key, or null
     */
    public SafetyKey batchKey() {
        return complaint.batchId() == null ? null : new SafetyKey(FindingScope.BATCH, complaint.batchId());
    }

    /**
     * The complaint's key in a scope: its product line or its batch (null when not known); null for other scopes.
     *
     * @param scope PRODUCT_LINE or BATCH
     * @return the key, or null
     */
    public String keyIn(FindingScope scope) {
        return switch (scope) {
            case PRODUCT_LINE -> complaint.productLine();
            case BATCH -> complaint.batchId();
            default -> null;
        };
    }

    /**
     * The safety complaints of one batch or product line as clusters: windows of {@code window} holding
     * at least two of them; the cluster's defect is theirs when they share one, else null.
     *
     * @param scope PRODUCT_LINE or BATCH
     * @param key the product line or batch id
     * @param complaints the safety complaints of the key, in any order
     * @param window the window, {@link io.welt.complaints.rules.policy.Policy#safetyWindow()}
     * @return the clusters, in time order
     */
    public static List<ComplaintCluster> clusters(FindingScope scope, String key, List<Complaint> complaints,
                                                  Duration window) {
        Set<String> defects = new HashSet<>();
        for (Complaint complaint : complaints) {
            defects.add(complaint.defect());
        }
        String defect = defects.size() == 1 ? defects.iterator().next() : null;
        return new ComplaintSeries(scope, key, defect, complaints).clusters(window, 2);
    }

    /**
     * Whether a finding's complaints and a cluster's share one.
     *
     * @param complaintIds a finding's complaints
     * @param cluster a cluster
     * @return true when they share a complaint
     */
    public static boolean sharesAny(List<String> complaintIds, ComplaintCluster cluster) {
        Set<String> ids = new HashSet<>(complaintIds);
        for (Complaint complaint : cluster.complaints()) {
            if (ids.contains(complaint.id())) {
                return true;
            }
        }
        return false;
    }
}
