package io.welt.complaints.rules.facts;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Effort;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.policy.RemedyCosts;
import io.welt.complaints.rules.policy.SystemicCosts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * The figures of the options put to management for a problem, as one fact: what doing nothing costs
 * over the policy's horizon, and what each option costs, saves and takes to pay back against that.
 * A batch or a lot counts its stock; a line, a supplier or a last its damped pace. Works from the
 * policy's {@link SystemicCosts} and {@link RemedyCosts}, the log's {@link Catalogue} and the actions
 * on file; what doing nothing costs is worked out once per problem.
 */
public final class OptionCosting {

    private final Catalogue catalogue;
    private final List<CorrectiveAction> actions;
    private final SystemicCosts costs;
    private final RemedyCosts remedyCosts;
    /** Per problem, shared by its options; weak, so a problem that goes takes its entry. */
    private final Map<Problem, Forecast> forecasts = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The costing of one session's problems.
     *
     * @param catalogue the log's master data
     * @param actions   the corrective actions on file: an option one of them carries out is in place
     * @param policy    the cost tables
     * @throws NullPointerException if an argument is null
     */
    public OptionCosting(Catalogue catalogue, List<CorrectiveAction> actions, Policy policy) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.actions = List.copyOf(actions);
        this.costs = policy.systemicCosts();
        this.remedyCosts = policy.remedyCosts();
    }

    /**
     * The figures of one option for one problem, against doing nothing ({@code MONITOR}). Doing
     * nothing costs the complaints expected over the horizon; an option's benefit is the share of that
     * it prevents, its net benefit that saving less what it costs, and its payback the days its saving
     * takes to repay its cost, or null when that is beyond the horizon. An option an action on file
     * already carries out is marked in place.
     *
     * @param problem     the problem
     * @param type        the option
     * @param rule        the rule that proposes it
     * @param why         why it applies, in words; leads the reason
     * @param safetyFirst whether it goes first whatever it costs (containment for a CRITICAL complaint)
     * @return the option, with its cost, benefit, net benefit and payback
     */
    public SystemicOption assess(Problem problem, SystemicActionType type, String rule, String why, boolean safetyFirst) {
        Forecast forecast = forecasts.computeIfAbsent(problem, this::forecast);
        java.util.Currency currency = remedyCosts.currency();
        String baseline = "Doing nothing: " + forecast.basis() + " = " + forecast.expected().setScale(1, RoundingMode.HALF_EVEN)
                + " complaints x " + forecast.costPerComplaint() + " per complaint = " + forecast.doNothing() + " over "
                + costs.horizonDays() + " days";
        if (type == SystemicActionType.MONITOR) {
            return new SystemicOption(problem.id(), type, new Money(forecast.doNothing(), currency), Money.zero(currency), 0,
                    Effort.LOW, null, null, false, rule, why + ". " + baseline
                    + "; every other option's benefit is what it saves against this");
        }
        CorrectiveAction inPlace = inPlace(problem, type, actions);
        String placed = inPlace == null ? "" : ". In place: " + inPlace.id() + " since " + inPlace.effectiveFrom()
                + (inPlace.containment().isEmpty() ? "" : " (" + String.join("; ", inPlace.containment()) + ")")
                + ", so it is marked, not proposed";
        SystemicCosts.Entry entry = costs.entry(type);
        BigDecimal cost = entry.fixedCost();
        if (type == SystemicActionType.RECALL) {
            long sold = forecast.unitsSold() > 0 ? forecast.unitsSold() : costs.defaultExposureUnits();
            cost = cost.add(costs.recallCostPerUnit().multiply(BigDecimal.valueOf(sold)));
        }
        // A stock hold stops only what the held stock would still cause.
        boolean held = type == SystemicActionType.STOCK_HOLD && !forecast.stockBasis().equals(forecast.basis());
        BigDecimal base = held ? forecast.stockDoNothing() : forecast.doNothing();
        BigDecimal benefit = entry.reduction().multiply(base).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal net = benefit.subtract(cost);
        Integer payback = null;
        if (benefit.signum() > 0) {
            BigDecimal days = cost.multiply(BigDecimal.valueOf(costs.horizonDays())).divide(benefit, 0, RoundingMode.CEILING);
            if (days.compareTo(BigDecimal.valueOf(costs.horizonDays())) <= 0) {
                payback = days.intValueExact();
            }
        }
        String verdict = net.signum() > 0 ? "it beats doing nothing by " + net
                : "it does not beat doing nothing (net " + net + ")";
        String reason = why + ". " + baseline + "; " + type + " prevents "
                + entry.reduction().movePointRight(2).stripTrailingZeros().toPlainString() + "% of "
                + (held ? "what the held stock would still cause (" + String.join(", ", problem.batchIds()) + ": "
                        + forecast.stockBasis() + ")" : "it") + ", saving " + benefit
                + ", for " + cost.setScale(2, RoundingMode.HALF_EVEN) + ": " + verdict
                + (payback == null ? ", and does not pay back within " + costs.horizonDays() + " days"
                        : ", paying back in " + payback + " days")
                + (safetyFirst ? ". It goes first whatever it costs: the problem holds a CRITICAL complaint, and "
                        + "containing the risk comes before the arithmetic" : "")
                + placed;
        return new SystemicOption(problem.id(), type, new Money(cost, currency), new Money(benefit, currency),
                entry.leadTimeDays(), entry.effort(), payback, inPlace == null ? null : inPlace.id(), safetyFirst, rule,
                reason);
    }

    /**
     * What doing nothing about one problem costs, with the arithmetic in words; and the part of it a
     * stock hold can stop, the complaints still to come from the stock of the batches it would hold.
     *
     * @param expected         complaints expected over the horizon
     * @param costPerComplaint what one costs to put right, on average over the problem's complaints
     * @param doNothing        expected x cost per complaint
     * @param basis            how the expected complaints were worked out
     * @param stockDoNothing   the cost of the complaints still to come from the held batches' stock
     * @param stockBasis       how those were worked out
     * @param unitsSold        units sold of the problem's batches, where known (for a recall)
     */
    private record Forecast(BigDecimal expected, BigDecimal costPerComplaint, BigDecimal doNothing, String basis,
                            BigDecimal stockDoNothing, String stockBasis, long unitsSold) {
    }

    /** Complaints expected with their arithmetic, and how many complaints were left to the pace. */
    private record Part(BigDecimal expected, List<String> words, int unexplained) {
    }

    private Forecast forecast(Problem problem) {
        List<Complaint> members = new ArrayList<>();
        for (String id : problem.complaintIds()) {
            Complaint complaint = catalogue.complaint(id);
            if (complaint != null) {
                members.add(complaint);
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Complaint complaint : members) {
            sum = sum.add(catalogue.remedyCostOf(complaint, remedyCosts).amount());
        }
        BigDecimal costPerComplaint = members.isEmpty() ? remedyCosts.perComplaint(null, null).amount()
                : sum.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_EVEN);
        long unitsSold = 0;
        for (String id : problem.batchIds()) {
            Batch batch = catalogue.batch(id);
            if (batch != null && batch.unitsSold() != null) {
                unitsSold += batch.unitsSold();
            } else if (batch != null && batch.hasQuantity()) {
                unitsSold += Math.round(batch.quantity() * (1 - costs.remainingShare().doubleValue()));
            }
        }

        // A batch or a lot is finite: what can still fail is its stock. A line, a supplier, a last goes on
        // making: it fails at the observed pace, damped.
        boolean finite = problem.sourceScope() == FindingScope.BATCH || problem.sourceScope() == FindingScope.MATERIAL_LOT;
        Part whole;
        if (finite) {
            Part stock = stock(problem.batchIds(), members);
            Part rest = pace(stock.unexplained(), problem);
            List<String> words = new ArrayList<>(stock.words());
            words.addAll(rest.words());
            whole = new Part(stock.expected().add(rest.expected()), words, 0);
        } else {
            whole = pace(members.size(), problem);
        }
        BigDecimal doNothing = whole.expected().multiply(costPerComplaint).setScale(2, RoundingMode.HALF_EVEN);
        String basis = whole.words().isEmpty() ? "no stock left to fail" : String.join("; ", whole.words());

        BigDecimal stockDoNothing = doNothing;
        String stockBasis = basis;
        if (!finite && !problem.batchIds().isEmpty()) {
            Part held = stock(problem.batchIds(), members);
            stockDoNothing = held.expected().multiply(costPerComplaint).setScale(2, RoundingMode.HALF_EVEN);
            stockBasis = (held.words().isEmpty() ? "nothing known of their stock" : String.join("; ", held.words()))
                    + " = " + held.expected().setScale(1, RoundingMode.HALF_EVEN) + " complaints x " + costPerComplaint
                    + " = " + stockDoNothing;
        }
        return new Forecast(whole.expected(), costPerComplaint, doNothing, basis, stockDoNothing, stockBasis, unitsSold);
    }

    /**
     * The complaints still to come from the stock of these batches: each batch's complaints per unit
     * sold, times its units in stock. Where sales and stock are not known, the policy's share of what
     * was made is assumed unsold, and the words say so. Complaints on none of these batches are left.
     */
    private Part stock(List<String> batchIds, List<Complaint> members) {
        Map<String, Integer> onBatch = new TreeMap<>();
        for (String id : batchIds) {
            onBatch.put(id, 0);
        }
        int elsewhere = 0;
        for (Complaint complaint : members) {
            if (complaint.batchId() != null && onBatch.containsKey(complaint.batchId())) {
                onBatch.merge(complaint.batchId(), 1, Integer::sum);
            } else {
                elsewhere++;
            }
        }
        BigDecimal expected = BigDecimal.ZERO;
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Integer> e : onBatch.entrySet()) {
            Batch batch = catalogue.batch(e.getKey());
            int n = e.getValue();
            if (batch == null || n == 0) {
                continue;
            }
            if (batch.unitsSold() != null && batch.unitsSold() > 0 && batch.unitsInStock() != null) {
                BigDecimal more = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(batch.unitsInStock()))
                        .divide(BigDecimal.valueOf(batch.unitsSold()), 8, RoundingMode.HALF_EVEN);
                expected = expected.add(more);
                words.add(batch.id() + ": " + n + " complaints in " + batch.unitsSold() + " units sold, x "
                        + batch.unitsInStock() + " in stock = " + more.setScale(1, RoundingMode.HALF_EVEN));
            } else if (batch.hasQuantity()) {
                BigDecimal toSell = costs.remainingShare().multiply(BigDecimal.valueOf(batch.quantity()));
                BigDecimal sold = BigDecimal.valueOf(batch.quantity()).subtract(toSell).max(BigDecimal.ONE);
                BigDecimal more = BigDecimal.valueOf(n).multiply(toSell).divide(sold, 8, RoundingMode.HALF_EVEN);
                expected = expected.add(more);
                words.add(batch.id() + ": sales and stock not known, so " + costs.remainingShare().movePointRight(2)
                        .stripTrailingZeros().toPlainString() + "% of the " + batch.quantity() + " made is assumed unsold: "
                        + n + " complaints in " + sold.setScale(0, RoundingMode.HALF_EVEN) + " sold, x "
                        + toSell.setScale(0, RoundingMode.HALF_EVEN) + " still to sell = " + more.setScale(1, RoundingMode.HALF_EVEN));
            } else {
                elsewhere += n;
            }
        }
        return new Part(expected, words, elsewhere);
    }

    /**
     * Complaints expected over the horizon at the observed pace, damped: the pace is measured over at
     * least {@link SystemicCosts#minPaceDays()}, and assumed to halve every {@link SystemicCosts#halfLifeDays()}, so a burst does not
     * become a year of complaints at the rate of its worst week.
     */
    private Part pace(int complaints, Problem problem) {
        if (complaints == 0) {
            return new Part(BigDecimal.ZERO, List.of(), 0);
        }
        long span = java.time.Duration.between(problem.from(), problem.to()).toDays();
        long days = Math.max(costs.minPaceDays(), span);
        double perDay = (double) complaints / days;
        double h = costs.halfLifeDays();
        double horizonEquivalent = h / Math.log(2) * (1 - Math.pow(2, -(double) costs.horizonDays() / h));
        BigDecimal expected = BigDecimal.valueOf(perDay * horizonEquivalent).setScale(8, RoundingMode.HALF_EVEN);
        String words = complaints + " complaints in " + (span < costs.minPaceDays() ? span + " days, counted as " + days
                + " (a pace is measured over at least " + costs.minPaceDays() + " days)" : days + " days") + " = "
                + BigDecimal.valueOf(perDay).setScale(2, RoundingMode.HALF_EVEN) + " a day, assumed to halve every "
                + costs.halfLifeDays() + " days: " + expected.setScale(1, RoundingMode.HALF_EVEN) + " more in " + costs.horizonDays() + " days";
        return new Part(expected, List.of(words), 0);
    }

    /**
     * The corrective action on file that already carries out this option for the problem, or null: a
     * containment recorded by an action on the problem's defect in one of its views' scopes (STOCK_HOLD);
     * an action on its supplier or lot (SUPPLIER_CORRECTIVE_ACTION_REQUEST); an action on its line, SKU
     * or batch (PROCESS_CHANGE). Of several, the latest; a later action on the same scope supersedes.
     */
    static CorrectiveAction inPlace(Problem problem, SystemicActionType type, List<CorrectiveAction> actions) {
        CorrectiveAction latest = null;
        for (CorrectiveAction action : actions) {
            if (problem.defect() == null || !problem.defect().equals(action.defect()) || !covers(action, problem)) {
                continue;
            }
            boolean does = switch (type) {
                case STOCK_HOLD -> !action.containment().isEmpty();
                case SUPPLIER_CORRECTIVE_ACTION_REQUEST -> action.scope() == ActionScope.SUPPLIER
                        || action.scope() == ActionScope.MATERIAL_LOT;
                case PROCESS_CHANGE -> action.scope() == ActionScope.PRODUCT_LINE
                        || action.scope() == ActionScope.SKU
                        || action.scope() == ActionScope.BATCH;
                default -> false;
            };
            if (does && (latest == null || action.effectiveFrom().isAfter(latest.effectiveFrom()))) {
                latest = action;
            }
        }
        return latest;
    }

    /** Whether the action's scope and key are those of one of the problem's views. */
    private static boolean covers(CorrectiveAction action, Problem problem) {
        if (action.scope() == ActionScope.SKU) {
            return false; // no finding is kept per SKU
        }
        String prefix = action.scope().name() + "/" + action.key() + "/" + action.defect() + "/";
        for (String findingId : problem.findingIds()) {
            if (findingId.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }
}
