package io.welt.complaints.rules.facts;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.policy.SamplingPlan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rules ask of a corrective action, as one fact: whether a complaint or a batch falls in its
 * scope, how many revised units were made under it, whether a later complaint is a recurrence, what
 * its follow-ups show of the root cause, and how the customers' call-backs went. Reads the log's
 * master data from a {@link Catalogue}; holds the actions on file for the options that are already in
 * place. Immutable.
 */
public final class ActionChecks {

    private final Catalogue catalogue;
    private final List<CorrectiveAction> actions;

    /**
     * The checks over this catalogue, with these actions on file.
     *
     * @param catalogue the products, batches and complaints of the log
     * @param actions the corrective actions on file (copied)
     * @throws NullPointerException if an argument is null
     */
    public ActionChecks(Catalogue catalogue, List<CorrectiveAction> actions) {
        this.catalogue = java.util.Objects.requireNonNull(catalogue, "catalogue");
        this.actions = List.copyOf(actions);
    }

    /**
     * The corrective actions on file.
     *
     * @return the actions, unmodifiable
     */
    public List<CorrectiveAction> actions() {
        return actions;
    }

    /**
     * What stands between an action and an EFFECTIVE verdict once its window is over: follow-ups not
     * done, failed or without outcome, and too few revised units made (BATCH scope: not counted).
     *
     * @param action the corrective action
     * @param minRevisedUnits the units revised batches must hold ({@link Policy#minRevisedUnits()})
     * @return the gaps, empty when none
     * @deprecated counts call-backs against the root cause and reads no sample against its plan; the
     *             standard rules use {@link #rootCauseEvidence} and {@link #callBacks}. Kept for rule
     *             files written against it.
     */
    @Deprecated
    public Gaps verificationGaps(CorrectiveAction action, long minRevisedUnits) {
        List<String> gaps = new ArrayList<>();
        for (io.welt.complaints.model.FollowUp followUp : action.followUps()) {
            String what = followUp.kind() + (followUp.description().isEmpty() ? "" : " (" + followUp.description() + ")");
            if (!followUp.isDone()) {
                gaps.add(what + " due " + followUp.due() + " was never done");
            } else if (Boolean.FALSE.equals(followUp.passed())) {
                gaps.add(what + " failed" + (followUp.result() == null ? "" : ": " + followUp.result()));
            } else if (followUp.passed() == null) {
                gaps.add(what + " has no recorded outcome");
            }
        }
        if (action.scope() != ActionScope.BATCH) {
            long units = revisedUnits(action);
            if (units < minRevisedUnits) {
                gaps.add("only " + units + " units were made after the change, fewer than the " + minRevisedUnits
                        + " needed before silence means anything");
            }
        }
        return new Gaps(gaps);
    }

    /**
     * The reasons an action cannot be called effective yet; none when it can.
     *
     * @param reasons each gap in words
     */
    public record Gaps(List<String> reasons) {
        /**
         * Checks the values: lists are copied and unmodifiable.
         *
         * @param reasons each gap in words
         */
        public Gaps {
            reasons = List.copyOf(reasons);
        }

        /**
         * Whether nothing stands in the way ("empty" is a keyword in rule constraints).
         *
         * @return true when there are no gaps
         */
        public boolean isClear() {
            return reasons.isEmpty();
        }
    }

