package io.welt.complaints.rules.policy;

import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Severity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every threshold, window and target the standard rules use. The rules read them from this fact;
 * no number of the policy is written into a rule. Immutable and thread-safe.
 *
 * <pre>{@code
 * Policy strict = Policy.defaults().toBuilder()
 *         .productLineRepeat(2, Duration.ofDays(14))
 *         .acknowledgementTarget(Duration.ofHours(8))
 *         .build();
 * }</pre>
 */
public final class Policy {

    private static final Policy DEFAULTS = new Builder().build();

    private final long earlyFailureDays;
    private final int productLineMinComplaints;
    private final Duration productLineWindow;
    private final int batchMinComplaints;
    private final double batchRatePercent;
    private final int batchRateMinComplaints;
    private final int supplierMinProductLines;
    private final Duration supplierWindow;
    private final int customerMinComplaints;
    private final Duration customerWindow;
    private final int largeFindingSize;
    private final Duration findingQuietPeriod;
    private final Map<Severity, EscalationLevel> levelBySeverity;
    private final Map<EscalationLevel, Duration> responseTimes;
    private final Duration acknowledgementTarget;
    private final Map<Severity, Duration> resolutionTargets;
    private final int warningPercent;
    private final BusinessCalendar calendar;
    private final ConsumerRights consumerRights;
    private final RemedyCosts remedyCosts;
    private final SystemicCosts systemicCosts;
    private final Duration recurrenceLag;
    private final long minRevisedUnits;
    private final int sizeMinComplaints;
    private final int sizeMinSkus;
    private final Duration sizeWindow;
    private final java.math.BigDecimal aql;
    private final SafetyRegime safetyRegime;
    private final Duration safetyWindow;
    private final Duration containmentTime;
    private final Duration stockCheckTime;
    private final EscalationChain qualityChain;
    private final EscalationChain serviceChain;
    private final EscalationLevel brokenPromiseLevel;

