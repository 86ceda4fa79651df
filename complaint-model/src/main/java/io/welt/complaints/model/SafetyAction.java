package io.welt.complaints.model;

import java.time.Instant;

/**
 * One step of the safety pathway for one complaint: keep the item for testing, contain the stock of
 * its batch or SKU, decide on notifying the authority. Derived at once from a single safety complaint
 * (an injury, a safety-related defect, a protective or functional failure of safety footwear), without
 * waiting for a repeat.
 *
 * <pre>{@code
 * for (SafetyAction action : assessment.safetyActions("C-00281")) {
 *     System.out.println(action.kind() + " " + action.scope() + " " + action.key() + " by " + action.due());
 * }
 * }</pre>
 *
 * @param complaintId the safety complaint
 * @param kind        the step
 * @param scope       what it applies to: ITEM (the customer's item), BATCH, SKU, or AUTHORITY (a notification)
 * @param key         the item's complaint id, the batch id, the SKU, or the regime's name
 * @param due         by when it must be done
 * @param rule        the rule that derived it
 * @param reason      why, with the figures and the law that decided it
 */
public record SafetyAction(String complaintId, SafetyActionKind kind, String scope, String key, Instant due,
                           String rule, String reason) implements Conclusion {

    /**
     * Checks the values.
     *
     * @param complaintId the safety complaint
     * @param kind the step
     * @param scope what it applies to: ITEM (the customer's item), BATCH, SKU, or AUTHORITY (a notification)
     * @param key the item's complaint id, the batch id, the SKU, or the regime's name
     * @param due by when it must be done
     * @param rule the rule that derived it
     * @param reason why, with the figures and the law that decided it
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public SafetyAction {
        complaintId = Checks.text(complaintId, "complaintId");
        Checks.present(kind, "kind");
        scope = Checks.text(scope, "scope");
        key = Checks.text(key, "key");
        Checks.present(due, "due");
        rule = Checks.text(rule, "rule");
        reason = Checks.text(reason, "reason");
    }

    /** {@inheritDoc} */
    @Override
    public String topic() {
        return "safety|" + complaintId + "|" + kind + "|" + scope + "|" + key;
    }

    /** {@inheritDoc} */
    @Override
    public String headline() {
        return complaintId + " safety step " + kind + " on " + scope + " " + key + " (due " + due + ")";
    }
}