    /**
     * What production and sampling say about whether an action removed its root cause (the first of
     * its two verdict lines; call-backs are the other, {@link #callBacks}). Revised units come from
     * production data: every batch of the action's scope made on or after its effective date counts,
     * whether or not a complaint names it, and a counted sample of revised goods shows at least its
     * own units. A SAMPLE_REVISED_BATCH follow-up that reports its sample size and defects found is
     * judged against its ISO 2859-1 plan (the policy's AQL, the lot size of the first revised batch
     * with a known quantity, or of the action's own batch); one without counts by its pass or fail.
     *
     * @param action the corrective action
     * @param policy the policy: its AQL and the units revised batches must hold
     * @return the gaps, the rejections and the facts found
     */
    public RootCauseEvidence rootCauseEvidence(CorrectiveAction action, Policy policy) {
        List<String> gaps = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        LocalDate rejectedOn = null;
        long sampled = 0;
        for (io.welt.complaints.model.FollowUp followUp : action.followUps()) {
            if (followUp.kind() == io.welt.complaints.model.FollowUpKind.CUSTOMER_CALLBACK) {
                continue; // the customers' line, not the root cause's
            }
            String what = followUp.kind() + (followUp.description().isEmpty() ? "" : " (" + followUp.description() + ")");
            if (!followUp.isDone()) {
                gaps.add(what + " due " + followUp.due() + " was never done");
            } else if (followUp.kind() == io.welt.complaints.model.FollowUpKind.SAMPLE_REVISED_BATCH && followUp.isCounted()) {
                int n = followUp.sampleSize();
                int defects = followUp.defectsFound();
                sampled += n;
                Batch lot = sampledLot(action);
                if (lot == null) {
                    gaps.add(what + ": " + defects + " defective in a sample of " + n + ", but no batch made after the change"
                            + " has a known quantity, so there is no ISO 2859-1 plan to judge the sample against");
                    continue;
                }
                SamplingPlan plan = policy.samplingPlan(lot.quantity());
                String sample = "sample of " + n + " from batch " + lot.id() + " (" + lot.quantity() + " units, made "
                        + lot.producedOn() + "), " + defects + " defective";
                if (n < plan.sampleSize()) {
                    gaps.add(what + ": a " + sample + " is smaller than its plan asks (" + plan.describe() + ")");
                } else if (plan.accepts(defects) && Boolean.FALSE.equals(followUp.passed())) {
                    gaps.add(what + " is marked failed, but its " + sample + " is accepted by its plan ("
                            + plan.describe() + "): which is right?");
                } else if (plan.accepts(defects)) {
                    facts.add(sample + ": accepted by its plan, " + plan.describe());
                } else {
                    rejections.add(sample + ": rejected, at or above Re " + plan.reject() + " of its plan, " + plan.describe()
                            + (Boolean.TRUE.equals(followUp.passed()) ? " (although marked passed)" : ""));
                    if (rejectedOn == null || followUp.doneOn().isBefore(rejectedOn)) {
                        rejectedOn = followUp.doneOn();
                    }
                }
            } else if (Boolean.FALSE.equals(followUp.passed())) {
                gaps.add(what + " failed" + (followUp.result() == null ? "" : ": " + followUp.result()));
            } else if (followUp.passed() == null) {
                gaps.add(what + " has no recorded outcome");
            } else {
                facts.add(what + " passed" + (followUp.result() == null ? "" : ": " + followUp.result()));
            }
        }
        if (action.scope() != ActionScope.BATCH) {
            int revisedBatches = 0;
            long made = 0;
            for (Batch batch : catalogue.batches()) {
                if (batch.hasQuantity() && isRevised(action, batch)) {
                    revisedBatches++;
                    made += batch.quantity();
                }
            }
            long known = Math.max(made, sampled);
            String units = made + " units made in " + revisedBatches + " batch" + (revisedBatches == 1 ? "" : "es")
                    + " after the change" + (sampled > made ? ", " + sampled + " sampled" : "");
            if (known < policy.minRevisedUnits()) {
                gaps.add("only " + units + ", fewer than the " + policy.minRevisedUnits()
                        + " revised units needed before silence means anything");
            } else {
                facts.add(units);
            }
        }
        return new RootCauseEvidence(gaps, rejections, facts, rejectedOn);
    }

    /**
     * The lot a sample of revised goods is planned from: for an action on one batch that batch, else
     * the first batch made under the action (earliest, then by id) whose quantity is known; null
     * when there is none with at least 2 units.
     *
     * @param action the corrective action
     * @return the batch, or null
     */
    public Batch sampledLot(CorrectiveAction action) {
        if (action.scope() == ActionScope.BATCH) {
            Batch own = catalogue.batch(action.key());
            return own != null && own.quantity() != null && own.quantity() >= 2 ? own : null;
        }
        Batch first = null;
        for (Batch batch : catalogue.batches()) {
            if (batch.quantity() != null && batch.quantity() >= 2 && isRevised(action, batch)
                    && (first == null || batch.producedOn().isBefore(first.producedOn())
                        || batch.producedOn().equals(first.producedOn()) && batch.id().compareTo(first.id()) < 0)) {
                first = batch;
            }
        }
        return first;
    }

