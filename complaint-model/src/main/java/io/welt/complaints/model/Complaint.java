package io.welt.complaints.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One complaint as the host system logged it. Immutable; the rules never change it, they derive
 * facts about it.
 *
 * <pre>{@code
 * Complaint complaint = Complaint.builder("C-1042", Instant.parse("2026-02-03T10:15:00Z"),
 *                 "CUST-77", "CH-101-42", "STITCHING")
 *         .productLine("Chelsea boot")
 *         .orderId("SO-5512")
 *         .batchId("B-2026-031")
 *         .purchasedOn(LocalDate.of(2026, 1, 20))
 *         .pricePaid(Money.of("129.00", "GBP"))
 *         .description("Seam on the left boot opened after two weeks")
 *         .build();
 * }</pre>
 *
 * <p>{@code productLine} may be left out when the log's products name the SKU; the assessment fills
 * it in. Optional values are null when not known.
 */
public final class Complaint {

    /** Orders complaints by the time they were received, then by id, the order every report uses. */
    public static final Comparator<Complaint> BY_RECEIPT =
            Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::id);

    private static final long SECONDS_PER_DAY = 86_400L;

    private final String id;
    private final Instant receivedAt;
    private final Channel channel;
    private final String customerId;
    private final String orderId;
    private final String sku;
    private final String productLine;
    private final String batchId;
    private final String supplier;
    private final String materialLot;
    private final String defect;
    private final String description;
    private final LocalDate purchasedOn;
    private final Money pricePaid;
    private final boolean injuryReported;
    private final RemedySought remedySought;
    private final ComplaintStatus status;
    private final Instant acknowledgedAt;
    private final List<WaitingPeriod> waitingPeriods;
    private final Instant resolvedAt;
    private final Instant closedAt;
    private final List<String> evidence;
    private final String size;
    private final SizeSystem sizeSystem;
    private final FitDirection fitDirection;
    private final String componentLot;
    /** The size on the EU scale, worked out once; null when no size is known. */
    private final java.math.BigDecimal euSize;
    private final LocalDate deliveredOn;
    private final RemedyType promisedRemedy;
    private final LocalDate promisedOn;
    /** Worked out once: rules read it in several constraints, and the calendar arithmetic is not free. */
    private final Long daysOwned;
    /** Days from delivery (or purchase when delivery is not known) to receipt; worked out once, like daysOwned. */
    private final Long daysSinceDelivery;
    /** The hash code once worked out; 0 until then (a benign race: every thread computes the same value). */
    private int hash;

    private Complaint(Builder b) {
        this.id = Checks.text(b.id, "id");
        this.receivedAt = Checks.present(b.receivedAt, "receivedAt");
        this.channel = b.channel == null ? Channel.OTHER : b.channel;
        this.customerId = Checks.text(b.customerId, "customerId");
        this.orderId = Checks.optionalText(b.orderId);
        this.sku = Checks.text(b.sku, "sku");
        this.productLine = Checks.optionalText(b.productLine);
        this.batchId = Checks.optionalText(b.batchId);
        this.supplier = Checks.optionalText(b.supplier);
        this.materialLot = Checks.optionalText(b.materialLot);
        this.defect = Checks.text(b.defect, "defect").toUpperCase(Locale.ROOT);
        this.description = b.description == null ? "" : b.description;
        this.purchasedOn = b.purchasedOn;
        this.pricePaid = b.pricePaid;
        this.injuryReported = b.injuryReported;
        this.remedySought = b.remedySought;
        this.status = b.status == null ? ComplaintStatus.OPEN : b.status;
        this.acknowledgedAt = b.acknowledgedAt;
        this.resolvedAt = b.resolvedAt;
        this.closedAt = b.closedAt;
        List<WaitingPeriod> waits = new ArrayList<>(Checks.list(b.waitingPeriods, "waitingPeriods"));
        waits.sort(Comparator.comparing(WaitingPeriod::from));
        this.waitingPeriods = List.copyOf(waits);
        this.evidence = Checks.list(b.evidence, "evidence");
        this.size = Checks.optionalText(b.size);
        this.sizeSystem = size == null ? b.sizeSystem : b.sizeSystem == null ? SizeSystem.EU : b.sizeSystem;
        this.fitDirection = b.fitDirection;
        this.componentLot = Checks.optionalText(b.componentLot);
        this.euSize = size == null ? null : euSize(size, sizeSystem);
        this.deliveredOn = b.deliveredOn;
        this.promisedRemedy = b.promisedRemedy;
        this.promisedOn = b.promisedOn;

        // The latest calendar day anywhere on earth at the moment of receipt: a purchase dated after it
        // cannot be right in any time zone.
        LocalDate latestReceiptDate = LocalDate.ofEpochDay(
                Math.floorDiv(receivedAt.getEpochSecond() + ZoneOffset.MAX.getTotalSeconds(), SECONDS_PER_DAY));
        Checks.check(purchasedOn == null || !purchasedOn.isAfter(latestReceiptDate), "purchasedOn",
                () -> "bought on " + purchasedOn + ", after the complaint was received at " + receivedAt);
        Checks.check(pricePaid == null || !pricePaid.isNegative(), "pricePaid", () -> "must not be negative, was " + pricePaid);
        this.daysOwned = purchasedOn == null ? null
                : Math.max(0L, Math.floorDiv(receivedAt.getEpochSecond(), SECONDS_PER_DAY) - purchasedOn.toEpochDay());
        Checks.check(deliveredOn == null || !deliveredOn.isAfter(latestReceiptDate), "deliveredOn",
                () -> "delivered on " + deliveredOn + ", after the complaint was received at " + receivedAt);
        Checks.check(deliveredOn == null || purchasedOn == null || !deliveredOn.isBefore(purchasedOn), "deliveredOn",
                () -> "delivered on " + deliveredOn + ", before it was bought on " + purchasedOn);
        Checks.check(promisedOn == null || promisedRemedy != null, "promisedOn",
                () -> "promised on " + promisedOn + " but no promised remedy is named");
        LocalDate fromDay = deliveredOn != null ? deliveredOn : purchasedOn;
        this.daysSinceDelivery = fromDay == null ? null
                : Math.max(0L, Math.floorDiv(receivedAt.getEpochSecond(), SECONDS_PER_DAY) - fromDay.toEpochDay());
        notBeforeReceipt(acknowledgedAt, "acknowledgedAt");
        notBeforeReceipt(resolvedAt, "resolvedAt");
        notBeforeReceipt(closedAt, "closedAt");
        for (int i = 0; i < waitingPeriods.size(); i++) {
            Instant from = waitingPeriods.get(i).from();
            notBeforeReceipt(from, "waitingPeriods[" + i + "].from");
            if (i > 0) {
                Instant previousEnd = waitingPeriods.get(i - 1).to();
                Checks.check(previousEnd != null && !previousEnd.isAfter(from), "waitingPeriods",
                        () -> "periods overlap at " + from);
            }
        }
    }

    /** Sizes a shoe shop sells, on the EU scale: from children's 15 to 55. */
    private static final java.math.BigDecimal SMALLEST_EU = java.math.BigDecimal.valueOf(15);
    private static final java.math.BigDecimal LARGEST_EU = java.math.BigDecimal.valueOf(55);

    private static java.math.BigDecimal euSize(String size, SizeSystem system) {
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(size.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size: '" + size + "' is not a number (a shoe size such as 42, 8.5 or 9)");
        }
        java.math.BigDecimal eu = system.toEu(value);
        Checks.check(eu.compareTo(SMALLEST_EU) >= 0 && eu.compareTo(LARGEST_EU) <= 0, "size",
                () -> system + " " + size + " is EU " + eu.stripTrailingZeros().toPlainString()
                        + ", outside the sizes of shoes (EU 15 to 55)");
        return eu;
    }

    private void notBeforeReceipt(Instant at, String field) {
        Checks.check(at == null || !at.isBefore(receivedAt), field,
                () -> at + " is before the complaint was received at " + receivedAt);
    }

    /**
     * Starts a complaint with its required values; the rest are optional and null (or their default) until
     * set.
     *
     * @param id the complaint's id in the host system, e.g. "C-1042"; not blank
     * @param receivedAt when the complaint reached the business: the service clocks (acknowledge, resolve)
     *   run from it
     * @param customerId the customer's id, e.g. "CUST-77": how repeat complaints of one customer are found
     * @param sku the stock-keeping unit complained about, e.g. "CH-101-42" (style, colour and size)
     * @param defect the defect category code, e.g. "STITCHING"; upper-cased
     * @return a builder for the rest of the complaint's values
     */
    public static Builder builder(String id, Instant receivedAt, String customerId, String sku, String defect) {
        return new Builder().id(id).receivedAt(receivedAt).customerId(customerId).sku(sku).defect(defect);
    }

    /**
     * A builder holding this complaint's values, to change some of them (a status, a resolution time).
     *
     * @return a new builder, independent of this complaint
     */
    public Builder toBuilder() {
        return new Builder().id(id).receivedAt(receivedAt).channel(channel).customerId(customerId).orderId(orderId)
                .sku(sku).productLine(productLine).batchId(batchId).supplier(supplier).materialLot(materialLot)
                .defect(defect).description(description).purchasedOn(purchasedOn).pricePaid(pricePaid)
                .injuryReported(injuryReported).remedySought(remedySought).status(status)
                .acknowledgedAt(acknowledgedAt).waitingPeriods(waitingPeriods).resolvedAt(resolvedAt)
                .closedAt(closedAt).evidence(evidence).size(size).sizeSystem(sizeSystem).fitDirection(fitDirection)
                .componentLot(componentLot).deliveredOn(deliveredOn).promisedRemedy(promisedRemedy)
                .promisedOn(promisedOn);
    }

    /**
     * The complaint's id in the host system, e.g. "C-1042": unique within one log.
     *
     * @return the id, never blank
     */
    public String id() {
        return id;
    }

    /**
     * When the complaint reached the business: the acknowledgement and resolution targets run from it (in
     * working hours of the policy's calendar).
     *
     * @return the time received
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * How the complaint reached the business; a WEB or MARKETPLACE complaint is a distance sale and may be
     * cancelled within 14 days of delivery.
     *
     * @return the channel, OTHER when the host did not say
     */
    public Channel channel() {
        return channel;
    }

    /**
     * The customer's id in the host system: repeat complaints of one customer are found by it. An id, not a
     * name: it is safe to log.
     *
     * @return the customer id, never blank
     */
    public String customerId() {
        return customerId;
    }

    /**
     * The order the complaint is about, or null.
     *
     * @return the order id, or null
     */
    public String orderId() {
        return orderId;
    }

    /**
     * The stock-keeping unit complained about: a style in one colour and size, e.g. "CH-101-42".
     *
     * @return the SKU, never blank
     */
    public String sku() {
        return sku;
    }

    /**
     * The product line, or null until the assessment fills it in from the products.
     *
     * @return the product line, e.g. "Chelsea boot", or null
     */
    public String productLine() {
        return productLine;
    }

    /**
     * The production batch, or null when not known.
     *
     * @return the batch id, or null
     */
    public String batchId() {
        return batchId;
    }

    /**
     * A supplier the complaint is traced to directly (beyond its batch's lots), or null.
     *
     * @return the supplier, or null
     */
    public String supplier() {
        return supplier;
    }

    /**
     * A material lot the complaint is traced to directly (beyond its batch's lots), or null.
     *
     * @return the material lot, or null
     */
    public String materialLot() {
        return materialLot;
    }

    /**
     * The defect category code, upper case.
     *
     * @return the defect code, e.g. "STITCHING"
     */
    public String defect() {
        return defect;
    }

    /**
     * The customer's words; personal data: never log it. Empty when none.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * The day the customer bought the item, or null when not known: the age of the goods ({@link
     * #daysOwned()}) decides early or late failure and the period of the guarantee.
     *
     * @return the purchase date, or null
     */
    public LocalDate purchasedOn() {
        return purchasedOn;
    }

    /**
     * What the customer paid for the item, or null when not known: a refund returns it, and the options cost
     * remedies against it.
     *
     * @return the price paid, never negative, or null
     */
    public Money pricePaid() {
        return pricePaid;
    }

    /**
     * Whether the customer reports an injury or a skin reaction: such a complaint is CRITICAL, a safety
     * complaint, and goes to senior management.
     *
     * @return true when an injury was reported
     */
    public boolean injuryReported() {
        return injuryReported;
    }

    /**
     * What the customer asks for, or null when they did not say; the rules propose remedies by the law and
     * the policy, and note the customer's wish beside them.
     *
     * @return the remedy sought, or null
     */
    public RemedySought remedySought() {
        return remedySought;
    }

    /**
     * Where the complaint stands in the host system.
     *
     * @return the status, OPEN when the host did not say
     */
    public ComplaintStatus status() {
        return status;
    }

    /**
     * When the business first answered the customer, or null while it has not: the acknowledgement target (24
     * working hours by default) is met or missed by it.
     *
     * @return the acknowledgement time, not before receipt, or null
     */
    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    /**
     * The waits on the customer, in time order.
     *
     * @return the waiting periods, an unmodifiable list, empty when none
     */
    public List<WaitingPeriod> waitingPeriods() {
        return waitingPeriods;
    }

    /**
     * When the customer's problem was solved, or null while it is not: the resolution target (5 or 10 working
     * days by default) is met or missed by it.
     *
     * @return the resolution time, not before receipt, or null
     */
    public Instant resolvedAt() {
        return resolvedAt;
    }

    /**
     * When the complaint was closed in the host system, or null while it is not.
     *
     * @return the closing time, not before receipt, or null
     */
    public Instant closedAt() {
        return closedAt;
    }

    /**
     * References to evidence: photo ids, returned pairs, supplier feedback.
     *
     * @return the references, an unmodifiable list, empty when none
     */
    public List<String> evidence() {
        return evidence;
    }

    /**
     * The shoe size as written in {@link #sizeSystem()}, e.g. "42" or "8.5", or null when not known.
     *
     * @return the size as written, or null
     */
    public String size() {
        return size;
    }

    /**
     * The system of {@link #size()}: EU when a size came without one; as given (or null) when no size is known.
     *
     * @return the size system, or null when no size is known
     */
    public SizeSystem sizeSystem() {
        return sizeSystem;
    }

    /**
     * The size on the EU scale in half sizes (42.0, 42.5), for comparing sizes across systems; null when not known.
     *
     * @return the EU size, between 15 and 55, or null
     */
    public java.math.BigDecimal euSize() {
        return euSize;
    }

    /**
     * The size on the EU scale as a reader writes it ("EU 42", "EU 42.5"), or null when not known.
     *
     * @return the label, e.g. "EU 42.5", or null
     */
    public String euSizeLabel() {
        return euSize == null ? null : "EU " + euSize.stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the shoe is smaller or larger than the customer's usual size, or null when the complaint does not say.
     *
     * @return the fit direction, or null
     */
    public FitDirection fitDirection() {
        return fitDirection;
    }

    /**
     * A component lot the complaint is traced to (a thread lot, an adhesive drum), or null: it makes the
     * complaint's defect material-related for this complaint, so the lot can be implicated across lines.
     *
     * @return the component lot, or null
     */
    public String componentLot() {
        return componentLot;
    }

    /**
     * The day the goods reached the customer, or null when not known: the consumer-rights periods run
     * from it (the short-term right to reject, the cancellation of a distance sale).
     *
     * @return the delivery date, or null
     */
    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    /**
     * A remedy an agent promised the customer earlier and that has not been delivered, or null.
     *
     * @return the promised remedy, or null
     */
    public RemedyType promisedRemedy() {
        return promisedRemedy;
    }

    /**
     * When that remedy was promised, or null when not known.
     *
     * @return the date of the promise, or null
     */
    public LocalDate promisedOn() {
        return promisedOn;
    }

    /**
     * Whether the complaint has been acknowledged (a time is known or the status is past OPEN).
     *
     * @return true once acknowledged
     */
    public boolean isAcknowledged() {
        return acknowledgedAt != null || status != ComplaintStatus.OPEN;
    }

    /**
     * Whether the customer's problem has been solved.
     *
     * @return true when a resolution time is known or the status is RESOLVED or CLOSED
     */
    public boolean isResolved() {
        return resolvedAt != null || status.isResolved();
    }

    /**
     * Whole days from purchase to the day the complaint was received (UTC), or null when the purchase
     * date is not known.
     *
     * @return the days owned, 0 or more, or null
     */
    public Long daysOwned() {
        return daysOwned;
    }

    /**
     * Whole days from delivery to the day the complaint was received (UTC), counted from the purchase
     * date when the delivery date is not known, or null when neither is known. The Consumer Rights Act
     * 2015 runs its periods from delivery.
     *
     * @return the days since delivery, 0 or more, or null
     */
    public Long daysSinceDelivery() {
        return daysSinceDelivery;
    }

    /**
     * Whether this complaint came in before {@code other} (by time received, then id).
     *
     * @param other the complaint to compare with
     * @return true when this complaint comes first in {@link #BY_RECEIPT} order
     */
    public boolean isEarlierThan(Complaint other) {
        return BY_RECEIPT.compare(this, other) < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint other && id.equals(other.id) && receivedAt.equals(other.receivedAt)
                && channel == other.channel && customerId.equals(other.customerId)
                && Objects.equals(orderId, other.orderId) && sku.equals(other.sku)
                && Objects.equals(productLine, other.productLine) && Objects.equals(batchId, other.batchId)
                && Objects.equals(supplier, other.supplier) && Objects.equals(materialLot, other.materialLot)
                && defect.equals(other.defect) && description.equals(other.description)
                && Objects.equals(purchasedOn, other.purchasedOn) && Objects.equals(pricePaid, other.pricePaid)
                && injuryReported == other.injuryReported && remedySought == other.remedySought
                && status == other.status && Objects.equals(acknowledgedAt, other.acknowledgedAt)
                && waitingPeriods.equals(other.waitingPeriods) && Objects.equals(resolvedAt, other.resolvedAt)
                && Objects.equals(closedAt, other.closedAt) && evidence.equals(other.evidence)
                && Objects.equals(size, other.size) && sizeSystem == other.sizeSystem
                && fitDirection == other.fitDirection && Objects.equals(componentLot, other.componentLot)
                && Objects.equals(deliveredOn, other.deliveredOn) && promisedRemedy == other.promisedRemedy
                && Objects.equals(promisedOn, other.promisedOn);
    }

    @Override
    public int hashCode() {
        // Cached like String's: clusters, findings and the rule engine's maps hash complaints over and over.
        int h = hash;
        if (h == 0) {
            h = Objects.hash(id, receivedAt, customerId, sku, defect);
            hash = h;
        }
        return h;
    }

    /** Ids and codes only: the customer's words and identity stay out of logs. */
    @Override
    public String toString() {
        return "Complaint[" + id + ", " + defect + " on " + sku + ", received " + receivedAt + "]";
    }

    /** Collects a complaint's values; each method returns this builder. */
    public static final class Builder {
        private String id;
        private Instant receivedAt;
        private Channel channel;
        private String customerId;
        private String orderId;
        private String sku;
        private String productLine;
        private String batchId;
        private String supplier;
        private String materialLot;
        private String defect;
        private String description;
        private LocalDate purchasedOn;
        private Money pricePaid;
        private boolean injuryReported;
        private RemedySought remedySought;
        private ComplaintStatus status;
        private Instant acknowledgedAt;
        private List<WaitingPeriod> waitingPeriods = List.of();
        private Instant resolvedAt;
        private Instant closedAt;
        private List<String> evidence = List.of();
        private String size;
        private SizeSystem sizeSystem;
        private FitDirection fitDirection;
        private String componentLot;
        private LocalDate deliveredOn;
        private RemedyType promisedRemedy;
        private LocalDate promisedOn;

        private Builder() {
        }

        /**
         * Sets the complaint's id (required, not blank).
         *
         * @param id the id, e.g. "C-1042"
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets when the complaint was received (required).
         *
         * @param receivedAt the time received
         * @return this builder
         */
        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * Sets how the complaint reached the business; OTHER when left null.
         *
         * @param channel the channel, or null
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets the customer's id (required, not blank).
         *
         * @param customerId the customer id
         * @return this builder
         */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /**
         * Sets the order the complaint is about; a blank value means none.
         *
         * @param orderId the order id, or null
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets the SKU complained about (required, not blank).
         *
         * @param sku the SKU
         * @return this builder
         */
        public Builder sku(String sku) {
            this.sku = sku;
            return this;
        }

        /**
         * Sets the product line; may be left out when the log's products name the SKU.
         *
         * @param productLine the product line, e.g. "Chelsea boot", or null
         * @return this builder
         */
        public Builder productLine(String productLine) {
            this.productLine = productLine;
            return this;
        }

        /**
         * Sets the production batch the item came from.
         *
         * @param batchId the batch id, or null
         * @return this builder
         */
        public Builder batchId(String batchId) {
            this.batchId = batchId;
            return this;
        }

        /**
         * Sets a supplier the complaint is traced to directly.
         *
         * @param supplier the supplier, or null
         * @return this builder
         */
        public Builder supplier(String supplier) {
            this.supplier = supplier;
            return this;
        }

        /**
         * Sets a material lot (a tannery's hide lot) the complaint is traced to directly.
         *
         * @param materialLot the lot id, or null
         * @return this builder
         */
        public Builder materialLot(String materialLot) {
            this.materialLot = materialLot;
            return this;
        }

        /**
         * Sets the defect category code (required); upper-cased when built.
         *
         * @param defect the code, e.g. "STITCHING"
         * @return this builder
         */
        public Builder defect(String defect) {
            this.defect = defect;
            return this;
        }

        /**
         * Sets the customer's words (personal data, never logged); empty when left null.
         *
         * @param description the description, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the purchase date; not after the complaint was received.
         *
         * @param purchasedOn the purchase date, or null
         * @return this builder
         */
        public Builder purchasedOn(LocalDate purchasedOn) {
            this.purchasedOn = purchasedOn;
            return this;
        }

        /**
         * Sets the price paid; not negative.
         *
         * @param pricePaid the price, or null
         * @return this builder
         */
        public Builder pricePaid(Money pricePaid) {
            this.pricePaid = pricePaid;
            return this;
        }

        /**
         * Sets whether the customer reports an injury or a skin reaction; false unless set.
         *
         * @param injuryReported true when an injury was reported
         * @return this builder
         */
        public Builder injuryReported(boolean injuryReported) {
            this.injuryReported = injuryReported;
            return this;
        }

        /**
         * Sets what the customer asks for.
         *
         * @param remedySought the remedy sought, or null
         * @return this builder
         */
        public Builder remedySought(RemedySought remedySought) {
            this.remedySought = remedySought;
            return this;
        }

        /**
         * Sets the complaint's status; OPEN when left null.
         *
         * @param status the status, or null
         * @return this builder
         */
        public Builder status(ComplaintStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets when the complaint was acknowledged; not before it was received.
         *
         * @param acknowledgedAt the time, or null
         * @return this builder
         */
        public Builder acknowledgedAt(Instant acknowledgedAt) {
            this.acknowledgedAt = acknowledgedAt;
            return this;
        }

        /**
         * Sets the waits on the customer, in any order (they are sorted); they must not overlap.
         *
         * @param waitingPeriods the periods, no null element
         * @return this builder
         */
        public Builder waitingPeriods(List<WaitingPeriod> waitingPeriods) {
            this.waitingPeriods = waitingPeriods;
            return this;
        }

        /**
         * Sets when the complaint was resolved; not before it was received.
         *
         * @param resolvedAt the time, or null
         * @return this builder
         */
        public Builder resolvedAt(Instant resolvedAt) {
            this.resolvedAt = resolvedAt;
            return this;
        }

        /**
         * Sets when the complaint was closed; not before it was received.
         *
         * @param closedAt the time, or null
         * @return this builder
         */
        public Builder closedAt(Instant closedAt) {
            this.closedAt = closedAt;
            return this;
        }

        /**
         * Sets references to evidence (photo ids, returned pairs, supplier feedback).
         *
         * @param evidence the references, no null element
         * @return this builder
         */
        public Builder evidence(List<String> evidence) {
            this.evidence = evidence;
            return this;
        }

        /**
         * The shoe size as written, e.g. "42" or "8.5"; in EU sizes unless {@link #sizeSystem} says otherwise.
         *
         * @param size the size as written, or null
         * @return this builder
         */
        public Builder size(String size) {
            this.size = size;
            return this;
        }

        /**
         * Sets the system the size is written in; EU when a size is given without one.
         *
         * @param sizeSystem the size system, or null
         * @return this builder
         */
        public Builder sizeSystem(SizeSystem sizeSystem) {
            this.sizeSystem = sizeSystem;
            return this;
        }

        /**
         * Sets whether the shoe is smaller or larger than the customer's usual size.
         *
         * @param fitDirection the direction, or null
         * @return this builder
         */
        public Builder fitDirection(FitDirection fitDirection) {
            this.fitDirection = fitDirection;
            return this;
        }

        /**
         * A component lot the complaint is traced to, e.g. a thread lot.
         *
         * @param componentLot the lot id, or null
         * @return this builder
         */
        public Builder componentLot(String componentLot) {
            this.componentLot = componentLot;
            return this;
        }

        /**
         * The day the goods were delivered; not after receipt, not before purchase.
         *
         * @param deliveredOn the delivery date, or null
         * @return this builder
         */
        public Builder deliveredOn(LocalDate deliveredOn) {
            this.deliveredOn = deliveredOn;
            return this;
        }

        /**
         * A remedy promised earlier and not delivered.
         *
         * @param promisedRemedy the remedy promised, or null
         * @return this builder
         */
        public Builder promisedRemedy(RemedyType promisedRemedy) {
            this.promisedRemedy = promisedRemedy;
            return this;
        }

        /**
         * When the promised remedy was promised; needs {@link #promisedRemedy}.
         *
         * @param promisedOn the date of the promise, or null
         * @return this builder
         */
        public Builder promisedOn(LocalDate promisedOn) {
            this.promisedOn = promisedOn;
            return this;
        }

        /**
         * @throws NullPointerException     when a required value is missing; the message names it
         * @throws IllegalArgumentException when values are invalid or contradict each other; the
         *                                  message starts with the field's name
         * @return the complaint
         */
        public Complaint build() {
            return new Complaint(this);
        }
    }
}
