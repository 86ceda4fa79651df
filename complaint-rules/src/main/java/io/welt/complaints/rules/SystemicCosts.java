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
            new BigDecimal("4.00"));

    private final Map<SystemicActionType, Entry> entries;
    private final int horizonDays;
    private final BigDecimal remainingShare;
    private final long defaultExposureUnits;
    private final BigDecimal recallCostPerUnit;

    private SystemicCosts(Map<SystemicActionType, Entry> entries, int horizonDays, BigDecimal remainingShare,
                          long defaultExposureUnits, BigDecimal recallCostPerUnit) {
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
        return new SystemicCosts(copy, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit);
    }

    /** A cost table with these forecasting assumptions. */
    public SystemicCosts withForecast(int horizonDays, BigDecimal remainingShare, long defaultExposureUnits) {
        return new SystemicCosts(entries, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit);
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
                payback, rule, reason);
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

}