    /**
     * What production and sampling say about an action's root cause.
     *
     * @param gaps       what stands between it and an EFFECTIVE verdict (follow-ups not done, failed or
     *                   without outcome, samples too small or without a plan, too few revised units)
     * @param rejections samples of revised goods that their plan rejects: the root cause is still there
     * @param facts      what supports the verdict: samples accepted, follow-ups passed, units made
     * @param rejectedOn the day of the first rejected sample, or null
     */
    public record RootCauseEvidence(List<String> gaps, List<String> rejections, List<String> facts, LocalDate rejectedOn) {
        /**
         * Checks the values: lists are copied and unmodifiable.
         *
         * @param gaps what stands between it and an EFFECTIVE verdict (follow-ups not done, failed or without
         *   outcome, samples too small or without a plan, too few revised units)
         * @param rejections samples of revised goods that their plan rejects: the root cause is still there
         * @param facts what supports the verdict: samples accepted, follow-ups passed, units made
         * @param rejectedOn the day of the first rejected sample, or null
         */
        public RootCauseEvidence {
            gaps = List.copyOf(gaps);
            rejections = List.copyOf(rejections);
            facts = List.copyOf(facts);
        }

        /**
         * Whether nothing stands in the way and no sample was rejected ("empty" is a keyword in rule constraints).
         *
         * @return true when there are no gaps and no rejection
         */
        public boolean isClear() {
            return gaps.isEmpty() && rejections.isEmpty();
        }

        /**
         * Whether a sample of revised goods was rejected by its plan.
         *
         * @return true when a sample was rejected
         */
        public boolean isRejected() {
            return !rejections.isEmpty();
        }
    }

    /**
     * The action's call-backs to the customers, the second of its two verdict lines.
     *
     * @param action the corrective action
     * @return the customers' recovery and the calls behind it
     */
    public static CallBacks callBacks(CorrectiveAction action) {
        List<String> failed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (io.welt.complaints.model.FollowUp followUp : action.followUps()) {
            if (followUp.kind() != io.welt.complaints.model.FollowUpKind.CUSTOMER_CALLBACK) {
                continue;
            }
            String what = "call-back due " + followUp.due()
                    + (followUp.result() == null ? "" : " (" + followUp.result() + ")");
            if (!followUp.isDone()) {
                open.add(what + " not made yet");
            } else if (followUp.passed() == null) {
                open.add(what + " made " + followUp.doneOn() + " with no recorded outcome");
            } else if (followUp.passed()) {
                passed.add(what + " made " + followUp.doneOn());
            } else {
                failed.add(what + " made " + followUp.doneOn());
            }
        }
        io.welt.complaints.model.Recovery recovery = failed.isEmpty() && open.isEmpty() && passed.isEmpty() ? null
                : !failed.isEmpty() ? io.welt.complaints.model.Recovery.NOT_RECOVERED
                : !open.isEmpty() ? io.welt.complaints.model.Recovery.PENDING
                : io.welt.complaints.model.Recovery.RECOVERED;
        List<String> all = new ArrayList<>(failed);
        all.addAll(open);
        all.addAll(passed);
        return new CallBacks(recovery, all);
    }

    /**
     * An action's call-backs summed up.
     *
     * @param recovery NOT_RECOVERED when one found customers unhappy, PENDING when one is not made or
     *                 has no outcome, RECOVERED when all were made and satisfied; null with no call-backs
     * @param calls    each call-back in words, the unhappy ones first
     */
    public record CallBacks(io.welt.complaints.model.Recovery recovery, List<String> calls) {
        /**
         * Checks the values: lists are copied and unmodifiable.
         *
         * @param recovery NOT_RECOVERED when one found customers unhappy, PENDING when one is not made or has
         *   no outcome, RECOVERED when all were made and satisfied; null with no call-backs
         * @param calls each call-back in words, the unhappy ones first
         */
        public CallBacks {
            calls = List.copyOf(calls);
        }
    }

