package io.welt.complaints.test;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.FitDirection;
import io.welt.complaints.model.Material;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.SizeSystem;
import io.welt.complaints.model.WaitingPeriod;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fact builders with sensible defaults, so a test names only what matters to it. Times are relative
 * to {@link #NOW}, which is also the {@link RulesVerifier}'s default clock.
 *
 * <pre>{@code
 * Product chelsea = aProduct("CH-42", "Chelsea boot").build();
 * Complaint c1 = aComplaint().on(chelsea).withDefect("STITCHING").receivedDaysAgo(3).build();
 * }</pre>
 */
public final class Facts {

    /** The reference "now" of the kit: 2026-03-01T09:00:00Z. */
    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private Facts() {
    }

    /**
     * A complaint with a fresh id ("T-1", "T-2", ...), its own customer, and defaults for the rest.
     *
     * @return a builder of the complaint, to say what the test is about
     */
    public static ComplaintBuilder aComplaint() {
        return aComplaint("T-" + NEXT_ID.getAndIncrement());
    }

    /**
     * A complaint with this id: STITCHING on SKU "SKU-1" of line "Test line", received a day before {@link #NOW}.
     *
     * @param id the complaint's id
     * @return a builder of the complaint, to say what the test is about
     */
    public static ComplaintBuilder aComplaint(String id) {
        return new ComplaintBuilder(id);
    }

    /**
     * A footwear product of this SKU and line, full grain, unit cost 30.00 GBP and price 100.00 GBP.
     *
     * @param sku the product's SKU
     * @param productLine its product line
     * @return a product builder, to change what the test is about
     */
    public static Product.Builder aProduct(String sku, String productLine) {
        return Product.builder(sku, productLine).category(ProductCategory.FOOTWEAR).material(Material.FULL_GRAIN)
                .unitCost(gbp("30.00")).price(gbp("100.00"));
    }

    /**
     * A batch of {@code quantity} units of {@code sku}, produced 60 days before {@link #NOW}, with these lots.
     *
     * @param id the batch's id
     * @param sku the SKU it made
     * @param quantity units made, or null when not known
     * @param lots its material lots (none: no lot recorded)
     * @return the batch
     */
    public static Batch aBatch(String id, String sku, Integer quantity, MaterialLot... lots) {
        return new Batch(id, sku, LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(60), quantity, null, List.of(lots));
    }

    /**
     * An amount in pounds sterling.
     *
     * @param amount a plain decimal such as {@code "89.00"}
     * @return the amount
     */
    public static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    /** Builds a {@link Complaint}; every method returns this builder. */
    public static final class ComplaintBuilder {
        private final Complaint.Builder complaint;
        private Instant receivedAt = NOW.minus(Duration.ofDays(1));
        private Long purchasedDaysBeforeReceipt;
        private Duration acknowledgedAfter;
        private Duration resolvedAfter;
        private final List<long[]> waitsInHours = new ArrayList<>();
        private Long deliveredDaysBeforeReceipt;

        private ComplaintBuilder(String id) {
            complaint = Complaint.builder(id, receivedAt, "CUST-" + id, "SKU-1", "STITCHING")
                    .productLine("Test line").channel(Channel.EMAIL);
        }

        /**
         * On this product: its SKU and product line.
         *
         * @param product the product
         * @return this builder
         */
        public ComplaintBuilder on(Product product) {
            complaint.sku(product.sku()).productLine(product.productLine());
            return this;
        }

        /**
         * On this product line (SKU unchanged).
         *
         * @param productLine the product line
         * @return this builder
         */
        public ComplaintBuilder onLine(String productLine) {
            complaint.productLine(productLine);
            return this;
        }

        /**
         * Of this defect (default STITCHING).
         *
         * @param code a taxonomy code, e.g. {@code "SOLE_SEPARATION"}
         * @return this builder
         */
        public ComplaintBuilder withDefect(String code) {
            complaint.defect(code);
            return this;
        }

        /**
         * Received at this moment (default a day before {@link Facts#NOW}).
         *
         * @param at the moment of receipt
         * @return this builder
         */
        public ComplaintBuilder receivedAt(Instant at) {
            this.receivedAt = Objects.requireNonNull(at, "at");
            return this;
        }

        /**
         * Received this many days before {@link Facts#NOW}.
         *
         * @param days days before {@link Facts#NOW}
         * @return this builder
         */
        public ComplaintBuilder receivedDaysAgo(long days) {
            return receivedAt(NOW.minus(Duration.ofDays(days)));
        }

        /**
         * Received this many hours before {@link Facts#NOW}.
         *
         * @param hours hours before {@link Facts#NOW}
         * @return this builder
         */
        public ComplaintBuilder receivedHoursAgo(long hours) {
            return receivedAt(NOW.minus(Duration.ofHours(hours)));
        }

        /**
         * Bought this many days before the complaint was received.
         *
         * @param days days before receipt
         * @return this builder
         */
        public ComplaintBuilder boughtDaysBefore(long days) {
            this.purchasedDaysBeforeReceipt = days;
            return this;
        }

        /**
         * From this customer (default one of its own, {@code CUST-<id>}).
         *
         * @param customerId the customer's id
         * @return this builder
         */
        public ComplaintBuilder byCustomer(String customerId) {
            complaint.customerId(customerId);
            return this;
        }

        /**
         * About this order.
         *
         * @param orderId the order's id
         * @return this builder
         */
        public ComplaintBuilder onOrder(String orderId) {
            complaint.orderId(orderId);
            return this;
        }

        /**
         * From this batch: its id and SKU.
         *
         * @param batch the batch
         * @return this builder
         */
        public ComplaintBuilder from(Batch batch) {
            complaint.batchId(batch.id()).sku(batch.sku());
            return this;
        }

        /**
         * From this batch, by id only (the SKU unchanged).
         *
         * @param batchId the batch's id
         * @return this builder
         */
        public ComplaintBuilder fromBatch(String batchId) {
            complaint.batchId(batchId);
            return this;
        }

        /**
         * Traced to this supplier.
         *
         * @param supplier the supplier's name
         * @return this builder
         */
        public ComplaintBuilder withSupplier(String supplier) {
            complaint.supplier(supplier);
            return this;
        }

        /**
         * Traced to this material lot.
         *
         * @param lot the material lot's number
         * @return this builder
         */
        public ComplaintBuilder withMaterialLot(String lot) {
            complaint.materialLot(lot);
            return this;
        }

        /**
         * The customer reports an injury or skin reaction.
         *
         * @return this builder
         */
        public ComplaintBuilder withInjury() {
            complaint.injuryReported(true);
            return this;
        }

        /**
         * Bought for this price, in pounds sterling.
         *
         * @param amountInGbp a plain decimal in pounds sterling, e.g. {@code "89.00"}
         * @return this builder
         */
        public ComplaintBuilder pricePaid(String amountInGbp) {
            complaint.pricePaid(gbp(amountInGbp));
            return this;
        }

        /**
         * The customer asks for this remedy.
         *
         * @param remedy the remedy the customer asks for
         * @return this builder
         */
        public ComplaintBuilder seeking(RemedySought remedy) {
            complaint.remedySought(remedy);
            return this;
        }

        /**
         * In this status (otherwise it follows from the lifecycle set).
         *
         * @param status the status (the lifecycle methods set one too)
         * @return this builder
         */
        public ComplaintBuilder status(ComplaintStatus status) {
            complaint.status(status);
            return this;
        }

        /**
         * Acknowledged this many hours after receipt (status ACKNOWLEDGED unless set otherwise).
         *
         * @param hours hours after receipt
         * @return this builder
         */
        public ComplaintBuilder acknowledgedAfterHours(long hours) {
            this.acknowledgedAfter = Duration.ofHours(hours);
            return this;
        }

        /**
         * Resolved this many days after receipt (status RESOLVED).
         *
         * @param days days after receipt
         * @return this builder
         */
        public ComplaintBuilder resolvedAfterDays(long days) {
            this.resolvedAfter = Duration.ofDays(days);
            return this;
        }

        /**
         * Waited on the customer from {@code fromHours} to {@code toHours} after receipt; a negative end leaves the wait open.
         *
         * @param fromHours hours after receipt the wait began
         * @param toHours hours after receipt it ended, or a negative number while it lasts
         * @return this builder
         */
        public ComplaintBuilder waitingOnCustomer(long fromHours, long toHours) {
            waitsInHours.add(new long[] {fromHours, toHours});
            return this;
        }

        /**
         * In the customer's words.
         *
         * @param description the customer's words
         * @return this builder
         */
        public ComplaintBuilder describedAs(String description) {
            complaint.description(description);
            return this;
        }

        /**
         * In this EU size, e.g. "42".
         *
         * @param euSize the EU size
         * @return this builder
         */
        public ComplaintBuilder inSize(String euSize) {
            complaint.size(euSize).sizeSystem(SizeSystem.EU);
            return this;
        }

        /**
         * In this size of this system, e.g. "8" in UK sizes.
         *
         * @param size the size as the customer gives it
         * @param system its size system
         * @return this builder
         */
        public ComplaintBuilder inSize(String size, SizeSystem system) {
            complaint.size(size).sizeSystem(system);
            return this;
        }

        /**
         * The customer says it is smaller or larger than their usual size.
         *
         * @param direction SMALL or LARGE
         * @return this builder
         */
        public ComplaintBuilder fitting(FitDirection direction) {
            complaint.fitDirection(direction);
            return this;
        }

        /**
         * Traced to this component lot, e.g. a thread lot.
         *
         * @param lot the component lot's number
         * @return this builder
         */
        public ComplaintBuilder withComponentLot(String lot) {
            complaint.componentLot(lot);
            return this;
        }

        /**
         * Delivered this many days before the complaint was received.
         *
         * @param days days before receipt
         * @return this builder
         */
        public ComplaintBuilder deliveredDaysBefore(long days) {
            this.deliveredDaysBeforeReceipt = days;
            return this;
        }

        /**
         * Received through this channel (default EMAIL); WEB and MARKETPLACE are taken for distance sales.
         *
         * @param channel the channel
         * @return this builder
         */
        public ComplaintBuilder via(Channel channel) {
            complaint.channel(channel);
            return this;
        }

        /**
         * An agent promised this remedy on this day, and it has not been delivered.
         *
         * @param remedy the remedy promised
         * @param on the day it was promised
         * @return this builder
         */
        public ComplaintBuilder promised(RemedyType remedy, LocalDate on) {
            complaint.promisedRemedy(remedy).promisedOn(on);
            return this;
        }

        /**
         * The underlying model builder, for anything this one does not cover.
         *
         * @return the model's builder this one fills
         */
        public Complaint.Builder model() {
            return complaint;
        }

        /**
         * The complaint, its dates worked out from the receipt: bought, delivered, acknowledged, resolved and waits.
         *
         * @return the complaint
         */
        public Complaint build() {
            complaint.receivedAt(receivedAt);
            ComplaintStatus status = ComplaintStatus.OPEN;
            if (purchasedDaysBeforeReceipt != null) {
                complaint.purchasedOn(LocalDate.ofInstant(receivedAt, ZoneOffset.UTC).minusDays(purchasedDaysBeforeReceipt));
            }
            if (deliveredDaysBeforeReceipt != null) {
                complaint.deliveredOn(LocalDate.ofInstant(receivedAt, ZoneOffset.UTC).minusDays(deliveredDaysBeforeReceipt));
            }
            if (acknowledgedAfter != null) {
                complaint.acknowledgedAt(receivedAt.plus(acknowledgedAfter));
                status = ComplaintStatus.ACKNOWLEDGED;
            }
            List<WaitingPeriod> waits = new ArrayList<>();
            for (long[] wait : waitsInHours) {
                waits.add(new WaitingPeriod(receivedAt.plus(Duration.ofHours(wait[0])),
                        wait[1] < 0 ? null : receivedAt.plus(Duration.ofHours(wait[1]))));
                if (wait[1] < 0) {
                    status = ComplaintStatus.WAITING_ON_CUSTOMER;
                }
            }
            complaint.waitingPeriods(waits);
            if (resolvedAfter != null) {
                complaint.resolvedAt(receivedAt.plus(resolvedAfter));
                status = ComplaintStatus.RESOLVED;
            }
            Complaint draft = complaint.build();
            return draft.status() == ComplaintStatus.OPEN ? draft.toBuilder().status(status).build() : draft;
        }
    }
}
