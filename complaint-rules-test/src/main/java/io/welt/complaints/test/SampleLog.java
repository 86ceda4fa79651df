package io.welt.complaints.test;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.FitDirection;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.SizeSystem;
import io.welt.complaints.model.WaitingPeriod;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled sample: a year of complaints (1 March 2025 to 28 February 2026) at a maker of shoes,
 * boots, bags, belts and wallets, in which four problems are planted among realistic background
 * complaints. It is the data of {@code examples/data/}, for demonstrations, training and the README.
 *
 * <pre>{@code
 * GeneratedLog sample = SampleLog.generate();
 * Assessment assessment = ComplaintRules.standard().assess(sample.toComplaintLog(), sample.asOf());
 * }</pre>
 *
 * <p>What a careful reader finds, as of {@link #AS_OF}:
 * <ol>
 *   <li>a stitching problem in one boot line: {@value #STITCHING_COMPLAINTS} {@code STITCHING} complaints
 *       on the {@value #STITCHING_LINE} within three weeks of January 2026, four of them on batch
 *       {@link #STITCHING_BATCH};</li>
 *   <li>a tannery lot cracking in two styles: {@code GRAIN_CRACKING} on the {@value #CRACKING_LINE_1}
 *       and the {@value #CRACKING_LINE_2}, whose batches share hide lot {@value #CRACKING_LOT} from
 *       {@value #CRACKING_SUPPLIER}, within seven weeks of autumn 2025;</li>
 *   <li>a safety complaint: a {@code PROTECTIVE_FAILURE} on a {@value #SAFETY_LINE} with an injury
 *       reported, received three days before the clock and still open;</li>
 *   <li>a repeat customer: {@value #REPEAT_CUSTOMER} complains three times within 90 days about one
 *       pair of hiking boots (the repaired sole fails again, then the refund promised on 20 January
 *       does not come);</li>
 *   <li>a size that runs small: the Derby shoe, the Loafer and the Desert boot are made on one last,
 *       {@value #SIZE_LAST}, and their size 42 draws "smaller than my other 42s" from three SKUs within
 *       seven weeks of spring 2025 (one of them written as UK 8);</li>
 *   <li>an order that came late (a satchel, January 2026), then a first seam fault on it seven weeks
 *       after delivery: a late delivery is no failed repair.</li>
 * </ol>
 * Footwear carries its last, and fit complaints their size (the SKU's), with the direction when the
 * customer says it. The batches listed are those the complaints name plus the production made after
 * the corrective actions of {@code examples/data/actions.csv} that no complaint names
 * ({@link #REVISED_BATCHES}), as an ERP's production export holds them.
 * The background is drawn by {@link LogGenerator} from a large customer pool with few known batches,
 * so it adds few findings of its own; recent complaints are still open, so time-based escalations and
 * warnings show. {@link #main} writes the CSV files.
 */
public final class SampleLog {

    /** The clock to assess the sample at. */
    public static final Instant AS_OF = Instant.parse("2026-03-01T09:00:00Z");
    /** When the sample's year begins. */
    public static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

    /** (a) The line with the stitching problem. */
    public static final String STITCHING_LINE = "Chelsea boot";
    /** (a) How many stitching complaints are planted on it. */
    public static final int STITCHING_COMPLAINTS = 6;
    /** (b) The hide lot that cracks. */
    public static final String CRACKING_LOT = "HL-4471";
    /** (b) The tannery that supplied the cracking lot. */
    public static final String CRACKING_SUPPLIER = "Conceria del Ponte";
    /** (b) The first of the two lines made from it. */
    public static final String CRACKING_LINE_1 = "Ankle boot";
    /** (b) The second line made from it. */
    public static final String CRACKING_LINE_2 = "Tote bag";
    /** (c) The safety footwear line of the injury. */
    public static final String SAFETY_LINE = "Safety boot S3";
    /** (d) The customer who keeps coming back. */
    public static final String REPEAT_CUSTOMER = "CUST-208431";
    /** (e) The last shared by the Derby shoe, the Loafer and the Desert boot, whose size 42 runs small. */
    public static final String SIZE_LAST = "L-7105";
    /** (e) The key of its SIZE finding. */
    public static final String SIZE_KEY = "last " + SIZE_LAST + ", EU 42";
    /** (f) The order that came late and then showed a fault. */
    public static final String LATE_ORDER = "SO-0900500";

    /**
     * The background's seed: of the first 400, one with which the planted findings hold only planted
     * complaints, the background adds a single finding, and deadline warnings show.
     */
    static final long SEED = 63;
    private static final int BACKGROUND_COMPLAINTS = 270;

    /** (a) The batch with four of the stitching complaints, the first batch after the background's. */
    public static final String STITCHING_BATCH = "B-00577";
    /** (b) The batch of the first line made from the cracking lot. */
    public static final String CRACKING_BATCH_1 = "B-00578";
    /** (b) The batch of the second line made from the cracking lot. */
    public static final String CRACKING_BATCH_2 = "B-00579";
    /**
     * Production after the corrective actions that no complaint names: an Ankle boot and a Tote bag
     * batch from Conceria del Ponte's next hide lot (after CA-03), and a Chelsea boot batch sewn after
     * CA-04.
     */
    public static final List<String> REVISED_BATCHES = List.of("B-00580", "B-00581", "B-00582");

    /** The last of each footwear line; bags, belts and wallets have none. */
    private static final java.util.Map<String, String> LASTS = java.util.Map.of(
            "Derby shoe", "L-7105", "Loafer", "L-7105", "Desert boot", "L-7105",
            "Chelsea boot", "L-6204", "Ankle boot", "L-6311", "Hiking boot", "L-8120",
            "Leather sneaker", "L-5402", "Safety boot S3", "L-9030");
    /** What the sample's size complaint says. */
    private static final String SMALLER_42 = "Size 42 is smaller than my other 42s";

    private SampleLog() {
    }

    /**
     * The sample log; the same on every call and every machine.
     *
     * @return the log
     */
    public static GeneratedLog generate() {
        return generate(SEED);
    }

    /** The sample with another background, to choose {@link #SEED}. */
    static GeneratedLog generate(long seed) {
        GeneratedLog background = LogGenerator.withSeed(seed)
                .complaints(BACKGROUND_COMPLAINTS)
                .productLines(12)
                .skusPerLine(6)
                .batchesPerSku(8)
                .suppliers(30)
                .materialLots(150)
                .customers(100_000)
                .timeSpan(START, 365)
                .asOf(AS_OF)
                .knownBatchShare(0.2)
                .popularitySkew(0.2)
                .injuryRate(0)
                .defectWeight("PROTECTIVE_FAILURE", 0)
                .defectWeight("SKIN_REACTION", 0)
                // Sizing and stitching still lead, but less steeply than in a real returns report,
                // so that chance clusters do not bury the planted problems.
                .defectWeight("SIZING", 9)
                .defectWeight("STITCHING", 8)
                .defectWeight("HARDWARE_FAILURE", 6)
                .defectWeight("FIT_COMFORT", 6)
                .directTraceShare(0)
                .generate();
        Planting planting = new Planting(background);
        planting.stitchingProblem();
        planting.crackingLot();
        planting.safetyComplaint();
        planting.repeatCustomer();
        planting.revisedProduction();
        planting.lateDeliveryThenFault();
        return planting.result();
    }

    /**
     * Writes {@code complaints.csv}, {@code products.csv} and {@code batches.csv} of the sample into
     * the directory {@code args[0]}, creating it when missing.
     *
     * @param args the directory to write into, as {@code args[0]}
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleLog DIRECTORY   (writes complaints.csv, products.csv, batches.csv)");
            System.exit(2);
        }
        CsvLogWriter.write(generate(), Path.of(args[0]));
    }

    /** Adds the planted batches and complaints to a background and numbers the complaints by receipt. */
    private static final class Planting {
        private final GeneratedLog background;
        private final List<Product> products;
        private final List<Batch> batches;
        private final List<Complaint> complaints = new ArrayList<>();
        private int planted;

        Planting(GeneratedLog background) {
            this.background = background;
            this.products = background.products().stream()
                    .map(p -> LASTS.containsKey(p.productLine()) ? p.toBuilder().last(LASTS.get(p.productLine())).build() : p)
                    .toList();
            this.batches = new ArrayList<>(background.batches());
            String next = "B-" + String.format(Locale.ROOT, "%05d", batches.size() + 1);
            if (!next.equals(STITCHING_BATCH)) {
                throw new IllegalStateException("the background's batches end before " + next + ", not " + STITCHING_BATCH);
            }
            // The interchange files have no column for a wait that is over, so the sample has only
            // open waits and reads back from its CSV files exactly as it is.
            for (Complaint complaint : background.complaints()) {
                List<WaitingPeriod> open = complaint.waitingPeriods().stream().filter(WaitingPeriod::isOpen).toList();
                complaints.add(sized(open.size() == complaint.waitingPeriods().size()
                        ? complaint : complaint.toBuilder().waitingPeriods(open).build()));
            }
        }

        /**
         * A fit complaint on footwear with its size: the SKU's, and for "smaller than my other 42s" the
         * line's size-42 SKU (the background drew the SKU without reading its own words), which says
         * it is small; the Derby shoe's in UK sizes, as a UK store wrote it. Other complaints as they are.
         */
        private Complaint sized(Complaint complaint) {
            boolean fit = complaint.defect().equals("SIZING") || complaint.defect().equals("FIT_COMFORT");
            Product product = product(complaint.sku());
            if (!fit || product.category() != io.welt.complaints.model.ProductCategory.FOOTWEAR || product.name() == null) {
                return complaint;
            }
            Complaint.Builder b = complaint.toBuilder();
            String description = complaint.description();
            if (description.startsWith(SMALLER_42)) {
                Product size42 = products.stream()
                        .filter(p -> p.productLine().equals(product.productLine()) && p.name().endsWith("EU 42"))
                        .findFirst().orElseThrow();
                boolean uk = product.productLine().equals("Derby shoe");
                return b.sku(size42.sku()).size(uk ? "8" : "42").sizeSystem(uk ? SizeSystem.UK : SizeSystem.EU)
                        .fitDirection(FitDirection.SMALL).build();
            }
            String name = product.name();
            b.size(name.substring(name.lastIndexOf("EU ") + 3)).sizeSystem(SizeSystem.EU);
            if (description.contains("small") || description.startsWith("+1 size")) {
                b.fitDirection(FitDirection.SMALL);
            }
            return b.build();
        }

        private Product product(String sku) {
            return products.stream().filter(p -> p.sku().equals(sku)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the background has no product " + sku));
        }

        /**
         * Production after the corrective actions that no complaint names: Conceria del Ponte's next hide
         * lot in an Ankle boot and a Tote bag batch after CA-03 (effective 2025-12-01; a sample of 50 of
         * the first, 400 pairs, is its follow-up), and a Chelsea boot batch after CA-04 (2026-02-10).
         */
        void revisedProduction() {
            MaterialLot nextHides = new MaterialLot("HL-4620", CRACKING_SUPPLIER, "full-grain calf");
            batches.add(new Batch(REVISED_BATCHES.get(0), sku(CRACKING_LINE_1, 1).sku(), LocalDate.parse("2025-12-15"),
                    400, "Porto line 2", List.of(nextHides)));
            batches.add(new Batch(REVISED_BATCHES.get(1), sku(CRACKING_LINE_2, 0).sku(), LocalDate.parse("2026-01-08"),
                    300, "Leon line 1", List.of(nextHides)));
            batches.add(new Batch(REVISED_BATCHES.get(2), sku(STITCHING_LINE, 1).sku(), LocalDate.parse("2026-02-16"),
                    480, "Northampton line 1", List.of(new MaterialLot("HL-4633", "Hartley Tannery", "full-grain calf"),
                            new MaterialLot("TH-2291", "Linwood Threads", "bonded nylon thread"))));
        }

        /** (a) Six seam failures on Chelsea boots in three weeks, four from one batch sewn with one thread lot. */
        void stitchingProblem() {
            Product brown = sku(STITCHING_LINE, 1);
            batches.add(new Batch(STITCHING_BATCH, brown.sku(), LocalDate.parse("2025-11-24"), 480, "Northampton line 1",
                    List.of(new MaterialLot("HL-4388", "Hartley Tannery", "full-grain calf"),
                            new MaterialLot("TH-2207", "Linwood Threads", "bonded nylon thread")),
                    // 360 pairs sold by the time CA-04 held the batch; the 120 on hand are the held ones.
                    360, 120));
            String[][] rows = {
                    // received, sku index, batch?, customer, description
                    {"2026-01-12T09:14:00Z", "1", "b", "CUST-200117", "Side seam split open after three weeks"},
                    {"2026-01-15T14:02:00Z", "1", "b", "CUST-200342", "Stitching at the heel came undone, thread looks frayed"},
                    {"2026-01-19T11:40:00Z", "0", "", "CUST-200586", "Seam along the elastic gusset opening"},
                    {"2026-01-22T16:25:00Z", "1", "b", "CUST-200731", "Both boots: the back seam is coming apart"},
                    {"2026-01-27T10:03:00Z", "2", "", "CUST-200964", "Seam opened at the side, worn only a few times"},
                    {"2026-01-31T13:50:00Z", "1", "b", "CUST-201208", "Thread snapped along the vamp seam"},
            };
            for (String[] row : rows) {
                Product product = sku(STITCHING_LINE, Integer.parseInt(row[1]));
                Instant received = Instant.parse(row[0]);
                Complaint.Builder b = complaint(received, row[3], product, "STITCHING")
                        .channel(Channel.WEB)
                        .orderId(order())
                        .batchId(row[2].isEmpty() ? null : STITCHING_BATCH)
                        .description(row[4])
                        .purchasedOn(LocalDate.ofInstant(received, ZoneOffset.UTC).minusDays(24))
                        .pricePaid(product.price())
                        .remedySought(RemedySought.REPLACE);
                if (received.isBefore(Instant.parse("2026-01-30T00:00:00Z"))) {
                    done(b, received, 3, 6, 12);
                } else {
                    b.status(ComplaintStatus.ACKNOWLEDGED).acknowledgedAt(received.plusSeconds(4 * 3600));
                }
                complaints.add(b.build());
            }
        }

        /** (b) One hide lot in an ankle boot and a tote bag: the grain cracks in both within seven weeks. */
        void crackingLot() {
            Product boot = sku(CRACKING_LINE_1, 1);
            Product bag = sku(CRACKING_LINE_2, 0);
            MaterialLot hide = new MaterialLot(CRACKING_LOT, CRACKING_SUPPLIER, "full-grain calf");
            // Most of both batches sold in the autumn; what is left is on the shelves.
            batches.add(new Batch(CRACKING_BATCH_1, boot.sku(), LocalDate.parse("2025-08-18"), 360, "Porto line 2",
                    List.of(hide), 310, 50));
            batches.add(new Batch(CRACKING_BATCH_2, bag.sku(), LocalDate.parse("2025-08-27"), 240, "Leon line 1",
                    List.of(hide), 215, 25));
            Object[][] rows = {
                    {"2025-10-06T10:31:00Z", boot, CRACKING_BATCH_1, "CUST-201455", "Leather cracking across the vamp after a month"},
                    {"2025-10-21T15:12:00Z", bag, CRACKING_BATCH_2, "CUST-201690", "Cracks in the leather along the handle folds"},
                    {"2025-11-03T08:47:00Z", boot, CRACKING_BATCH_1, "CUST-201823", "Grain split where the boot creases"},
                    {"2025-11-19T17:05:00Z", bag, CRACKING_BATCH_2, "CUST-202046", "Surface of the leather crazed and split on the front"},
            };
            for (Object[] row : rows) {
                Product product = (Product) row[1];
                Instant received = Instant.parse((String) row[0]);
                Complaint.Builder b = complaint(received, (String) row[3], product, "GRAIN_CRACKING")
                        .channel(Channel.EMAIL)
                        .orderId(order())
                        .batchId((String) row[2])
                        .description((String) row[4])
                        .purchasedOn(LocalDate.ofInstant(received, ZoneOffset.UTC).minusDays(35))
                        .pricePaid(product.price())
                        .remedySought(RemedySought.REFUND);
                done(b, received, 5, 8, 20);
                complaints.add(b.build());
            }
        }

        /** (c) A toe cap gives way under a dropped pallet: an injury, three days before the clock, still open. */
        void safetyComplaint() {
            Product boot = sku(SAFETY_LINE, 2);
            Instant received = Instant.parse("2026-02-26T07:40:00Z");
            String batch = batches.stream()
                    .filter(b -> b.sku().equals(boot.sku()) && b.producedOn().isBefore(LocalDate.parse("2025-12-01")))
                    .max(Comparator.comparing(Batch::producedOn)).map(Batch::id).orElse(null);
            complaints.add(complaint(received, "CUST-202311", boot, "PROTECTIVE_FAILURE")
                    .channel(Channel.PHONE)
                    .orderId(order())
                    .batchId(batch)
                    .description("Toe cap gave way when a pallet edge dropped on it; bruised toes, seen by first aid")
                    .purchasedOn(LocalDate.parse("2025-12-15"))
                    .pricePaid(boot.price())
                    .injuryReported(true)
                    .remedySought(RemedySought.REPLACE)
                    .status(ComplaintStatus.ACKNOWLEDGED)
                    .acknowledgedAt(received.plusSeconds(25 * 60))
                    .build());
        }

        /** (d) One customer, one pair of hiking boots: the repaired sole fails again, then the refund does not come. */
        void repeatCustomer() {
            Product boot = sku("Hiking boot", 1);
            String order = "SO-0900412";
            Instant first = Instant.parse("2025-12-04T18:22:00Z");
            Complaint.Builder one = complaint(first, REPEAT_CUSTOMER, boot, "SOLE_SEPARATION")
                    .channel(Channel.WEB).orderId(order)
                    .description("Sole coming away at the toe after five weeks")
                    .purchasedOn(LocalDate.parse("2025-10-30")).pricePaid(boot.price())
                    .remedySought(RemedySought.REPAIR);
            done(one, first, 15, 8, 7);
            complaints.add(one.build());

            Instant second = Instant.parse("2026-01-14T12:05:00Z");
            Complaint.Builder two = complaint(second, REPEAT_CUSTOMER, boot, "SOLE_SEPARATION")
                    .channel(Channel.PHONE).orderId(order)
                    .description("The repaired sole has come away again, I want my money back")
                    .purchasedOn(LocalDate.parse("2025-10-30")).pricePaid(boot.price())
                    .remedySought(RemedySought.REFUND);
            done(two, second, 1, 6, 0);
            complaints.add(two.build());

            Instant third = Instant.parse("2026-02-18T10:47:00Z");
            complaints.add(complaint(third, REPEAT_CUSTOMER, boot, "SERVICE_CONDUCT")
                    .channel(Channel.EMAIL).orderId(order)
                    .description("Refund promised on 20 January still not received, \"we'll call you back\" twice, nobody did")
                    .remedySought(RemedySought.REFUND)
                    .promisedRemedy(RemedyType.REFUND).promisedOn(LocalDate.parse("2026-01-20"))
                    .status(ComplaintStatus.ACKNOWLEDGED)
                    .acknowledgedAt(third.plusSeconds(29 * 3600))
                    .build());
        }

        /**
         * (e) An order that came late, then a first fault on it seven weeks after delivery: the background's
         * late satchel (received 11 January 2026) gets an order number, and its owner complains of a seam
         * after the safety complaint, so no earlier complaint changes its number. A late delivery is no
         * failed repair: the seam is owed a repair or a replacement, not the final right to reject.
         */
        void lateDeliveryThenFault() {
            Instant late = Instant.parse("2026-01-11T14:41:00Z");
            int index = -1;
            for (int i = 0; i < complaints.size(); i++) {
                if (complaints.get(i).receivedAt().equals(late) && complaints.get(i).defect().equals("LATE_DELIVERY")) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalStateException("the background has no late delivery received at " + late);
            }
            Complaint delivery = complaints.get(index);
            String order = LATE_ORDER;
            complaints.set(index, delivery.toBuilder().orderId(order).deliveredOn(LocalDate.parse("2026-01-10")).build());
            Product satchel = background.products().stream().filter(p -> p.sku().equals(delivery.sku())).findFirst()
                    .orElseThrow();
            Instant seam = Instant.parse("2026-02-27T10:05:00Z");
            complaints.add(Complaint.builder("planted-late", seam, delivery.customerId(), satchel.sku(), "STITCHING")
                    .productLine(satchel.productLine())
                    .channel(Channel.MARKETPLACE).orderId(order)
                    .description("The strap seam has opened; the bag came late in January and now this")
                    .purchasedOn(delivery.purchasedOn()).deliveredOn(LocalDate.parse("2026-01-10"))
                    .pricePaid(delivery.pricePaid())
                    .remedySought(RemedySought.REFUND)
                    .build());
        }

        private Complaint.Builder complaint(Instant received, String customer, Product product, String defect) {
            planted++;
            return Complaint.builder("planted-" + planted, received, customer, product.sku(), defect)
                    .productLine(product.productLine());
        }

        /** Acknowledged after {@code ackHours}, resolved {@code resolveDays} later, closed {@code closeDays} after that (0: not closed). */
        private static void done(Complaint.Builder b, Instant received, int ackHours, int resolveDays, int closeDays) {
            Instant acknowledged = received.plusSeconds(ackHours * 3600L);
            Instant resolved = acknowledged.plusSeconds(resolveDays * 86_400L);
            b.acknowledgedAt(acknowledged).resolvedAt(resolved).status(ComplaintStatus.RESOLVED);
            if (closeDays > 0) {
                b.closedAt(resolved.plusSeconds(closeDays * 86_400L)).status(ComplaintStatus.CLOSED);
            }
        }

        private String order() {
            return "SO-09" + String.format(Locale.ROOT, "%05d", 100 + planted);
        }

        private Product sku(String line, int index) {
            return products.stream().filter(p -> p.productLine().equals(line)).skip(index).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the background has no SKU " + index + " of " + line));
        }

        GeneratedLog result() {
            complaints.sort(Complaint.BY_RECEIPT);
            List<Complaint> numbered = new ArrayList<>(complaints.size());
            for (Complaint complaint : complaints) {
                String id = "C-" + String.format(Locale.ROOT, "%05d", numbered.size() + 1);
                numbered.add(complaint.toBuilder().id(id).build());
            }
            // An export for the sample lists the batches its complaints name, not all 576 made, and the
            // production made after the corrective actions, which no complaint names.
            Set<String> named = new HashSet<>(REVISED_BATCHES);
            numbered.forEach(c -> named.add(c.batchId()));
            List<Batch> listed = batches.stream().filter(b -> named.contains(b.id())).toList();
            return new GeneratedLog(products, listed, numbered, AS_OF);
        }
    }
}