    private Policy(Builder b) {
        this.earlyFailureDays = positive(b.earlyFailureDays, "earlyFailureDays");
        this.productLineMinComplaints = (int) positive(b.productLineMinComplaints, "productLineMinComplaints");
        this.productLineWindow = positive(b.productLineWindow, "productLineWindow");
        this.batchMinComplaints = (int) positive(b.batchMinComplaints, "batchMinComplaints");
        if (!(b.batchRatePercent > 0 && b.batchRatePercent <= 100)) {
            throw new IllegalArgumentException("batchRatePercent must be in (0, 100], was " + b.batchRatePercent);
        }
        this.batchRatePercent = b.batchRatePercent;
        this.batchRateMinComplaints = (int) positive(b.batchRateMinComplaints, "batchRateMinComplaints");
        this.supplierMinProductLines = (int) positive(b.supplierMinProductLines, "supplierMinProductLines");
        this.supplierWindow = positive(b.supplierWindow, "supplierWindow");
        this.customerMinComplaints = (int) positive(b.customerMinComplaints, "customerMinComplaints");
        this.customerWindow = positive(b.customerWindow, "customerWindow");
        this.largeFindingSize = (int) positive(b.largeFindingSize, "largeFindingSize");
        this.findingQuietPeriod = positive(b.findingQuietPeriod, "findingQuietPeriod");
        this.levelBySeverity = complete(b.levelBySeverity, Severity.class, "levelBySeverity");
        this.responseTimes = Map.copyOf(b.responseTimes);
        for (EscalationLevel level : EscalationLevel.values()) {
            if (level != EscalationLevel.FRONTLINE) {
                positive(responseTimes.get(level), "responseTime of " + level);
            }
        }
        this.acknowledgementTarget = positive(b.acknowledgementTarget, "acknowledgementTarget");
        this.resolutionTargets = complete(b.resolutionTargets, Severity.class, "resolutionTargets");
        for (Severity severity : Severity.values()) { // in order, so that the message names the first
            Duration target = positive(resolutionTargets.get(severity), "resolutionTarget of " + severity);
            if (target.compareTo(acknowledgementTarget) < 0) {
                throw new IllegalArgumentException("resolutionTarget of " + severity + " (" + target
                        + ") must not be shorter than acknowledgementTarget (" + acknowledgementTarget
                        + "): a complaint is acknowledged before it is resolved");
            }
        }
        if (b.warningPercent < 1 || b.warningPercent > 99) {
            throw new IllegalArgumentException("warningPercent must be in [1, 99], was " + b.warningPercent);
        }
        this.warningPercent = b.warningPercent;
        this.calendar = Objects.requireNonNull(b.calendar, "calendar");
        this.consumerRights = Objects.requireNonNull(b.consumerRights, "consumerRights");
        this.remedyCosts = Objects.requireNonNull(b.remedyCosts, "remedyCosts");
        this.systemicCosts = Objects.requireNonNull(b.systemicCosts, "systemicCosts");
        this.recurrenceLag = Objects.requireNonNull(b.recurrenceLag, "recurrenceLag");
        if (recurrenceLag.isNegative()) {
            throw new IllegalArgumentException("recurrenceLag must not be negative, was " + recurrenceLag);
        }
        if (b.minRevisedUnits < 0) {
            throw new IllegalArgumentException("minRevisedUnits must not be negative, was " + b.minRevisedUnits);
        }
        this.minRevisedUnits = b.minRevisedUnits;
        this.sizeMinComplaints = (int) positive(b.sizeMinComplaints, "sizeMinComplaints");
        this.sizeMinSkus = (int) positive(b.sizeMinSkus, "sizeMinSkus");
        this.sizeWindow = positive(b.sizeWindow, "sizeWindow");
        this.aql = SamplingPlan.checkAql(b.aql);
        this.safetyRegime = Objects.requireNonNull(b.safetyRegime, "safetyRegime");
        this.safetyWindow = positive(b.safetyWindow, "safetyWindow");
        this.containmentTime = positive(b.containmentTime, "containmentTime");
        this.stockCheckTime = positive(b.stockCheckTime, "stockCheckTime");
        this.qualityChain = Objects.requireNonNull(b.qualityChain, "qualityChain");
        this.serviceChain = Objects.requireNonNull(b.serviceChain, "serviceChain");
        for (EscalationChain chain : List.of(qualityChain, serviceChain)) {
            for (EscalationLevel level : chain.levels()) {
                if (level != EscalationLevel.FRONTLINE) {
                    positive(responseTimes.get(level), "responseTime of " + level + " (in the " + chain.name() + ")");
                }
            }
        }
        this.brokenPromiseLevel = Objects.requireNonNull(b.brokenPromiseLevel, "brokenPromiseLevel");
        if (!serviceChain.levels().contains(brokenPromiseLevel) || brokenPromiseLevel == EscalationLevel.FRONTLINE) {
            throw new IllegalArgumentException("brokenPromiseLevel must be a level above FRONTLINE in the "
                    + serviceChain.name() + " " + serviceChain.levels() + ", was " + brokenPromiseLevel);
        }
    }

