package io.welt.complaints.rules;

import io.welt.complaints.model.Effort;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.SystemicOption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cost table of the options put to management, and how a finding's figures are worked out.
 * Policy data: a company replaces any entry with {@link #with}.
 *
 * <p>Cost of doing nothing = expected complaints x cost per complaint. For a batch or a lot of known
 * size, expected complaints = observed rate (complaints / units made) x units still to sell; for a
 * product line, a supplier, or stock of unknown size, they are the observed pace (complaints per day
 * over the finding's span, at least a week) kept up over {@link #horizonDays()}. Benefit = the
 * option's expected reduction x that cost. Payback = cost / benefit x horizon.
 */
public final class SystemicCosts {

    /**
     * One option's figures.
     *
     * @param fixedCost    what it costs to do
     * @param reduction    the share of future complaints it is expected to prevent (0 to 1)
     * @param leadTimeDays how long until it takes effect
     * @param effort       how much work it is
     */
    public record Entry(BigDecimal fixedCost, BigDecimal reduction, int leadTimeDays, Effort effort) {
        public Entry {
            Objects.requireNonNull(fixedCost, "fixedCost");
            Objects.requireNonNull(reduction, "reduction");
            Objects.requireNonNull(effort, "effort");
            if (fixedCost.signum() < 0 || reduction.signum() < 0 || reduction.compareTo(BigDecimal.ONE) > 0 || leadTimeDays < 0) {
                throw new IllegalArgumentException("need cost >= 0, 0 <= reduction <= 1, lead time >= 0; was "
                        + fixedCost + ", " + reduction + ", " + leadTimeDays);
            }
        }
    }

    /** A pace is never measured over fewer days than this, so three complaints in an hour do not make thousands. */
    private static final long MIN_PACE_DAYS = 7;

    /** Illustrative figures in GBP; replace them with your own. */
    public static final SystemicCosts DEFAULTS = new SystemicCosts(defaultEntries(), 365, new BigDecimal("0.50"), 1000,
            new BigDecimal("4.00"), 90, 30);

    private final Map<SystemicActionType, Entry> entries;
    private final int horizonDays;
    private final BigDecimal remainingShare;
    private final long defaultExposureUnits;
    private final BigDecimal recallCostPerUnit;
    private final int halfLifeDays;
    private final int minPaceDays;

    private SystemicCosts(Map<SystemicActionType, Entry> entries, int horizonDays, BigDecimal remainingShare,
                          long defaultExposureUnits, BigDecimal recallCostPerUnit, int halfLifeDays, int minPaceDays) {
        if (halfLifeDays <= 0 || minPaceDays <= 0) {
            throw new IllegalArgumentException("need halfLifeDays > 0 and minPaceDays > 0, was " + halfLifeDays + ", "
                    + minPaceDays);
        }
        this.halfLifeDays = halfLifeDays;
        this.minPaceDays = minPaceDays;
        for (SystemicActionType type : SystemicActionType.values()) {
            Objects.requireNonNull(entries.get(type), "no cost entry for " + type);
        }
        if (horizonDays <= 0 || defaultExposureUnits <= 0 || remainingShare.signum() < 0
                || remainingShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("need horizonDays > 0, defaultExposureUnits > 0, 0 <= remainingShare <= 1");
        }
        this.entries = Map.copyOf(entries);
        this.horizonDays = horizonDays;
        this.remainingShare = remainingShare;
        this.defaultExposureUnits = defaultExposureUnits;
        this.recallCostPerUnit = recallCostPerUnit;
    }

    private static Map<SystemicActionType, Entry> defaultEntries() {
        Map<SystemicActionType, Entry> map = new EnumMap<>(SystemicActionType.class);
        // Doing nothing costs nothing to do: its cost is the complaints that keep coming, worked out per problem.
        map.put(SystemicActionType.MONITOR, new Entry(BigDecimal.ZERO, BigDecimal.ZERO, 0, Effort.LOW));
        map.put(SystemicActionType.STOCK_HOLD, new Entry(new BigDecimal("250"), new BigDecimal("0.50"), 1, Effort.LOW));
        map.put(SystemicActionType.INSPECTION_INCREASE, new Entry(new BigDecimal("1200"), new BigDecimal("0.40"), 7, Effort.MEDIUM));
        map.put(SystemicActionType.SUPPLIER_CORRECTIVE_ACTION_REQUEST, new Entry(new BigDecimal("600"), new BigDecimal("0.60"), 30, Effort.MEDIUM));
        map.put(SystemicActionType.PROCESS_CHANGE, new Entry(new BigDecimal("2500"), new BigDecimal("0.70"), 21, Effort.MEDIUM));
        map.put(SystemicActionType.DESIGN_CHANGE, new Entry(new BigDecimal("8000"), new BigDecimal("0.80"), 60, Effort.HIGH));
        map.put(SystemicActionType.LABELLING_CHANGE, new Entry(new BigDecimal("900"), new BigDecimal("0.30"), 14, Effort.LOW));
        map.put(SystemicActionType.RECALL, new Entry(new BigDecimal("15000"), new BigDecimal("0.95"), 7, Effort.HIGH));
        return map;
    }

    /** A cost table with this entry replaced. */
    public SystemicCosts with(SystemicActionType type, Entry entry) {
        Map<SystemicActionType, Entry> copy = new EnumMap<>(entries);
        copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(entry, "entry"));
        return new SystemicCosts(copy, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit, halfLifeDays,
                minPaceDays);
    }

    /** A cost table with these forecasting assumptions. */
    public SystemicCosts withForecast(int horizonDays, BigDecimal remainingShare, long defaultExposureUnits) {
        return new SystemicCosts(entries, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit, halfLifeDays,
                minPaceDays);
    }

    /**
     * A cost table that damps a forecast from the observed pace this way: the pace is measured over at
     * least {@code minPaceDays} (a burst of three complaints in a day is not three a day), and is assumed
     * to halve every {@code halfLifeDays} (a problem noticed fades as stock turns over and people act).
     */
    public SystemicCosts withDamping(int halfLifeDays, int minPaceDays) {
        return new SystemicCosts(entries, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit, halfLifeDays,
                minPaceDays);
    }

    /**
     * A cost table in which a recall costs this much per unit sold on top of its fixed cost (default 4.00).
     *
     * @param costPerUnit the cost per unit, not negative
     * @throws NullPointerException when {@code costPerUnit} is null
     * @throws IllegalArgumentException when it is negative
     */
    public SystemicCosts withRecallCostPerUnit(BigDecimal costPerUnit) {
        Objects.requireNonNull(costPerUnit, "recallCostPerUnit");
        if (costPerUnit.signum() < 0) {
            throw new IllegalArgumentException("recallCostPerUnit must not be negative, was " + costPerUnit);
        }
        return new SystemicCosts(entries, horizonDays, remainingShare, defaultExposureUnits, costPerUnit, halfLifeDays,
                minPaceDays);
    }

    /** What a recall costs per unit sold, on top of its fixed cost (default 4.00). */
    public BigDecimal recallCostPerUnit() {
        return recallCostPerUnit;
    }

    /** The units assumed sold when a recall's problem names no batch of known size (default 1000). */
    public long defaultExposureUnits() {
        return defaultExposureUnits;
    }

    /** A forecast's pace halves every this many days (default 90). */
    public int halfLifeDays() {
        return halfLifeDays;
    }

    /** A pace is measured over at least this many days (default 30). */
    public int minPaceDays() {
        return minPaceDays;
    }

    /** The share of a batch assumed still unsold when its stock is not known (default 0.50). */
    public BigDecimal remainingShare() {
        return remainingShare;
    }

    public Entry entry(SystemicActionType type) {
        return entries.get(type);
    }

    /** The period over which benefits are counted (default 365 days). */
    public int horizonDays() {
        return horizonDays;
    }

    /** The figures of one option for one finding, with {@code why} it applies leading the reason. */
    public SystemicOption assess(RepeatFinding finding, SystemicActionType type, Catalogue catalogue,
                                 RemedyCosts remedyCosts, String rule, String why) {
        // One session has one policy, so the finding alone keys its figures.
        Economics economics = catalogue.memo(finding, () -> economics(finding, catalogue, remedyCosts));
        long exposure = economics.exposure();
        BigDecimal costPerComplaint = economics.costPerComplaint();
        BigDecimal doNothing = economics.doNothing();
        String basis = economics.basis();

        Entry entry = entries.get(type);
        BigDecimal cost = entry.fixedCost();
        if (type == SystemicActionType.RECALL) {
            long sold = exposure > 0 ? exposure : defaultExposureUnits;
            cost = cost.add(recallCostPerUnit.multiply(remainingShare.negate().add(BigDecimal.ONE)
                    .multiply(BigDecimal.valueOf(sold))));
        }
        BigDecimal benefit = entry.reduction().multiply(doNothing).setScale(2, RoundingMode.HALF_EVEN);
        Integer payback = benefit.signum() <= 0 ? null
                : cost.multiply(BigDecimal.valueOf(horizonDays)).divide(benefit, 0, RoundingMode.CEILING).intValueExact();
        Money costMoney = new Money(cost, remedyCosts.currency());
        Money benefitMoney = new Money(benefit, remedyCosts.currency());
        String reason = why + ". Doing nothing: " + basis + " x " + costPerComplaint
                + " per complaint = " + doNothing + "; " + type + " prevents "
                + entry.reduction().movePointRight(2).stripTrailingZeros().toPlainString() + "% of it for " + costMoney
                + (payback == null ? ", and never pays back" : ", paying back in " + payback + " days");
        return new SystemicOption(finding.id(), type, costMoney, benefitMoney, entry.leadTimeDays(), entry.effort(),
                payback, null, false, rule, reason);
    }

    /** What doing nothing about one finding costs: the part all its options share. */
    private record Economics(long exposure, BigDecimal costPerComplaint, BigDecimal doNothing, String basis) {
    }

    private Economics economics(RepeatFinding finding, Catalogue catalogue, RemedyCosts remedyCosts) {
        Catalogue.Tally tally = catalogue.tally(finding, remedyCosts);
        long exposure = tally.exposure();
        BigDecimal perComplaint = tally.remedyCost();
        int priced = tally.priced();
        BigDecimal costPerComplaint = priced == 0 ? remedyCosts.perComplaint(null, null).amount()
                : perComplaint.divide(BigDecimal.valueOf(priced), 2, RoundingMode.HALF_EVEN);
        // A batch or a lot is a finite stock: what is left of it will fail at the observed rate. A
        // product line, a supplier, or stock of unknown size goes on selling: it will fail at the
        // observed pace over the horizon.
        boolean finite = exposure > 0 && (finding.scope() == FindingScope.BATCH || finding.scope() == FindingScope.MATERIAL_LOT);
        BigDecimal expected;
        String basis;
        if (finite) {
            BigDecimal toSell = remainingShare.multiply(BigDecimal.valueOf(exposure));
            BigDecimal rate = BigDecimal.valueOf(finding.size()).divide(BigDecimal.valueOf(exposure), 8, RoundingMode.HALF_EVEN);
            expected = rate.multiply(toSell);
            basis = finding.size() + " complaints in " + exposure + " units x " + toSell.setScale(0, RoundingMode.HALF_EVEN)
                    + " units still to sell";
        } else {
            long days = Math.max(MIN_PACE_DAYS, java.time.Duration.between(finding.from(), finding.to()).toDays());
            expected = BigDecimal.valueOf(finding.size()).multiply(BigDecimal.valueOf(horizonDays))
                    .divide(BigDecimal.valueOf(days), 8, RoundingMode.HALF_EVEN);
            basis = finding.size() + " complaints in " + days + " days, kept up for " + horizonDays + " days ("
                    + expected.setScale(0, RoundingMode.HALF_EVEN) + " complaints)";
        }
        BigDecimal doNothing = expected.multiply(costPerComplaint).setScale(2, RoundingMode.HALF_EVEN);

        return new Economics(exposure, costPerComplaint, doNothing, basis);
    }


    // ---- per problem, against the baseline of doing nothing ----

    /**
     * The figures of one option for one problem, against doing nothing ({@code MONITOR}). Doing
     * nothing costs the complaints expected over the horizon; an option's benefit is the share of that
     * it prevents, its net benefit that saving less what it costs, and its payback the days its saving
     * takes to repay its cost, or null when that is beyond the horizon. An option an action on file
     * already carries out is marked in place.
     *
     * @param problem     the problem
     * @param type        the option
     * @param catalogue   the log's master data and the actions on file
     * @param remedyCosts what a complaint costs to put right
     * @param rule        the rule that proposes it
     * @param why         why it applies, in words; leads the reason
     * @param safetyFirst whether it goes first whatever it costs (containment for a CRITICAL complaint)
     */
    public SystemicOption assess(io.welt.complaints.model.Problem problem, SystemicActionType type, Catalogue catalogue,
                                 RemedyCosts remedyCosts, String rule, String why, boolean safetyFirst) {
        Forecast forecast = catalogue.memo(problem, () -> forecast(problem, catalogue, remedyCosts));
        java.util.Currency currency = remedyCosts.currency();
        String baseline = "Doing nothing: " + forecast.basis() + " = " + forecast.expected().setScale(1, RoundingMode.HALF_EVEN)
                + " complaints x " + forecast.costPerComplaint() + " per complaint = " + forecast.doNothing() + " over "
                + horizonDays + " days";
        if (type == SystemicActionType.MONITOR) {
            return new SystemicOption(problem.id(), type, new Money(forecast.doNothing(), currency), Money.zero(currency), 0,
                    Effort.LOW, null, null, false, rule, why + ". " + baseline
                    + "; every other option's benefit is what it saves against this");
        }
        io.welt.complaints.model.CorrectiveAction inPlace = inPlace(problem, type, catalogue);
        String placed = inPlace == null ? "" : ". In place: " + inPlace.id() + " since " + inPlace.effectiveFrom()
                + (inPlace.containment().isEmpty() ? "" : " (" + String.join("; ", inPlace.containment()) + ")")
                + ", so it is marked, not proposed";
        Entry entry = entries.get(type);
        BigDecimal cost = entry.fixedCost();
        if (type == SystemicActionType.RECALL) {
            long sold = forecast.unitsSold() > 0 ? forecast.unitsSold() : defaultExposureUnits;
            cost = cost.add(recallCostPerUnit.multiply(BigDecimal.valueOf(sold)));
        }
        // A stock hold stops only what the held stock would still cause.
        boolean held = type == SystemicActionType.STOCK_HOLD && !forecast.stockBasis().equals(forecast.basis());
        BigDecimal base = held ? forecast.stockDoNothing() : forecast.doNothing();
        BigDecimal benefit = entry.reduction().multiply(base).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal net = benefit.subtract(cost);
        Integer payback = null;
        if (benefit.signum() > 0) {
            BigDecimal days = cost.multiply(BigDecimal.valueOf(horizonDays)).divide(benefit, 0, RoundingMode.CEILING);
            if (days.compareTo(BigDecimal.valueOf(horizonDays)) <= 0) {
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
                + (payback == null ? ", and does not pay back within " + horizonDays + " days"
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

    private Forecast forecast(io.welt.complaints.model.Problem problem, Catalogue catalogue, RemedyCosts remedyCosts) {
        List<io.welt.complaints.model.Complaint> members = new java.util.ArrayList<>();
        for (String id : problem.complaintIds()) {
            io.welt.complaints.model.Complaint complaint = catalogue.complaint(id);
            if (complaint != null) {
                members.add(complaint);
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (io.welt.complaints.model.Complaint complaint : members) {
            sum = sum.add(catalogue.remedyCostOf(complaint, remedyCosts).amount());
        }
        BigDecimal costPerComplaint = members.isEmpty() ? remedyCosts.perComplaint(null, null).amount()
                : sum.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_EVEN);
        long unitsSold = 0;
        for (String id : problem.batchIds()) {
            io.welt.complaints.model.Batch batch = catalogue.batch(id);
            if (batch != null && batch.unitsSold() != null) {
                unitsSold += batch.unitsSold();
            } else if (batch != null && batch.hasQuantity()) {
                unitsSold += Math.round(batch.quantity() * (1 - remainingShare.doubleValue()));
            }
        }

        // A batch or a lot is finite: what can still fail is its stock. A line, a supplier, a last goes on
        // making: it fails at the observed pace, damped.
        boolean finite = problem.sourceScope() == FindingScope.BATCH || problem.sourceScope() == FindingScope.MATERIAL_LOT;
        Part whole;
        if (finite) {
            Part stock = stock(problem.batchIds(), members, catalogue);
            Part rest = pace(stock.unexplained(), problem);
            List<String> words = new java.util.ArrayList<>(stock.words());
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
            Part held = stock(problem.batchIds(), members, catalogue);
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
    private Part stock(List<String> batchIds, List<io.welt.complaints.model.Complaint> members, Catalogue catalogue) {
        Map<String, Integer> onBatch = new java.util.TreeMap<>();
        for (String id : batchIds) {
            onBatch.put(id, 0);
        }
        int elsewhere = 0;
        for (io.welt.complaints.model.Complaint complaint : members) {
            if (complaint.getBatchId() != null && onBatch.containsKey(complaint.getBatchId())) {
                onBatch.merge(complaint.getBatchId(), 1, Integer::sum);
            } else {
                elsewhere++;
            }
        }
        BigDecimal expected = BigDecimal.ZERO;
        List<String> words = new java.util.ArrayList<>();
        for (Map.Entry<String, Integer> e : onBatch.entrySet()) {
            io.welt.complaints.model.Batch batch = catalogue.batch(e.getKey());
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
                BigDecimal toSell = remainingShare.multiply(BigDecimal.valueOf(batch.quantity()));
                BigDecimal sold = BigDecimal.valueOf(batch.quantity()).subtract(toSell).max(BigDecimal.ONE);
                BigDecimal more = BigDecimal.valueOf(n).multiply(toSell).divide(sold, 8, RoundingMode.HALF_EVEN);
                expected = expected.add(more);
                words.add(batch.id() + ": sales and stock not known, so " + remainingShare.movePointRight(2)
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
     * least {@link #minPaceDays()}, and assumed to halve every {@link #halfLifeDays()}, so a burst does not
     * become a year of complaints at the rate of its worst week.
     */
    private Part pace(int complaints, io.welt.complaints.model.Problem problem) {
        if (complaints == 0) {
            return new Part(BigDecimal.ZERO, List.of(), 0);
        }
        long span = java.time.Duration.between(problem.from(), problem.to()).toDays();
        long days = Math.max(minPaceDays, span);
        double perDay = (double) complaints / days;
        double h = halfLifeDays;
        double horizonEquivalent = h / Math.log(2) * (1 - Math.pow(2, -(double) horizonDays / h));
        BigDecimal expected = BigDecimal.valueOf(perDay * horizonEquivalent).setScale(8, RoundingMode.HALF_EVEN);
        String words = complaints + " complaints in " + (span < minPaceDays ? span + " days, counted as " + days
                + " (a pace is measured over at least " + minPaceDays + " days)" : days + " days") + " = "
                + BigDecimal.valueOf(perDay).setScale(2, RoundingMode.HALF_EVEN) + " a day, assumed to halve every "
                + halfLifeDays + " days: " + expected.setScale(1, RoundingMode.HALF_EVEN) + " more in " + horizonDays + " days";
        return new Part(expected, List.of(words), 0);
    }

    /**
     * The corrective action on file that already carries out this option for the problem, or null: a
     * containment recorded by an action on the problem's defect in one of its views' scopes (STOCK_HOLD);
     * an action on its supplier or lot (SUPPLIER_CORRECTIVE_ACTION_REQUEST); an action on its line, SKU
     * or batch (PROCESS_CHANGE). Of several, the latest; a later action on the same scope supersedes.
     */
    static io.welt.complaints.model.CorrectiveAction inPlace(io.welt.complaints.model.Problem problem,
                                                             SystemicActionType type, Catalogue catalogue) {
        io.welt.complaints.model.CorrectiveAction latest = null;
        for (io.welt.complaints.model.CorrectiveAction action : catalogue.actions()) {
            if (problem.defect() == null || !problem.defect().equals(action.defect()) || !covers(action, problem)) {
                continue;
            }
            boolean does = switch (type) {
                case STOCK_HOLD -> !action.containment().isEmpty();
                case SUPPLIER_CORRECTIVE_ACTION_REQUEST -> action.scope() == io.welt.complaints.model.ActionScope.SUPPLIER
                        || action.scope() == io.welt.complaints.model.ActionScope.MATERIAL_LOT;
                case PROCESS_CHANGE -> action.scope() == io.welt.complaints.model.ActionScope.PRODUCT_LINE
                        || action.scope() == io.welt.complaints.model.ActionScope.SKU
                        || action.scope() == io.welt.complaints.model.ActionScope.BATCH;
                default -> false;
            };
            if (does && (latest == null || action.effectiveFrom().isAfter(latest.effectiveFrom()))) {
                latest = action;
            }
        }
        return latest;
    }

    /** Whether the action's scope and key are those of one of the problem's views. */
    private static boolean covers(io.welt.complaints.model.CorrectiveAction action, io.welt.complaints.model.Problem problem) {
        if (action.scope() == io.welt.complaints.model.ActionScope.SKU) {
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