    /**
     * Whether the complaint is about what the action changes: its product line, SKU, batch, supplier or lot.
     *
     * @param action the corrective action
     * @param complaint a complaint
     * @return true when the complaint's product line, SKU, batch, supplier or lot is the action's key
     */
    public boolean inScope(CorrectiveAction action, Complaint complaint) {
        String key = action.key();
        return switch (action.scope()) {
            case PRODUCT_LINE -> key.equalsIgnoreCase(complaint.productLine());
            case SKU -> key.equals(complaint.sku());
            case BATCH -> key.equals(complaint.batchId());
            case SUPPLIER -> key.equals(complaint.supplier()) || batchUses(catalogue.batch(complaint.batchId()), action);
            case MATERIAL_LOT -> key.equals(complaint.materialLot()) || key.equals(complaint.componentLot())
                    || batchUses(catalogue.batch(complaint.batchId()), action);
        };
    }

    private static boolean batchUses(Batch batch, CorrectiveAction action) {
        if (batch == null) {
            return false;
        }
        for (MaterialLot lot : batch.lots()) {
            if (action.scope() == ActionScope.SUPPLIER ? action.key().equals(lot.supplier()) : action.key().equals(lot.lotId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a batch was made under the action: in its scope and produced on or after its effective date.
     *
     * @param action the corrective action
     * @param batch a batch
     * @return true for a batch made under the action
     */
    public boolean isRevised(CorrectiveAction action, Batch batch) {
        if (batch.producedOn().isBefore(action.effectiveFrom())) {
            return false;
        }
        return switch (action.scope()) {
            case PRODUCT_LINE -> {
                Product product = catalogue.product(batch.sku());
                yield product != null && action.key().equalsIgnoreCase(product.productLine());
            }
            case SKU -> action.key().equals(batch.sku());
            case BATCH -> false;
            case SUPPLIER, MATERIAL_LOT -> batchUses(batch, action);
        };
    }

    /**
     * Units made in revised batches of the action's scope (quantities not known count nothing).
     *
     * @param action the corrective action
     * @return the units, 0 when none are known
     */
    public long revisedUnits(CorrectiveAction action) {
        long units = 0;
        for (Batch batch : catalogue.batches()) {
            if (batch.hasQuantity() && isRevised(action, batch)) {
                units += batch.quantity();
            }
        }
        return units;
    }

    /**
     * Whether a complaint shows the action's problem came back, with why. It must be in the action's
     * scope and have its defect; then it does when its batch was produced on or after the effective date; old stock made before does not
     * count. With no known batch it does when received at least {@code lag} after the effective date.
     *
     * @param action the corrective action
     * @param complaint a complaint
     * @param lag how long after the action a complaint with no batch counts ({@link Policy#recurrenceLag()})
     * @return whether it recurs, and why
     */
    public RecurrenceTest recurrence(CorrectiveAction action, Complaint complaint, Duration lag) {
        if (!complaint.defect().equals(action.defect()) || !inScope(action, complaint)) {
            return new RecurrenceTest(false, "not in the action's scope and defect");
        }
        Batch batch = catalogue.batch(complaint.batchId());
        LocalDate effective = action.effectiveFrom();
        if (action.scope() != ActionScope.BATCH && batch != null) {
            boolean revised = !batch.producedOn().isBefore(effective);
            return new RecurrenceTest(revised, revised
                    ? "made in batch " + batch.id() + " on " + batch.producedOn() + ", after the change took effect on " + effective
                    : "old stock: batch " + batch.id() + " was made on " + batch.producedOn() + ", before " + effective);
        }
        Instant cutoff = effective.atStartOfDay(ZoneOffset.UTC).toInstant().plus(lag);
        boolean late = !complaint.receivedAt().isBefore(cutoff);
        return new RecurrenceTest(late, late
                ? "received " + complaint.receivedAt() + ", more than " + lag.toDays() + " days after the change took effect on " + effective
                : "received " + complaint.receivedAt() + ", within " + lag.toDays() + " days of the change: could be old stock");
    }

    /**
     * Whether a complaint shows a recurrence, and why.
     *
     * @param recurs whether it does
     * @param reason why, in words
     */
    public record RecurrenceTest(boolean recurs, String reason) {
    }
}