    private static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }

    private static Duration positive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }

    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> map, Class<K> type, String field) {
        for (K key : type.getEnumConstants()) {
            if (map.get(key) == null) {
                throw new IllegalArgumentException(field + " has no value for " + key);
            }
        }
        return Map.copyOf(map);
    }

    /**
     * The default policy: every figure as its accessor documents it (the README's rule table lists them).
     *
     * @return the default policy, shared and immutable
     */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder holding the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this policy's values, to change some of them.
     *
     * @return a new builder, independent of this policy
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.earlyFailureDays = earlyFailureDays;
        b.productLineMinComplaints = productLineMinComplaints;
        b.productLineWindow = productLineWindow;
        b.batchMinComplaints = batchMinComplaints;
        b.batchRatePercent = batchRatePercent;
        b.batchRateMinComplaints = batchRateMinComplaints;
        b.supplierMinProductLines = supplierMinProductLines;
        b.supplierWindow = supplierWindow;
        b.customerMinComplaints = customerMinComplaints;
        b.customerWindow = customerWindow;
        b.largeFindingSize = largeFindingSize;
        b.levelBySeverity.putAll(levelBySeverity);
        b.responseTimes.putAll(responseTimes);
        b.acknowledgementTarget = acknowledgementTarget;
        b.resolutionTargets.putAll(resolutionTargets);
        b.warningPercent = warningPercent;
        b.calendar = calendar;
        b.consumerRights = consumerRights;
        b.remedyCosts = remedyCosts;
        b.systemicCosts = systemicCosts;
        b.recurrenceLag = recurrenceLag;
        b.findingQuietPeriod = findingQuietPeriod;
        b.minRevisedUnits = minRevisedUnits;
        b.sizeMinComplaints = sizeMinComplaints;
        b.sizeMinSkus = sizeMinSkus;
        b.sizeWindow = sizeWindow;
        b.aql = aql;
        b.safetyRegime = safetyRegime;
        b.safetyWindow = safetyWindow;
        b.containmentTime = containmentTime;
        b.stockCheckTime = stockCheckTime;
        b.qualityChain = qualityChain;
        b.serviceChain = serviceChain;
        b.brokenPromiseLevel = brokenPromiseLevel;
        return b;
    }

    /**
     * A functional failure within this many days of purchase is HIGH (default 90).
     *
     * @return the days after purchase
     */
    public long earlyFailureDays() {
        return earlyFailureDays;
    }

    /**
     * Complaints of one product line and defect that make a finding (default 3)...
     *
     * @return the number of complaints
     */
    public int productLineMinComplaints() {
        return productLineMinComplaints;
    }

    /**
     * ...within this window (default 30 days).
     *
     * @return the window, in calendar time
     */
    public Duration productLineWindow() {
        return productLineWindow;
    }

    /**
     * Complaints of one batch and defect that make a finding, at any distance in time (default 2).
     *
     * @return the number of complaints
     */
    public int batchMinComplaints() {
        return batchMinComplaints;
    }

    /**
     * Complaints on one batch, of any defect, reaching this percentage of its quantity make a finding (default 1).
     *
     * @return the percentage of the batch's quantity
     */
    public double batchRatePercent() {
        return batchRatePercent;
    }

    /**
     * The fewest complaints the batch-rate rule accepts, however small the batch (default 2).
     *
     * @return the number of complaints
     */
    public int batchRateMinComplaints() {
        return batchRateMinComplaints;
    }

    /**
     * The complaints a batch of {@code quantity} units needs to reach the rate threshold.
     *
     * @param quantity the units made in the batch
     * @return the complaints needed: the rate's share of the quantity rounded up, at least {@link
     *   #batchRateMinComplaints()}
     */
    public int batchRateThreshold(int quantity) {
        int byRate = (int) Math.ceil(quantity * batchRatePercent / 100.0 - 1e-9);
        return Math.max(batchRateMinComplaints, byRate);
    }

    /**
     * Product lines one supplier or material lot must span for a finding (default 2)...
     *
     * @return the number of product lines
     */
    public int supplierMinProductLines() {
        return supplierMinProductLines;
    }

    /**
     * ...within this window (default 60 days).
     *
     * @return the window, in calendar time
     */
    public Duration supplierWindow() {
        return supplierWindow;
    }

    /**
     * Complaints of one customer that make a repeat contact (default 2)...
     *
     * @return the number of complaints
     */
    public int customerMinComplaints() {
        return customerMinComplaints;
    }

    /**
     * ...within this window (default 90 days).
     *
     * @return the window, in calendar time
     */
    public Duration customerWindow() {
        return customerWindow;
    }

    /**
     * A finding of at least this many complaints goes to senior management (default 10).
     *
     * @return the number of complaints
     */
    public int largeFindingSize() {
        return largeFindingSize;
    }

    /**
     * A finding without a new complaint for this long before the start of the assessment's day (UTC)
     * is quiet (default 180 days): it is still
     * reported, but neither escalated nor given options for management any more; the problem has
     * stopped showing, and a history of years would otherwise put every old pattern to management
     * again in each assessment. A batch's finding, which has no window, wakes when a new complaint
     * joins it; a windowed finding cannot grow across such a gap, so a new one starts instead.
     *
     * @return the quiet period (default 180 days)
     */
    public Duration findingQuietPeriod() {
        return findingQuietPeriod;
    }

    /**
     * The level a complaint of this severity goes to at once (CRITICAL: QUALITY_MANAGER, HIGH: TEAM_LEADER).
     *
     * @param severity the complaint's severity
     * @return the level; FRONTLINE (no escalation) for LOW and MEDIUM by default
     */
    public EscalationLevel levelFor(Severity severity) {
        return levelBySeverity.get(severity);
    }

    /**
     * How long a level has to respond once something is escalated to it.
     *
     * @param level an escalation level
     * @return the working time it has to respond
     */
    public Duration responseTime(EscalationLevel level) {
        return level == EscalationLevel.FRONTLINE ? acknowledgementTarget : responseTimes.get(level);
    }

    /**
     * An escalation of a target to a level, raised at {@code raised} and due when the level's
     * {@link #responseTime response time} has run in the policy's {@link #calendar() calendar}: how every
     * standard escalation rule says what it concludes.
     *
     * @param type   what is escalated (a complaint, finding, problem or corrective action)
     * @param id     its id
     * @param level  to whom
     * @param raised when it was raised
     * @param rule   the rule that raises it
     * @param reason why, in words
     * @return the escalation, due within the level's response time
     * @throws NullPointerException if {@code raised} or {@code level} is null, or the escalation rejects a null
     */
    public io.welt.complaints.model.Escalation escalate(io.welt.complaints.model.TargetType type, String id,
                                                       EscalationLevel level, java.time.Instant raised, String rule,
                                                       String reason) {
        return new io.welt.complaints.model.Escalation(type, id, level, raised,
                calendar.plus(raised, responseTime(level)), rule, reason);
    }

    /**
     * A complaint must be acknowledged within this working time (default 24 hours).
     *
     * @return the target, in working time
     */
    public Duration acknowledgementTarget() {
        return acknowledgementTarget;
    }

    /**
     * A complaint of this severity must be resolved within this working time (HIGH and CRITICAL 5 days, else 10).
     *
     * @param severity the complaint's severity
     * @return the target, in working time
     */
    public Duration resolutionTarget(Severity severity) {
        return resolutionTargets.get(severity);
    }

    /**
     * A target with at least this share of its time used, and not yet met, is warned about (default 80).
     *
     * @return the percentage of a target's time
     */
    public int warningPercent() {
        return warningPercent;
    }

    /**
     * When service-level clocks run (default office hours in England and Wales, without bank holidays:
     * {@link BusinessCalendar#englandAndWales()}).
     *
     * @return the calendar of working hours and holidays
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The law on remedies the immediate options follow (default the UK Consumer Rights Act 2015).
     *
     * @return the consumer-rights shape: its periods and the law it names
     */
    public ConsumerRights consumerRights() {
        return consumerRights;
    }

    /**
     * What each remedy costs the business.
     *
     * @return the remedy cost table
     */
    public RemedyCosts remedyCosts() {
        return remedyCosts;
    }

    /**
     * The cost table and forecasting assumptions of the options put to management.
     *
     * @return the systemic cost table
     */
    public SystemicCosts systemicCosts() {
        return systemicCosts;
    }

    /**
     * A complaint with no known batch counts as a recurrence of a corrective action's problem only
     * when received this long after the action took effect (default 30 days): before, it may be old stock.
     *
     * @return the lag, in calendar time
     */
    public Duration recurrenceLag() {
        return recurrenceLag;
    }

    /**
     * Units a corrective action's revised batches must hold before no recurrence can mean it worked (default 100).
     *
     * @return the number of units
     */
    public long minRevisedUnits() {
        return minRevisedUnits;
    }

    /**
     * Fit complaints on one size of one last that make a SIZE finding (default 3).
     *
     * @return the number of complaints
     */
    public int sizeMinComplaints() {
        return sizeMinComplaints;
    }

    /**
     * The SKUs they must span, so that the last and not one SKU is in question (default 2).
     *
     * @return the number of SKUs
     */
    public int sizeMinSkus() {
        return sizeMinSkus;
    }

    /**
     * The window they must fall in (default 60 days).
     *
     * @return the window, in calendar time
     */
    public Duration sizeWindow() {
        return sizeWindow;
    }

    /**
     * The acceptance quality limit, in percent nonconforming, that samples of revised batches are
     * judged at (ISO 2859-1; default 1.0): one of {@link SamplingPlan#AQLS}.
     *
     * @return the AQL in percent
     */
    public java.math.BigDecimal aql() {
        return aql;
    }

    /**
     * The ISO 2859-1 plan for a revised batch of {@code lotSize} units at this policy's AQL.
     *
     * @param lotSize the units in the revised batch
     * @return the sample size and the acceptance and rejection numbers
     */
    public SamplingPlan samplingPlan(int lotSize) {
        return SamplingPlan.forLot(lotSize, aql);
    }

    /**
     * The product-safety law a notification decision follows (default the UK General Product Safety Regulations 2005).
     *
     * @return the safety regime
     */
    public SafetyRegime safetyRegime() {
        return safetyRegime;
    }

    /**
     * A second safety complaint on the same batch or product line within this window is a finding,
     * below the usual thresholds (default 90 days).
     *
     * @return the window, in calendar time
     */
    public Duration safetyWindow() {
        return safetyWindow;
    }

    /**
     * Working time in which a safety complaint's containment must be in place: the item kept for
     * testing, the batch and SKU quarantined, dispatch stopped (default 4 hours).
     *
     * @return the working time
     */
    public Duration containmentTime() {
        return containmentTime;
    }

    /**
     * Working time in which the quarantined stock must have been checked for the same failure (default 16 hours).
     *
     * @return the working time
     */
    public Duration stockCheckTime() {
        return stockCheckTime;
    }

    /**
     * The levels a product fault climbs (default FRONTLINE, TEAM_LEADER, QUALITY_MANAGER, SENIOR_MANAGEMENT).
     *
     * @return the quality chain
     */
    public EscalationChain qualityChain() {
        return qualityChain;
    }

    /**
     * The levels a service failure climbs (late delivery, wrong item, conduct, a broken promise; default
     * FRONTLINE, TEAM_LEADER, CUSTOMER_SERVICE_MANAGER, SENIOR_MANAGEMENT).
     *
     * @return the customer-service chain
     */
    public EscalationChain serviceChain() {
        return serviceChain;
    }

    /**
     * The chain a complaint of this category climbs: the customer-service chain for a service failure, else quality.
     *
     * @param category the complaint's defect category
     * @return the chain it climbs
     */
    public EscalationChain chainFor(io.welt.complaints.model.DefectCategory category) {
        return EscalationChain.isServiceFailure(category) ? serviceChain : qualityChain;
    }

    /**
     * Where a remedy promised and not delivered goes at once, in the customer-service chain (default TEAM_LEADER).
     *
     * @return the level
     */
    public EscalationLevel brokenPromiseLevel() {
        return brokenPromiseLevel;
    }

    /** Sets a policy's values; each method returns this builder. */
    public static final class Builder {
        private long earlyFailureDays = 90;
        private long productLineMinComplaints = 3;
        private Duration productLineWindow = Duration.ofDays(30);
        private long batchMinComplaints = 2;
        private double batchRatePercent = 1.0;
        private long batchRateMinComplaints = 2;
        private long supplierMinProductLines = 2;
        private Duration supplierWindow = Duration.ofDays(60);
        private long customerMinComplaints = 2;
        private Duration customerWindow = Duration.ofDays(90);
        private long largeFindingSize = 10;
        private Duration findingQuietPeriod = Duration.ofDays(180);
        private final Map<Severity, EscalationLevel> levelBySeverity = new EnumMap<>(Map.of(
                Severity.LOW, EscalationLevel.FRONTLINE,
                Severity.MEDIUM, EscalationLevel.FRONTLINE,
                Severity.HIGH, EscalationLevel.TEAM_LEADER,
                Severity.CRITICAL, EscalationLevel.QUALITY_MANAGER));
        private final Map<EscalationLevel, Duration> responseTimes = new EnumMap<>(Map.of(
                EscalationLevel.TEAM_LEADER, Duration.ofHours(24),
                EscalationLevel.CUSTOMER_SERVICE_MANAGER, Duration.ofHours(8),
                EscalationLevel.QUALITY_MANAGER, Duration.ofHours(4),
                EscalationLevel.SENIOR_MANAGEMENT, Duration.ofHours(4)));
        private Duration acknowledgementTarget = Duration.ofHours(24);
        private final Map<Severity, Duration> resolutionTargets = new EnumMap<>(Map.of(
                Severity.LOW, Duration.ofDays(10),
                Severity.MEDIUM, Duration.ofDays(10),
                Severity.HIGH, Duration.ofDays(5),
                Severity.CRITICAL, Duration.ofDays(5)));
        private int warningPercent = 80;
        private BusinessCalendar calendar = BusinessCalendar.englandAndWales();
        private ConsumerRights consumerRights = ConsumerRights.UK_CONSUMER_RIGHTS_ACT_2015;
        private RemedyCosts remedyCosts = RemedyCosts.DEFAULTS;
        private SystemicCosts systemicCosts = SystemicCosts.DEFAULTS;
        private Duration recurrenceLag = Duration.ofDays(30);
        private long minRevisedUnits = 100;
        private long sizeMinComplaints = 3;
        private long sizeMinSkus = 2;
        private Duration sizeWindow = Duration.ofDays(60);
        private java.math.BigDecimal aql = new java.math.BigDecimal("1.0");
        private SafetyRegime safetyRegime = SafetyRegime.UK_GPSR_2005;
        private Duration safetyWindow = Duration.ofDays(90);
        private Duration containmentTime = Duration.ofHours(4);
        private Duration stockCheckTime = Duration.ofHours(16);
        private EscalationChain qualityChain = EscalationChain.QUALITY;
        private EscalationChain serviceChain = EscalationChain.CUSTOMER_SERVICE;
        private EscalationLevel brokenPromiseLevel = EscalationLevel.TEAM_LEADER;

        private Builder() {
        }

        /**
         * Sets the law on remedies the immediate options follow (default the UK Consumer Rights Act 2015).
         *
         * @param rights the consumer-rights shape
         * @return this builder
         */
        public Builder consumerRights(ConsumerRights rights) {
            this.consumerRights = rights;
            return this;
        }

        /**
         * Sets what each remedy costs the business.
         *
         * @param costs the remedy cost table
         * @return this builder
         */
        public Builder remedyCosts(RemedyCosts costs) {
            this.remedyCosts = costs;
            return this;
        }

        /**
         * Sets the cost table and forecasting assumptions of the options put to management.
         *
         * @param costs the systemic cost table
         * @return this builder
         */
        public Builder systemicCosts(SystemicCosts costs) {
            this.systemicCosts = costs;
            return this;
        }

        /**
         * Sets how long after an action a complaint with no known batch counts as a recurrence (default 30
         * days).
         *
         * @param lag the lag
         * @return this builder
         */
        public Builder recurrenceLag(Duration lag) {
            this.recurrenceLag = lag;
            return this;
        }

        /**
         * Sets the units revised batches must hold before no recurrence can mean an action worked (default
         * 100).
         *
         * @param units the number of units
         * @return this builder
         */
        public Builder minRevisedUnits(long units) {
            this.minRevisedUnits = units;
            return this;
        }

        /**
         * Sets the days after purchase within which a functional failure is HIGH (default 90).
         *
         * @param days the number of days
         * @return this builder
         */
        public Builder earlyFailureDays(long days) {
            this.earlyFailureDays = days;
            return this;
        }

        /**
         * Sets the complaints of one product line and defect that make a finding, and their window.
         *
         * @param minComplaints the number of complaints (default 3)
         * @param window the window (default 30 days)
         * @return this builder
         */
        public Builder productLineRepeat(int minComplaints, Duration window) {
            this.productLineMinComplaints = minComplaints;
            this.productLineWindow = window;
            return this;
        }

        /**
         * Sets the complaints of one batch and defect that make a finding (default 2).
         *
         * @param minComplaints the number of complaints
         * @return this builder
         */
        public Builder batchRepeat(int minComplaints) {
            this.batchMinComplaints = minComplaints;
            return this;
        }

        /**
         * Sets the batch-rate finding: complaints of any defect reaching a share of the batch.
         *
         * @param percent the percentage of the batch's quantity (default 1)
         * @param minComplaints the fewest complaints, however small the batch (default 2)
         * @return this builder
         */
        public Builder batchRate(double percent, int minComplaints) {
            this.batchRatePercent = percent;
            this.batchRateMinComplaints = minComplaints;
            return this;
        }

        /**
         * Sets the product lines one supplier or material lot must span for a finding, and the window.
         *
         * @param minProductLines the number of product lines (default 2)
         * @param window the window (default 60 days)
         * @return this builder
         */
        public Builder supplierRepeat(int minProductLines, Duration window) {
            this.supplierMinProductLines = minProductLines;
            this.supplierWindow = window;
            return this;
        }

        /**
         * Sets the complaints of one customer that make a repeat contact, and their window.
         *
         * @param minComplaints the number of complaints (default 2)
         * @param window the window (default 90 days)
         * @return this builder
         */
        public Builder customerRepeat(int minComplaints, Duration window) {
            this.customerMinComplaints = minComplaints;
            this.customerWindow = window;
            return this;
        }

        /**
         * Sets the size of a finding that goes to senior management (default 10).
         *
         * @param size the number of complaints
         * @return this builder
         */
        public Builder largeFindingSize(int size) {
            this.largeFindingSize = size;
            return this;
        }

        /**
         * See {@link Policy#findingQuietPeriod()}; a very long period keeps every finding active.
         *
         * @param period the quiet period
         * @return this builder
         */
        public Builder findingQuietPeriod(Duration period) {
            this.findingQuietPeriod = period;
            return this;
        }

        /**
         * Sets the level a complaint of this severity goes to at once.
         *
         * @param severity the severity
         * @param level the level; FRONTLINE for none
         * @return this builder
         * @throws NullPointerException when an argument is null
         */
        public Builder levelFor(Severity severity, EscalationLevel level) {
            this.levelBySeverity.put(Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(level, "level"));
            return this;
        }

        /**
         * Sets how long a level has to respond once something is escalated to it.
         *
         * @param level the level, above FRONTLINE
         * @param time the working time
         * @return this builder
         * @throws IllegalArgumentException for FRONTLINE, which responds within the acknowledgement target
         */
        public Builder responseTime(EscalationLevel level, Duration time) {
            if (level == EscalationLevel.FRONTLINE) {
                throw new IllegalArgumentException("FRONTLINE responds within the acknowledgement target");
            }
            this.responseTimes.put(level, time);
            return this;
        }

        /**
         * Sets the working time within which a complaint must be acknowledged (default 24 hours).
         *
         * @param target the target
         * @return this builder
         */
        public Builder acknowledgementTarget(Duration target) {
            this.acknowledgementTarget = target;
            return this;
        }

        /**
         * Sets the working time within which a complaint of this severity must be resolved.
         *
         * @param severity the severity
         * @param target the target
         * @return this builder
         * @throws NullPointerException when the severity is null
         */
        public Builder resolutionTarget(Severity severity, Duration target) {
            this.resolutionTargets.put(Objects.requireNonNull(severity, "severity"), target);
            return this;
        }

        /**
         * Sets the share of a target's time after which it is warned about (default 80).
         *
         * @param percent the percentage
         * @return this builder
         */
        public Builder warningPercent(int percent) {
            this.warningPercent = percent;
            return this;
        }

        /**
         * Sets when the service clocks run (default office hours in England and Wales).
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = calendar;
            return this;
        }

        /**
         * Fit complaints on one size of one last: at least {@code minComplaints} on {@code minSkus} SKUs within {@code window}.
         *
         * @param minComplaints the fit complaints needed (default 3)
         * @param minSkus the SKUs they must span (default 2)
         * @param window the window they fall in (default 60 days)
         * @return this builder
         */
        public Builder sizeRepeat(int minComplaints, int minSkus, Duration window) {
            this.sizeMinComplaints = minComplaints;
            this.sizeMinSkus = minSkus;
            this.sizeWindow = window;
            return this;
        }

        /**
         * The AQL for samples of revised batches, e.g. {@code new BigDecimal("0.65")}; see {@link Policy#aql()}.
         *
         * @param aql the AQL in percent
         * @return this builder
         */
        public Builder aql(java.math.BigDecimal aql) {
            this.aql = aql;
            return this;
        }

        /**
         * Sets the product-safety law a notification decision follows (default UK GPSR 2005).
         *
         * @param regime the safety regime
         * @return this builder
         */
        public Builder safetyRegime(SafetyRegime regime) {
            this.safetyRegime = regime;
            return this;
        }

        /**
         * Sets the window in which a second safety complaint on a batch or line is a finding (default 90
         * days).
         *
         * @param window the window
         * @return this builder
         */
        public Builder safetyWindow(Duration window) {
            this.safetyWindow = window;
            return this;
        }

        /**
         * Sets the working time in which a safety complaint's containment must be in place (default 4 hours).
         *
         * @param time the working time
         * @return this builder
         */
        public Builder containmentTime(Duration time) {
            this.containmentTime = time;
            return this;
        }

        /**
         * Sets the working time in which quarantined stock must be checked (default 16 hours).
         *
         * @param time the working time
         * @return this builder
         */
        public Builder stockCheckTime(Duration time) {
            this.stockCheckTime = time;
            return this;
        }

        /**
         * The chains product faults and service failures climb; every level in them needs a response time.
         *
         * @param quality the chain product faults climb
         * @param service the chain service failures climb
         * @return this builder
         */
        public Builder chains(EscalationChain quality, EscalationChain service) {
            this.qualityChain = quality;
            this.serviceChain = service;
            return this;
        }

        /**
         * Sets where a remedy promised and not delivered goes at once (default TEAM_LEADER).
         *
         * @param level the level
         * @return this builder
         */
        public Builder brokenPromiseLevel(EscalationLevel level) {
            this.brokenPromiseLevel = level;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the first value out of range
         * @return the policy
         */
        public Policy build() {
            return new Policy(this);
        }
    }
}
