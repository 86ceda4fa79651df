package io.welt.complaints.rules.policy;

import io.welt.complaints.model.Effort;
import io.welt.complaints.model.SystemicActionType;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cost table of the options put to management: what each costs, how much of the complaints still to
 * come it prevents, how long it takes and how much work it is; and the assumptions a forecast of doing
 * nothing rests on (horizon, the share of a batch still unsold, damping). Policy data: a company replaces
 * any entry with {@link #with}. {@link io.welt.complaints.rules.facts.OptionCosting} works a problem's
 * figures out from it:
 *
 * <p>Cost of doing nothing = expected complaints x cost per complaint. For a batch or a lot, expected
 * complaints = complaints per unit sold x units still in stock; for a product line, a supplier, or stock
 * of unknown size, the observed pace (over at least {@link #minPaceDays()}), assumed to halve every
 * {@link #halfLifeDays()}, over {@link #horizonDays()}. Benefit = the option's expected reduction x that
 * cost. Payback = cost / benefit x horizon, when within the horizon.
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
        /**
         * Checks the values.
         *
         * @param fixedCost what it costs to do
         * @param reduction the share of future complaints it is expected to prevent (0 to 1)
         * @param leadTimeDays how long until it takes effect
         * @param effort how much work it is
         * @throws NullPointerException when a required value is null; the message names it
         * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
         *   message starts with the field's name
         */
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

    /**
     * A cost table with this entry replaced.
     *
     * @param type the kind of option, e.g. STOCK_HOLD
     * @param entry its cost, reduction, lead time and effort
     * @return the new table; this one is unchanged
     */
    public SystemicCosts with(SystemicActionType type, Entry entry) {
        Map<SystemicActionType, Entry> copy = new EnumMap<>(entries);
        copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(entry, "entry"));
        return new SystemicCosts(copy, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit, halfLifeDays,
                minPaceDays);
    }

    /**
     * A cost table with these forecasting assumptions.
     *
     * @param horizonDays the period over which benefits are counted (default 365)
     * @param remainingShare the share of a batch assumed unsold when its stock is not known (default 0.50)
     * @param defaultExposureUnits the units assumed sold when a recall names no batch of known size (default
     *   1000)
     * @return the new table; this one is unchanged
     */
    public SystemicCosts withForecast(int horizonDays, BigDecimal remainingShare, long defaultExposureUnits) {
        return new SystemicCosts(entries, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit, halfLifeDays,
                minPaceDays);
    }

    /**
     * A cost table that damps a forecast from the observed pace this way: the pace is measured over at
     * least {@code minPaceDays} (a burst of three complaints in a day is not three a day), and is assumed
     * to halve every {@code halfLifeDays} (a problem noticed fades as stock turns over and people act).
     *
     * @param halfLifeDays the days in which the pace halves (default 90)
     * @param minPaceDays the fewest days a pace is measured over (default 30)
     * @return the new table; this one is unchanged
     */
    public SystemicCosts withDamping(int halfLifeDays, int minPaceDays) {
        return new SystemicCosts(entries, horizonDays, remainingShare, defaultExposureUnits, recallCostPerUnit, halfLifeDays,
                minPaceDays);
    }

    /**
     * A forecast's pace halves every this many days (default 90).
     *
     * @return the half-life, in days
     */
    public int halfLifeDays() {
        return halfLifeDays;
    }

    /**
     * A pace is measured over at least this many days (default 30).
     *
     * @return the days
     */
    public int minPaceDays() {
        return minPaceDays;
    }

    /**
     * The share of a batch assumed still unsold when its stock is not known (default 0.50).
     *
     * @return the share, between 0 and 1
     */
    public BigDecimal remainingShare() {
        return remainingShare;
    }

    /**
     * The costs of one kind of option: what it costs to do, the share of future complaints it prevents,
     * its lead time and its effort.
     *
     * @param type the kind of option
     * @return its entry, or null when the table has none
     */
    public Entry entry(SystemicActionType type) {
        return entries.get(type);
    }

    /**
     * The period over which benefits are counted (default 365 days).
     *
     * @return the horizon, in days
     */
    public int horizonDays() {
        return horizonDays;
    }

    /**
     * A cost table in which a recall costs this much per unit sold on top of its fixed cost (default 4.00).
     *
     * @param costPerUnit the cost per unit, not negative
     * @throws NullPointerException when {@code costPerUnit} is null
     * @throws IllegalArgumentException when it is negative
     * @return the new table; this one is unchanged
     */
    public SystemicCosts withRecallCostPerUnit(BigDecimal costPerUnit) {
        Objects.requireNonNull(costPerUnit, "recallCostPerUnit");
        if (costPerUnit.signum() < 0) {
            throw new IllegalArgumentException("recallCostPerUnit must not be negative, was " + costPerUnit);
        }
        return new SystemicCosts(entries, horizonDays, remainingShare, defaultExposureUnits, costPerUnit, halfLifeDays,
                minPaceDays);
    }

    /**
     * What a recall costs per unit sold, on top of its fixed cost (default 4.00).
     *
     * @return the cost per unit, in the costs' currency
     */
    public BigDecimal recallCostPerUnit() {
        return recallCostPerUnit;
    }

    /**
     * The units assumed sold when a recall's problem names no batch of known size (default 1000).
     *
     * @return the number of units
     */
    public long defaultExposureUnits() {
        return defaultExposureUnits;
    }
}
