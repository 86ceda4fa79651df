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
 * Where a test's facts come from: one factory per kind of fact, each returning a builder of this
 * kit with sensible defaults, so that a test names only what matters to it and ends with
 * {@code build()}. {@link RulesVerifier#given} also takes the builders themselves. Times are relative
 * to {@link #NOW}, which is also the {@link RulesVerifier}'s default clock.
 *
 * <pre>{@code
 * Product chelsea = aProduct("CH-42", "Chelsea boot").build();
 * Batch batch = aBatch("B-577", "CH-42").quantity(480).build();
 * Complaint c1 = aComplaint().on(chelsea).from(batch).withDefect("STITCHING").receivedDaysAgo(3).build();
 * }</pre>
 *
 * <p>Builders are not thread-safe and belong to one test; what they build is immutable.
 */
public final class Facts {

    /** The reference "now" of the kit: 2026-03-01T09:00:00Z. */
    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private Facts() {
    }

    /**
     * A complaint with a fresh id ("T-1", "T-2", ...), its own customer, and the defaults of
     * {@link #aComplaint(String)}.
     *
     * @return a builder; {@link ComplaintBuilder#build()} gives the complaint
     */
    public static ComplaintBuilder aComplaint() {
        return aComplaint("T-" + NEXT_ID.getAndIncrement());
    }

    /**
     * A complaint with this id: STITCHING on SKU "SKU-1" of line "Test line", by customer
     * "CUST-" + id, by e-mail, open, received a day before {@link #NOW}.
     *
     * @param id the complaint's id
     * @return a builder; {@link ComplaintBuilder#build()} gives the complaint
     */
    public static ComplaintBuilder aComplaint(String id) {
        return new ComplaintBuilder(Objects.requireNonNull(id, "id"));
    }

    /**
     * A footwear product of this SKU and line: full grain, unit cost 30.00 GBP, price 100.00 GBP, not
     * safety footwear, its last not known.
     *
     * @param sku         the SKU, e.g. "CH-42"
     * @param productLine the product line, e.g. "Chelsea boot"
     * @return a builder; {@link ProductBuilder#build()} gives the product
     */
    public static ProductBuilder aProduct(String sku, String productLine) {
        return new ProductBuilder(Objects.requireNonNull(sku, "sku"), Objects.requireNonNull(productLine, "productLine"));
    }

    /**
     * A batch of this SKU, produced 60 days before {@link #NOW}; its quantity, sales and stock not
     * known, no material lots, no factory named.
     *
     * @param id  the batch id, e.g. "B-577"
     * @param sku the SKU made in it
     * @return a builder; {@link BatchBuilder#build()} gives the batch
     */
    public static BatchBuilder aBatch(String id, String sku) {
        return new BatchBuilder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(sku, "sku"));
    }

    /**
     * An amount in pounds sterling: a value for a builder, not a fact.
     *
     * @param amount the amount, e.g. "129.00"
     * @return the money
     */
    public static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    /** Builds a {@link Product}; every method but {@link #build()} returns this builder. */
    public static final class ProductBuilder implements FactBuilder<Product> {
        private final String sku;
        private final String productLine;
        private String name;
        private ProductCategory category = ProductCategory.FOOTWEAR;
        private Material material = Material.FULL_GRAIN;
        private Money unitCost = gbp("30.00");
        private Money price = gbp("100.00");
        private boolean safetyFootwear;
        private String last;

        private ProductBuilder(String sku, String productLine) {
            this.sku = sku;
            this.productLine = productLine;
        }

        /**
         * @param name the product's name, e.g. "Chelsea boot, black, 42" (default none)
         * @return this builder
         */
        public ProductBuilder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param category what kind of goods it is (default FOOTWEAR)
         * @return this builder
         */
        public ProductBuilder category(ProductCategory category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * @param material its leather (default FULL_GRAIN)
         * @return this builder
         */
        public ProductBuilder material(Material material) {
            this.material = material;
            return this;
        }

        /**
         * @param unitCost what one unit costs to make (default 30.00 GBP)
         * @return this builder
         */
        public ProductBuilder unitCost(Money unitCost) {
            this.unitCost = unitCost;
            return this;
        }

        /**
         * @param price what a customer pays (default 100.00 GBP)
         * @return this builder
         */
        public ProductBuilder price(Money price) {
            this.price = price;
            return this;
        }

        /**
         * @param safetyFootwear whether it is certified safety footwear (default false)
         * @return this builder
         */
        public ProductBuilder safetyFootwear(boolean safetyFootwear) {
            this.safetyFootwear = safetyFootwear;
            return this;
        }

        /**
         * @param last the last it is made on, e.g. "L-7105" (default not known)
         * @return this builder
         */
        public ProductBuilder last(String last) {
            this.last = last;
            return this;
        }

        /**
         * @return the product
         * @throws IllegalArgumentException when a value is invalid; the message names the field
         */
        @Override
        public Product build() {
            return Product.builder(sku, productLine).name(name).category(category).material(material)
                    .unitCost(unitCost).price(price).safetyFootwear(safetyFootwear).last(last).build();
        }
    }

    /** Builds a {@link Batch}; every method but {@link #build()} returns this builder. */
    public static final class BatchBuilder implements FactBuilder<Batch> {
        private final String id;
        private final String sku;
        private LocalDate producedOn = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(60);
        private Integer quantity;
        private String factory;
        private final List<MaterialLot> lots = new ArrayList<>();
        private Integer unitsSold;
        private Integer unitsInStock;

        private BatchBuilder(String id, String sku) {
            this.id = id;
            this.sku = sku;
        }

        /**
         * @param units units made, pairs for footwear (default not known)
         * @return this builder
         */
        public BatchBuilder quantity(int units) {
            this.quantity = units;
            return this;
        }

        /**
         * @param lots material lots it was made from, with their suppliers; added to any given before
         * @return this builder
         */
        public BatchBuilder withLots(MaterialLot... lots) {
            this.lots.addAll(List.of(lots));
            return this;
        }

        /**
         * @param days produced this many days before {@link #NOW} (default 60)
         * @return this builder
         */
        public BatchBuilder producedDaysAgo(long days) {
            this.producedOn = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(days);
            return this;
        }

        /**
         * @param factory the factory or line that made it (default none)
         * @return this builder
         */
        public BatchBuilder madeAt(String factory) {
            this.factory = factory;
            return this;
        }

        /**
         * @param units units of it sold so far (default not known)
         * @return this builder
         */
        public BatchBuilder unitsSold(int units) {
            this.unitsSold = units;
            return this;
        }

        /**
         * @param units units of it still in stock (default not known)
         * @return this builder
         */
        public BatchBuilder unitsInStock(int units) {
            this.unitsInStock = units;
            return this;
        }

        /**
         * @return the batch
         * @throws IllegalArgumentException when a value is invalid (a negative quantity); the message names the field
         */
        @Override
        public Batch build() {
            return new Batch(id, sku, producedOn, quantity, factory, lots, unitsSold, unitsInStock);
        }
    }

    /** Builds a {@link Complaint}; every method but {@link #build()} and {@link #model()} returns this builder. */
    public static final class ComplaintBuilder implements FactBuilder<Complaint> {
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
         * @param product the product: its SKU and line
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
         * @param code the defect code of the taxonomy, e.g. "SOLE_SEPARATION" (default STITCHING)
         * @return this builder
         */
        public ComplaintBuilder withDefect(String code) {
            complaint.defect(code);
            return this;
        }

        /**
         * @param at when the complaint was received (default a day before {@link #NOW})
         * @return this builder
         */
        public ComplaintBuilder receivedAt(Instant at) {
            this.receivedAt = Objects.requireNonNull(at, "at");
            return this;
        }

        /**
         * @param days received this many days before {@link #NOW}
         * @return this builder
         */
        public ComplaintBuilder receivedDaysAgo(long days) {
            return receivedAt(NOW.minus(Duration.ofDays(days)));
        }

        /**
         * @param hours received this many hours before {@link #NOW}
         * @return this builder
         */
        public ComplaintBuilder receivedHoursAgo(long hours) {
            return receivedAt(NOW.minus(Duration.ofHours(hours)));
        }

        /**
         * Bought this many days before the complaint was received.
         *
         * @param days how many days
         * @return this builder
         */
        public ComplaintBuilder boughtDaysBefore(long days) {
            this.purchasedDaysBeforeReceipt = days;
            return this;
        }

        /**
         * @param customerId the customer who complains (default "CUST-" and the complaint's id)
         * @return this builder
         */
        public ComplaintBuilder byCustomer(String customerId) {
            complaint.customerId(customerId);
            return this;
        }

        /**
         * @param orderId the order the item came on (default none)
         * @return this builder
         */
        public ComplaintBuilder onOrder(String orderId) {
            complaint.orderId(orderId);
            return this;
        }

        /**
         * From this batch: its id and SKU.
         *
         * @param batch the batch: its id and SKU
         * @return this builder
         */
        public ComplaintBuilder from(Batch batch) {
            complaint.batchId(batch.id()).sku(batch.sku());
            return this;
        }

        /**
         * @param batchId the batch the item came from, SKU unchanged (default none)
         * @return this builder
         */
        public ComplaintBuilder fromBatch(String batchId) {
            complaint.batchId(batchId);
            return this;
        }

        /**
         * @param supplier the supplier of the failing material (default none)
         * @return this builder
         */
        public ComplaintBuilder withSupplier(String supplier) {
            complaint.supplier(supplier);
            return this;
        }

        /**
         * @param lot the material lot of the failing material, e.g. a tannery's hide lot (default none)
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
         * @param amountInGbp what the customer paid, in pounds sterling, e.g. "129.00" (default not known)
         * @return this builder
         */
        public ComplaintBuilder pricePaid(String amountInGbp) {
            complaint.pricePaid(gbp(amountInGbp));
            return this;
        }

        /**
         * @param remedy what the customer asks for (default not said)
         * @return this builder
         */
        public ComplaintBuilder seeking(RemedySought remedy) {
            complaint.remedySought(remedy);
            return this;
        }

        /**
         * @param status the complaint's status, overriding what acknowledgement, waits and resolution imply
         * @return this builder
         */
        public ComplaintBuilder status(ComplaintStatus status) {
            complaint.status(status);
            return this;
        }

        /**
         * Acknowledged this many hours after receipt (status ACKNOWLEDGED unless set otherwise).
         *
         * @param hours how many hours
         * @return this builder
         */
        public ComplaintBuilder acknowledgedAfterHours(long hours) {
            this.acknowledgedAfter = Duration.ofHours(hours);
            return this;
        }

        /**
         * Resolved this many days after receipt (status RESOLVED).
         *
         * @param days how many days
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
         * @param euSize the EU size, e.g. "42"
         * @return this builder
         */
        public ComplaintBuilder inSize(String euSize) {
            complaint.size(euSize).sizeSystem(SizeSystem.EU);
            return this;
        }

        /**
         * In this size of this system, e.g. "8" in UK sizes.
         *
         * @param size the size, e.g. "8"
         * @param system the size system
         * @return this builder
         */
        public ComplaintBuilder inSize(String size, SizeSystem system) {
            complaint.size(size).sizeSystem(system);
            return this;
        }

        /**
         * The customer says it is smaller or larger than their usual size.
         *
         * @param direction smaller or larger than usual
         * @return this builder
         */
        public ComplaintBuilder fitting(FitDirection direction) {
            complaint.fitDirection(direction);
            return this;
        }

        /**
         * Traced to this component lot, e.g. a thread lot.
         *
         * @param lot the component lot, e.g. a thread lot
         * @return this builder
         */
        public ComplaintBuilder withComponentLot(String lot) {
            complaint.componentLot(lot);
            return this;
        }

        /**
         * Delivered this many days before the complaint was received.
         *
         * @param days how many days
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
         * @return the model's builder this one fills in
         */
        public Complaint.Builder model() {
            return complaint;
        }

        /**
         * @return the complaint, its status following from what happened to it (acknowledged,
         *         waiting on the customer, resolved) unless {@link #status} set one other than OPEN
         * @throws IllegalArgumentException when a value is invalid; the message names the field
         */
        @Override
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
