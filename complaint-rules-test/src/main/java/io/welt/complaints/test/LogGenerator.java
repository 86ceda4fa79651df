package io.welt.complaints.test;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.FitDirection;
import io.welt.complaints.model.Material;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.SizeSystem;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.test.TradeVocabulary.LineTemplate;
import io.welt.complaints.test.TradeVocabulary.SupplierKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * Makes realistic complaint logs of any size for tests, demonstrations and benchmarks. Deterministic:
 * the same seed and settings give an identical log on every machine and Java version (it draws from
 * {@link java.util.Random}, whose sequence Java specifies, and computes with {@link StrictMath}).
 *
 * <pre>{@code
 * GeneratedLog log = LogGenerator.withSeed(42)
 *         .complaints(10_000)
 *         .productLines(40)
 *         .customers(6_000)
 *         .timeSpan(Instant.parse("2025-01-01T00:00:00Z"), 365)
 *         .generate();
 * Assessment assessment = ComplaintRules.standard().assess(log.toComplaintLog(), log.asOf());
 * }</pre>
 *
 * <p>What it makes, and how it looks like a real business:
 * <ul>
 *   <li><b>Products</b>: lines from a footwear and leather-goods range ("Chelsea boot", "Derby shoe",
 *       "Hiking boot", "Safety boot S3", "Tote bag", "Belt", "Wallet", ...; beyond the 34 base lines,
 *       collections such as "Chelsea boot Heritage"), each with {@link #skusPerLine} SKUs (colours and
 *       sizes), a category, a material, a price and a unit cost.</li>
 *   <li><b>Suppliers and material lots</b>: tanneries (the most), sole makers, hardware, adhesive and
 *       thread suppliers; each lot belongs to one supplier. Lots are used for a stretch of time, so
 *       batches of different lines made at about the same time share lots, as in a real plant.</li>
 *   <li><b>Batches</b>: {@link #batchesPerSku} per SKU spread from half a year before the log until
 *       shortly before its end, each with a tannery lot and, by category, sole, adhesive, thread or
 *       hardware lots.</li>
 *   <li><b>Complaints</b>: received over the time span, more by day than by night and on weekdays
 *       than at weekends; popularity is skewed (a few lines draw most complaints, see
 *       {@link #popularitySkew}); defects are drawn from {@link Taxonomy#footwearAndLeather()} with
 *       weights by category (sizing and stitching common, skin reaction and protective failure rare,
 *       the latter only on safety footwear, no sole faults on bags); a few customers complain often.</li>
 *   <li><b>Lifecycle</b>: most complaints are acknowledged within a day and resolved within ten, some
 *       late, a few forgotten; some wait on the customer; many resolved ones are later closed. Every
 *       timestamp lies between receipt and {@code asOf}, so recent complaints are still open.</li>
 * </ul>
 *
 * <p>It makes no quadratic work: a million complaints with a few hundred thousand customers and
 * hundreds of product lines take a few seconds (memory is that of the complaint objects). Not
 * thread-safe while being configured; {@link #generate()} does not change the settings and may be
 * called again for an identical log.
 *
 * <p>A setting out of its range (a count below its minimum, a share outside [0, 1], a skew outside
 * [0, 10], a granularity that is not a whole number of seconds, a maximum below its minimum, an
 * unknown defect code) throws {@link IllegalArgumentException} naming the setting and the value; a
 * null argument throws {@link NullPointerException}.
 */
public final class LogGenerator {

    /** The default taxonomy's codes, in the order of the weight tables below. */
    private static final List<String> DEFECTS = List.of("STITCHING", "SOLE_SEPARATION", "SOLE_WEAR", "HEEL_FAILURE",
            "GRAIN_CRACKING", "FINISH_PEELING", "COLOUR_TRANSFER", "SUEDE_MARKING", "WATER_STAINING",
            "HARDWARE_FAILURE", "LINING_WEAR", "SIZING", "FIT_COMFORT", "ODOUR", "SKIN_REACTION",
            "PROTECTIVE_FAILURE", "WRONG_ITEM", "LATE_DELIVERY", "SERVICE_CONDUCT");
    private static final List<DefectCategory> CATEGORIES = DEFECTS.stream()
            .map(code -> Taxonomy.footwearAndLeather().find(code).orElseThrow()).toList();
    private static final List<List<String>> FOOTWEAR_DESCRIPTIONS =
            DEFECTS.stream().map(code -> TradeVocabulary.descriptions(code, true)).toList();
    private static final List<List<String>> GOODS_DESCRIPTIONS =
            DEFECTS.stream().map(code -> TradeVocabulary.descriptions(code, false)).toList();

    // Relative weights per category, aligned with DEFECTS. Sizing and stitching lead, as in every
    // footwear returns report; safety-related defects are rare.
    private static final double[] FOOTWEAR_WEIGHTS =
            {14, 8, 6, 3, 4, 3, 2, 0, 3, 3, 4, 16, 10, 1.5, 0.3, 0, 4, 7, 2};
    private static final double[] BAG_WEIGHTS =
            {16, 0, 0, 0, 4, 6, 6, 0, 4, 14, 8, 0, 0, 2, 0.1, 0, 5, 7, 2};
    private static final double[] BELT_WEIGHTS =
            {10, 0, 0, 0, 6, 8, 4, 0, 1, 14, 0, 10, 1, 0.5, 0.1, 0, 5, 6, 2};
    private static final double[] SMALL_GOODS_WEIGHTS =
            {12, 0, 0, 0, 4, 8, 6, 0, 2, 6, 6, 0, 0, 1, 0.1, 0, 5, 7, 2};
    private static final double PROTECTIVE_FAILURE_WEIGHT = 1.0;
    private static final double SUEDE_MARKING_WEIGHT = 4.0;

    private static final double[] HOUR_OF_DAY = {0.10, 0.05, 0.05, 0.05, 0.05, 0.10, 0.30, 0.60, 0.90, 1, 1, 1, 1,
            1, 1, 1, 1, 0.90, 0.90, 0.80, 0.70, 0.50, 0.30, 0.20};
    private static final double[] DAY_OF_WEEK = {1, 1, 1, 1, 0.95, 0.70, 0.50}; // Monday first

    private static final Channel[] CHANNELS = {Channel.WEB, Channel.EMAIL, Channel.PHONE, Channel.STORE,
            Channel.MARKETPLACE, Channel.SOCIAL, Channel.OTHER};
    private static final WeightedChoice CHANNEL_CHOICE = new WeightedChoice(new double[]{30, 25, 15, 12, 12, 4, 2});

    private static final int DAY_SECONDS = 86_400;
    private static final double REGULAR_CUSTOMER_SHARE = 0.05;
    private static final double SAME_ORDER_SHARE = 0.3;

    private final long seed;
    private int complaints = 1_000;
    private int productLines = 12;
    private int skusPerLine = 6;
    private int batchesPerSku = 4;
    private int suppliers = 10;
    private int materialLots = 60;
    private int customers = 5_000;
    private Instant start = Instant.parse("2025-01-01T00:00:00Z");
    private int days = 365;
    private Instant asOf;
    private Duration timeGranularity = Duration.ofMinutes(1);
    private double knownBatchShare = 0.6;
    private double purchaseDateShare = 0.7;
    private double orderIdShare = 0.85;
    private double injuryRate = 0.002;
    private double knownQuantityShare = 0.9;
    private int minBatchQuantity = 120;
    private int maxBatchQuantity = 2_400;
    private double unknownLotIdShare = 0.05;
    private double directTraceShare = 0.02;
    private double unlistedBatchShare = 0.0;
    private double popularitySkew = 1.0;
    private Currency currency = Currency.getInstance("GBP");
    private final Map<String, Double> defectWeights = new TreeMap<>();
    private boolean sizesAndLasts;

    private LogGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * A generator with default settings (1,000 complaints over 2025) drawing from {@code seed}.
     *
     * @param seed the seed every random choice is drawn from
     * @return a new generator
     */
    public static LogGenerator withSeed(long seed) {
        return new LogGenerator(seed);
    }

    /**
     * How many complaints to make (default 1,000). Returns this generator.
     *
     * @param count how many complaints
     * @return this generator
     */
    public LogGenerator complaints(int count) {
        this.complaints = atLeast(count, 0, "complaints");
        return this;
    }

    /**
     * How many product lines the range has (default 12; 1 or more, any number). Returns this generator.
     *
     * @param count how many
     * @return this generator
     */
    public LogGenerator productLines(int count) {
        this.productLines = atLeast(count, 1, "productLines");
        return this;
    }

    /**
     * SKUs (colours and sizes) per product line (default 6). Returns this generator.
     *
     * @param count how many
     * @return this generator
     */
    public LogGenerator skusPerLine(int count) {
        this.skusPerLine = atLeast(count, 1, "skusPerLine");
        return this;
    }

    /**
     * Production batches per SKU (default 4). Returns this generator.
     *
     * @param count how many
     * @return this generator
     */
    public LogGenerator batchesPerSku(int count) {
        this.batchesPerSku = atLeast(count, 1, "batchesPerSku");
        return this;
    }

    /**
     * Suppliers of materials and components (default 10; 0 makes batches without lots). Returns this generator.
     *
     * @param count how many
     * @return this generator
     */
    public LogGenerator suppliers(int count) {
        this.suppliers = atLeast(count, 0, "suppliers");
        return this;
    }

    /**
     * Material lots, shared out among the suppliers (default 60). Returns this generator.
     *
     * @param count how many
     * @return this generator
     */
    public LogGenerator materialLots(int count) {
        this.materialLots = atLeast(count, 0, "materialLots");
        return this;
    }

    /**
     * The size of the customer pool complaints are drawn from (default 5,000). Returns this generator.
     *
     * @param count how many
     * @return this generator
     */
    public LogGenerator customers(int count) {
        this.customers = atLeast(count, 1, "customers");
        return this;
    }

    /**
     * Complaints are received from {@code start} for {@code days} days (default 2025-01-01, 365 days).
     * Returns this generator.
     *
     * @param start the first moment a complaint may be received
     * @param days how many days complaints come in over
     * @return this generator
     */
    public LogGenerator timeSpan(Instant start, int days) {
        this.start = Objects.requireNonNull(start, "start");
        this.days = atLeast(days, 1, "days");
        return this;
    }

    /**
     * The clock of the log: lifecycle times after it are not yet known. Must not be before the end of
     * the time span. Default: shortly (one to two hours) after the last complaint. Returns this generator.
     *
     * @param asOf the log's clock
     * @return this generator
     */
    public LogGenerator asOf(Instant asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        return this;
    }

    /**
     * Receipt times are multiples of this after the start (default one minute). A coarse granularity,
     * such as a day, makes complaints share timestamps and lie exactly on rule windows' edges.
     * Returns this generator.
     *
     * @param granularity the step of receipt times, e.g. one minute or one day
     * @return this generator
     */
    public LogGenerator timeGranularity(Duration granularity) {
        Objects.requireNonNull(granularity, "granularity");
        if (granularity.getSeconds() < 1 || granularity.getNano() != 0) {
            throw new IllegalArgumentException("timeGranularity must be a whole number of seconds, at least 1, was "
                    + granularity);
        }
        this.timeGranularity = granularity;
        return this;
    }

    /**
     * Share of complaints whose batch is known (default 0.6), where a batch of the SKU was made a
     * week or more before the complaint. Returns this generator.
     *
     * @param share a share from 0 to 1
     * @return this generator
     */
    public LogGenerator knownBatchShare(double share) {
        this.knownBatchShare = share(share, "knownBatchShare");
        return this;
    }

    /**
     * Share of complaints with a purchase date and the price paid (default 0.7). Returns this generator.
     *
     * @param share a share from 0 to 1
     * @return this generator
     */
    public LogGenerator purchaseDateShare(double share) {
        this.purchaseDateShare = share(share, "purchaseDateShare");
        return this;
    }

    /**
     * Share of complaints naming an order (default 0.85). Returns this generator.
     *
     * @param share a share from 0 to 1
     * @return this generator
     */
    public LogGenerator orderIdShare(double share) {
        this.orderIdShare = share(share, "orderIdShare");
        return this;
    }

    /**
     * Chance that a complaint about a functional failure (a heel snapping, a sole coming off)
     * reports an injury (default 0.002). Skin reactions and protective failures report one far more
     * often, whatever this rate. Returns this generator.
     *
     * @param rate a chance from 0 to 1
     * @return this generator
     */
    public LogGenerator injuryRate(double rate) {
        this.injuryRate = share(rate, "injuryRate");
        return this;
    }

    /**
     * Share of batches whose quantity made is known (default 0.9). Returns this generator.
     *
     * @param share a share from 0 to 1
     * @return this generator
     */
    public LogGenerator knownQuantityShare(double share) {
        this.knownQuantityShare = share(share, "knownQuantityShare");
        return this;
    }

    /**
     * Units made per batch, drawn evenly from {@code min} to {@code max} (default 120 to 2,400). Returns this generator.
     *
     * @param min the fewest units a batch makes
     * @param max the most units a batch makes
     * @return this generator
     */
    public LogGenerator batchQuantity(int min, int max) {
        atLeast(min, 0, "batchQuantity min");
        if (max < min) {
            throw new IllegalArgumentException("batchQuantity max (" + max + ") is below min (" + min + ")");
        }
        this.minBatchQuantity = min;
        this.maxBatchQuantity = max;
        return this;
    }

    /**
     * Share of a batch's material lots recorded with the supplier only, no lot number (default 0.05).
     * Returns this generator.
     *
     * @param share a share from 0 to 1
     * @return this generator
     */
    public LogGenerator unknownLotIdShare(double share) {
        this.unknownLotIdShare = share(share, "unknownLotIdShare");
        return this;
    }

    /**
     * Share of complaints traced straight to a supplier and usually a material lot, beyond their
     * batch (default 0.02): the returned pair was sent to the supplier. Returns this generator.
     *
     * @param share a share from 0 to 1
     * @return this generator
     */
    public LogGenerator directTraceShare(double share) {
        this.directTraceShare = share(share, "directTraceShare");
        return this;
    }

    /**
     * Share of batches that complaints name but the log does not list (default 0): the batch number
     * is on the shoe's label but missing from the ERP export. Returns this generator.
     *
     * @param share a share from 0 to 1
     * @return this generator
     */
    public LogGenerator unlistedBatchShare(double share) {
        this.unlistedBatchShare = share(share, "unlistedBatchShare");
        return this;
    }

    /**
     * How unevenly complaints spread over product lines (default 1.0): the line of rank r draws in
     * proportion to 1 / r^skew, so 0 spreads evenly and 1 lets a few lines draw most. Returns this generator.
     *
     * @param skew 0 or more
     * @return this generator
     */
    public LogGenerator popularitySkew(double skew) {
        if (!(skew >= 0 && skew <= 10)) {
            throw new IllegalArgumentException("popularitySkew must be in [0, 10], was " + skew);
        }
        this.popularitySkew = skew;
        return this;
    }

    /**
     * Sets a defect's relative weight wherever it can occur (0 leaves it out). The default weights
     * lie between 0.1 (skin reaction on a bag) and 16 (sizing on footwear). A defect never occurs where
     * it makes no sense (a sole separation on a belt) whatever its weight. Returns this generator.
     *
     * @throws IllegalArgumentException when the code is not in {@link Taxonomy#footwearAndLeather()}
     */
    /**
     * The defect codes the generator draws: the default taxonomy's, as they stood when its weights were measured.
     *
     * @return the codes, in the generator's order
     */
    public static List<String> defectCodes() {
        return DEFECTS;
    }

    /**
     * How often the generator draws {@code code} against the others (default: as measured in a year of complaints). Returns this generator.
     *
     * @param code one of {@link #defectCodes()}
     * @param weight its relative weight, finite and not negative (0: never drawn)
     * @return this generator
     */
    public LogGenerator defectWeight(String code, double weight) {
        Objects.requireNonNull(code, "code");
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!DEFECTS.contains(upper)) {
            throw new IllegalArgumentException("defectWeight: unknown defect code '" + code + "'; the codes are " + DEFECTS);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("defectWeight of " + upper + " must be finite and not negative, was " + weight);
        }
        defectWeights.put(upper, weight);
        return this;
    }

    /**
     * Whether footwear gets lasts and complaints about it sizes (default false, so that logs made
     * before sizes existed stay as they were). With it: footwear lines share lasts in pairs and every
     * third has none known; a footwear complaint carries a size (its SKU's, or one near it), in EU,
     * UK or US sizes, and a fit complaint usually says whether the shoe is small or large; a few
     * stitching and sole complaints name a thread or adhesive lot as their component lot. These draw
     * from a stream of their own: the rest of the log is the same with or without them. Returns this generator.
     *
     * @param on whether to add them
     * @return this generator
     */
    public LogGenerator sizesAndLasts(boolean on) {
        this.sizesAndLasts = on;
        return this;
    }

    /**
     * The currency of prices (default GBP). Returns this generator.
     *
     * @param isoCode an ISO 4217 code, e.g. {@code "EUR"}
     * @return this generator
     */
    public LogGenerator currency(String isoCode) {
        this.currency = Currency.getInstance(Objects.requireNonNull(isoCode, "isoCode"));
        return this;
    }

    private static int atLeast(int value, int min, String setting) {
        if (value < min) {
            throw new IllegalArgumentException(setting + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    private static double share(double value, String setting) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(setting + " must be in [0, 1], was " + value);
        }
        return value;
    }

    /**
     * Makes the log.
     *
     * @return the log
     * @throws IllegalStateException when the settings contradict each other: {@code asOf} before the
     *                               end of the time span, or defect weights that leave a product line
     *                               no defect to draw
     */
    public GeneratedLog generate() {
        if (asOf != null && asOf.isBefore(start.plusSeconds((long) days * DAY_SECONDS))) {
            throw new IllegalStateException("asOf " + asOf + " is before the end of the time span, "
                    + start.plusSeconds((long) days * DAY_SECONDS));
        }
        return new Run().make();
    }

    /** One generation: the state of the draw, discarded after. */
    private final class Run {
        // Separate streams, so that changing one setting (say, the number of complaints) leaves the
        // rest of the log (the range, the batches) as it was.
        private final Random catalogueRandom = new Random(mix(seed, 1));
        private final Random timeRandom = new Random(mix(seed, 2));
        private final Random complaintRandom = new Random(mix(seed, 3));
        private final Random sizeRandom = new Random(mix(seed, 4));
        /** The EU size in each footwear product's name, by product index; null for other goods. */
        private Integer[] euSizeOfProduct;

        private final List<Product> products = new ArrayList<>();
        private int[] lineOfProduct;
        private WeightedChoice[] defectChoiceOfLine;
        private Money[][] pricesOfProduct;
        private WeightedChoice productChoice;

        private final List<String> lotIds = new ArrayList<>();
        private final List<String> lotSuppliers = new ArrayList<>();
        private final List<String> lotMaterials = new ArrayList<>();
        private final Map<SupplierKind, List<Integer>> lotsByKind = new EnumMap<>(SupplierKind.class);

        private final List<Batch> listedBatches = new ArrayList<>();
        private String[] batchIds;
        private int[] batchDays;
        private long firstBatchDay;
        private long lastBatchDay;

        private long[] receiptSeconds;
        private Instant clock;
        private final Map<Long, LocalDate> dates = new HashMap<>();

        GeneratedLog make() {
            makeTimes();
            makeRange();
            makeLots();
            makeBatches();
            List<Complaint> made = makeComplaints();
            return new GeneratedLog(products, listedBatches, made, clock);
        }

        // ---- time ----

        private void makeTimes() {
            long startSecond = start.getEpochSecond();
            long span = (long) days * DAY_SECONDS;
            long step = timeGranularity.getSeconds();
            receiptSeconds = new long[complaints];
            for (int i = 0; i < complaints; i++) {
                long at;
                do {
                    at = startSecond + (long) (timeRandom.nextDouble() * span);
                } while (timeRandom.nextDouble() >= busyness(at));
                receiptSeconds[i] = startSecond + (at - startSecond) / step * step;
            }
            Arrays.sort(receiptSeconds);
            if (asOf != null) {
                clock = asOf;
            } else if (complaints == 0) {
                clock = start.plusSeconds(span);
            } else {
                long last = receiptSeconds[complaints - 1];
                clock = Instant.ofEpochSecond(Math.floorDiv(last, 3600) * 3600 + 7200);
            }
        }

        /** How busy the service desk is at this second: by hour of day and day of week, up to 1. */
        private double busyness(long epochSecond) {
            int hour = (int) Math.floorMod(epochSecond / 3600, 24L);
            int weekday = (int) Math.floorMod(Math.floorDiv(epochSecond, DAY_SECONDS) + 3, 7L); // 1970-01-01 was a Thursday
            return HOUR_OF_DAY[hour] * DAY_OF_WEEK[weekday];
        }

        // ---- products ----

        private void makeRange() {
            int bases = TradeVocabulary.LINES.size();
            List<String> collections = TradeVocabulary.COLLECTIONS;
            lineOfProduct = new int[productLines * skusPerLine];
            defectChoiceOfLine = new WeightedChoice[productLines];
            pricesOfProduct = new Money[productLines * skusPerLine][];
            double[] productWeights = new double[productLines * skusPerLine];
            euSizeOfProduct = new Integer[productLines * skusPerLine];
            int footwearLines = 0;
            for (int line = 0; line < productLines; line++) {
                LineTemplate base = TradeVocabulary.LINES.get(line % bases);
                int round = line / bases;
                String name = base.name();
                double priceFactor = 1.0;
                if (round > 0) {
                    int variant = (round - 1) % collections.size();
                    int edition = (round - 1) / collections.size();
                    name = base.name() + " " + collections.get(variant) + (edition > 0 ? " " + (edition + 1) : "");
                    priceFactor = 0.85 + 0.05 * catalogueRandom.nextInt(10);
                }
                String code = base.code() + (round + 1);
                BigDecimal price = BigDecimal.valueOf(StrictMath.round(base.price() * priceFactor)).setScale(2);
                Money listPrice = Money.of(price, currency);
                Money unitCost = Money.of(price.multiply(new BigDecimal("0.32")).setScale(2, RoundingMode.HALF_EVEN), currency);
                defectChoiceOfLine[line] = defectChoice(base, name);
                String last = null;
                if (base.category() == ProductCategory.FOOTWEAR) {
                    int ordinal = footwearLines++;
                    last = !sizesAndLasts || ordinal % 3 == 2 ? null : "L-" + (7100 + ordinal / 2);
                }
                double lineWeight = 1.0 / StrictMath.pow(line + 1, popularitySkew);
                for (int k = 0; k < skusPerLine; k++) {
                    int index = line * skusPerLine + k;
                    String sku = code + "-" + pad(k + 1, 2);
                    Product product = Product.builder(sku, name)
                            .name(name + ", " + colourAndSize(base, k))
                            .category(base.category())
                            .material(base.material())
                            .unitCost(unitCost)
                            .price(listPrice)
                            .safetyFootwear(base.safety())
                            .last(last)
                            .build();
                    String label = colourAndSize(base, k);
                    int eu = label.indexOf("EU ");
                    euSizeOfProduct[index] = base.category() == ProductCategory.FOOTWEAR && eu >= 0
                            ? Integer.valueOf(label.substring(eu + 3)) : null;
                    products.add(product);
                    lineOfProduct[index] = line;
                    pricesOfProduct[index] = discountedPrices(listPrice);
                    productWeights[index] = lineWeight / StrictMath.sqrt(k + 1.0);
                }
            }
            productChoice = new WeightedChoice(productWeights);
        }

        /** Colour and size of the line's {@code k}th SKU; no two SKUs of a line share both below 36. */
        private String colourAndSize(LineTemplate base, int k) {
            List<String> colours = TradeVocabulary.COLOURS;
            String colour = colours.get(k % colours.size());
            int sizeStep = k + k / colours.size();
            return switch (base.category()) {
                case FOOTWEAR -> colour + ", " + TradeVocabulary.SHOE_SIZES.get(sizeStep % TradeVocabulary.SHOE_SIZES.size());
                case BELT -> colour + ", " + TradeVocabulary.BELT_SIZES.get(sizeStep % TradeVocabulary.BELT_SIZES.size());
                default -> k < colours.size() ? colour : colour + ", style " + (k / colours.size() + 1);
            };
        }

        private Money[] discountedPrices(Money list) {
            Money[] prices = new Money[4];
            for (int d = 0; d < prices.length; d++) {
                prices[d] = list.times(BigDecimal.valueOf(10 - d, 1)); // full price, 10%, 20%, 30% off
            }
            return prices;
        }

        private WeightedChoice defectChoice(LineTemplate base, String lineName) {
            double[] weights = switch (base.category()) {
                case FOOTWEAR -> FOOTWEAR_WEIGHTS.clone();
                case BELT -> BELT_WEIGHTS.clone();
                case SMALL_LEATHER_GOODS -> SMALL_GOODS_WEIGHTS.clone();
                default -> BAG_WEIGHTS.clone();
            };
            if (base.safety()) {
                weights[DEFECTS.indexOf("PROTECTIVE_FAILURE")] = PROTECTIVE_FAILURE_WEIGHT;
            }
            if (base.material() == Material.SUEDE || base.material() == Material.NUBUCK) {
                weights[DEFECTS.indexOf("SUEDE_MARKING")] = SUEDE_MARKING_WEIGHT;
            }
            for (Map.Entry<String, Double> override : defectWeights.entrySet()) {
                int i = DEFECTS.indexOf(override.getKey());
                if (weights[i] > 0) {
                    weights[i] = override.getValue();
                }
            }
            if (!WeightedChoice.anyPositive(weights)) {
                throw new IllegalStateException("the defect weights leave product line '" + lineName
                        + "' (" + base.category() + ") no defect to draw");
            }
            return new WeightedChoice(weights);
        }

        // ---- suppliers and lots ----

        private void makeLots() {
            List<String> supplierNames = new ArrayList<>();
            List<SupplierKind> supplierKinds = new ArrayList<>();
            Map<SupplierKind, Integer> perKind = new EnumMap<>(SupplierKind.class);
            for (int i = 0; i < suppliers; i++) {
                SupplierKind kind = TradeVocabulary.supplierKind(i);
                int n = perKind.merge(kind, 1, Integer::sum) - 1;
                supplierNames.add(kind.supplierName(n));
                supplierKinds.add(kind);
            }
            for (SupplierKind kind : SupplierKind.values()) {
                lotsByKind.put(kind, new ArrayList<>());
            }
            if (suppliers == 0) {
                return;
            }
            for (int j = 0; j < materialLots; j++) {
                int supplier = j % suppliers;
                SupplierKind kind = supplierKinds.get(supplier);
                lotIds.add(kind.lotPrefix + "-" + (1001 + j));
                lotSuppliers.add(supplierNames.get(supplier));
                lotMaterials.add(kind.materials.get((j / suppliers) % kind.materials.size()));
                lotsByKind.get(kind).add(j);
            }
        }

        // ---- batches ----

        private void makeBatches() {
            long startDay = Math.floorDiv(start.getEpochSecond(), DAY_SECONDS);
            long clockDay = Math.floorDiv(clock.getEpochSecond(), DAY_SECONDS);
            firstBatchDay = startDay - 180;
            lastBatchDay = Math.max(firstBatchDay + 1, Math.min(startDay + days - 7, clockDay));
            int skus = products.size();
            int total = skus * batchesPerSku;
            batchIds = new String[total];
            batchDays = new int[total];
            int width = Math.max(5, digits(total));
            double spacing = (lastBatchDay - firstBatchDay) / (double) batchesPerSku;
            for (int s = 0; s < skus; s++) {
                Product product = products.get(s);
                int line = lineOfProduct[s];
                for (int k = 0; k < batchesPerSku; k++) {
                    int index = s * batchesPerSku + k;
                    long day = Math.min(lastBatchDay, firstBatchDay + (long) ((k + catalogueRandom.nextDouble()) * spacing));
                    String id = "B-" + pad(index + 1, width);
                    Integer quantity = minBatchQuantity + catalogueRandom.nextInt(maxBatchQuantity - minBatchQuantity + 1);
                    if (catalogueRandom.nextDouble() >= knownQuantityShare) {
                        quantity = null;
                    }
                    List<MaterialLot> lots = lotsFor(product.category(), day);
                    boolean listed = catalogueRandom.nextDouble() >= unlistedBatchShare;
                    batchIds[index] = id;
                    batchDays[index] = (int) day;
                    if (listed) {
                        listedBatches.add(new Batch(id, product.sku(), LocalDate.ofEpochDay(day), quantity,
                                TradeVocabulary.FACTORIES.get(line % TradeVocabulary.FACTORIES.size()), lots));
                    }
                }
            }
        }

        private List<MaterialLot> lotsFor(ProductCategory category, long day) {
            List<MaterialLot> lots = new ArrayList<>(4);
            addLot(lots, SupplierKind.TANNERY, 1.0, day);
            switch (category) {
                case FOOTWEAR -> {
                    addLot(lots, SupplierKind.SOLE, 0.85, day);
                    addLot(lots, SupplierKind.ADHESIVE, 0.5, day);
                    addLot(lots, SupplierKind.THREAD, 0.3, day);
                }
                case BELT -> addLot(lots, SupplierKind.HARDWARE, 0.9, day);
                default -> {
                    addLot(lots, SupplierKind.HARDWARE, 0.7, day);
                    addLot(lots, SupplierKind.THREAD, 0.3, day);
                }
            }
            return lots;
        }

        /** A lot of this kind in use on {@code day}: lots follow each other in time, with some overlap. */
        private void addLot(List<MaterialLot> lots, SupplierKind kind, double chance, long day) {
            List<Integer> candidates = lotsByKind.get(kind);
            if (candidates.isEmpty() || catalogueRandom.nextDouble() >= chance) {
                return;
            }
            double position = (day - firstBatchDay) / (double) (lastBatchDay - firstBatchDay + 1);
            int i = (int) (position * candidates.size()) + catalogueRandom.nextInt(3) - 1;
            int lot = candidates.get(Math.max(0, Math.min(candidates.size() - 1, i)));
            boolean lotIdKnown = catalogueRandom.nextDouble() >= unknownLotIdShare;
            lots.add(new MaterialLot(lotIdKnown ? lotIds.get(lot) : null, lotSuppliers.get(lot), lotMaterials.get(lot)));
        }

        // ---- complaints ----

        private List<Complaint> makeComplaints() {
            Random r = complaintRandom;
            List<Complaint> made = new ArrayList<>(complaints);
            int idWidth = Math.max(5, digits(complaints));
            int customerWidth = Math.max(6, digits(customers));
            int regulars = Math.max(1, customers / 100);
            String[] customerIds = new String[customers];
            int[] lastOrder = new int[customers];
            int orders = 0;
            for (int i = 0; i < complaints; i++) {
                String id = "C-" + pad(i + 1, idWidth);
                Instant received = Instant.ofEpochSecond(receiptSeconds[i]);
                long receiptDay = Math.floorDiv(receiptSeconds[i], DAY_SECONDS);
                int productIndex = productChoice.pick(r);
                Product product = products.get(productIndex);
                int defectIndex = defectChoiceOfLine[lineOfProduct[productIndex]].pick(r);
                String defect = DEFECTS.get(defectIndex);
                DefectCategory category = CATEGORIES.get(defectIndex);

                int customer = r.nextDouble() < REGULAR_CUSTOMER_SHARE ? r.nextInt(regulars) : r.nextInt(customers);
                if (customerIds[customer] == null) {
                    customerIds[customer] = "CUST-" + pad(customer + 1, customerWidth);
                }
                Complaint.Builder b = Complaint.builder(id, received, customerIds[customer], product.sku(), defect)
                        .productLine(product.productLine())
                        .channel(CHANNELS[CHANNEL_CHOICE.pick(r)]);

                if (r.nextDouble() < orderIdShare) {
                    int order = lastOrder[customer] != 0 && r.nextDouble() < SAME_ORDER_SHARE ? lastOrder[customer] : ++orders;
                    lastOrder[customer] = order;
                    b.orderId("SO-" + pad(order, 7));
                }
                if (r.nextDouble() < knownBatchShare) {
                    b.batchId(batchOf(productIndex, receiptDay, r));
                }
                if (r.nextDouble() < directTraceShare && !lotIds.isEmpty()) {
                    int lot = r.nextInt(lotIds.size());
                    b.supplier(lotSuppliers.get(lot));
                    if (r.nextDouble() < 0.7) {
                        b.materialLot(lotIds.get(lot));
                    }
                }
                if (r.nextDouble() < purchaseDateShare) {
                    long owned = daysOwned(category, r);
                    b.purchasedOn(date(receiptDay - owned));
                    b.pricePaid(pricesOfProduct[productIndex][r.nextDouble() < 0.75 ? 0 : 1 + r.nextInt(3)]);
                }
                b.injuryReported(r.nextDouble() < injuryChance(category));
                b.remedySought(remedy(category, r));
                List<String> texts = (product.category() == ProductCategory.FOOTWEAR ? FOOTWEAR_DESCRIPTIONS
                        : GOODS_DESCRIPTIONS).get(defectIndex);
                String text = texts.get(r.nextInt(texts.size()));
                b.description(text);
                if (text.equals(TradeVocabulary.MISMATCHED_PAIR_TEXT)) {
                    // Left and right of different sizes is a faulty pair, not the customer's size: no draw changes.
                    b.defect("MISMATCHED_PAIR");
                }
                lifecycle(b, received, r);
                if (sizesAndLasts) {
                    sizeAndTrace(b, productIndex, category);
                }
                made.add(b.build());
            }
            return made;
        }

        /**
         * A footwear complaint's size: its SKU's half the time, else one of the four sizes around it (a
         * customer's usual size), given in EU sizes mostly, else UK (EU - 34) or US (UK + 1); a fit
         * complaint's direction; and for stitching or sole complaints, now and then, a thread or
         * adhesive lot as their component lot. Draws only from {@code sizeRandom}.
         */
        private void sizeAndTrace(Complaint.Builder b, int productIndex, DefectCategory category) {
            Random r = sizeRandom;
            Integer sku = euSizeOfProduct[productIndex];
            if (sku != null && r.nextDouble() < 0.9) {
                int eu = r.nextBoolean() ? sku : sku - 2 + r.nextInt(5);
                double u = r.nextDouble();
                if (u < 0.7) {
                    b.size(Integer.toString(eu)).sizeSystem(SizeSystem.EU);
                } else if (u < 0.9) {
                    b.size(Integer.toString(eu - 34)).sizeSystem(SizeSystem.UK);
                } else {
                    b.size(Integer.toString(eu - 33)).sizeSystem(SizeSystem.US);
                }
                if (category.stage() == ProcessStage.LASTING) {
                    double v = r.nextDouble();
                    b.fitDirection(v < 0.6 ? FitDirection.SMALL : v < 0.85 ? FitDirection.LARGE : null);
                }
            }
            SupplierKind kind = category.code().equals("STITCHING") ? SupplierKind.THREAD
                    : category.code().equals("SOLE_SEPARATION") ? SupplierKind.ADHESIVE : null;
            if (kind != null && !lotIds.isEmpty() && r.nextDouble() < 0.25) {
                List<Integer> ofKind = lotsByKind.get(kind); // a log with few suppliers may have no such lot: any lot then
                b.componentLot(lotIds.get(ofKind.isEmpty() ? r.nextInt(lotIds.size()) : ofKind.get(r.nextInt(ofKind.size()))));
            }
        }

        /** One LocalDate per day, shared: a million complaints fall on a few hundred days. */
        private LocalDate date(long epochDay) {
            return dates.computeIfAbsent(epochDay, LocalDate::ofEpochDay);
        }

        /** A batch of the SKU made at least a week before the complaint, usually a recent one; null when none was. */
        private String batchOf(int productIndex, long receiptDay, Random r) {
            int first = productIndex * batchesPerSku;
            int last = first - 1;
            int lo = first;
            int hi = first + batchesPerSku - 1;
            while (lo <= hi) { // the last batch made on or before receiptDay - 7
                int mid = (lo + hi) >>> 1;
                if (batchDays[mid] <= receiptDay - 7) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (last < first) {
                return null;
            }
            int chosen = last;
            while (chosen > first && r.nextDouble() < 0.4) {
                chosen--;
            }
            return batchIds[chosen];
        }

        private long daysOwned(DefectCategory category, Random r) {
            ProcessStage stage = category.stage();
            if (stage == ProcessStage.SERVICE || stage == ProcessStage.PACKING || stage == ProcessStage.LASTING) {
                return r.nextInt(21); // sizing, wrong items and delivery: noticed at once
            }
            double u = r.nextDouble();
            if (u < 0.35) {
                return r.nextInt(31);
            } else if (u < 0.75) {
                return 31 + r.nextInt(150);
            }
            return 181 + r.nextInt(540);
        }

        private double injuryChance(DefectCategory category) {
            return switch (category.code()) {
                case "SKIN_REACTION" -> 0.7;
                case "PROTECTIVE_FAILURE" -> 0.4;
                default -> category.functional() ? injuryRate : 0;
            };
        }

        private RemedySought remedy(DefectCategory category, Random r) {
            if (r.nextDouble() < 0.1) {
                return null; // not stated
            }
            double u = r.nextDouble();
            ProcessStage stage = category.stage();
            if (stage == ProcessStage.SERVICE) {
                return u < 0.55 ? RemedySought.OTHER : RemedySought.REFUND;
            } else if (stage == ProcessStage.LASTING || stage == ProcessStage.PACKING) {
                return u < 0.6 ? RemedySought.EXCHANGE : u < 0.9 ? RemedySought.REFUND : RemedySought.REPLACE;
            } else if (category.functional()) {
                return u < 0.35 ? RemedySought.REPAIR : u < 0.7 ? RemedySought.REPLACE : RemedySought.REFUND;
            }
            return u < 0.3 ? RemedySought.REPLACE : u < 0.6 ? RemedySought.REFUND : u < 0.8 ? RemedySought.REPAIR
                    : RemedySought.OTHER;
        }

        /**
         * Acknowledgement, a wait on the customer, resolution and closing, each drawn as a delay and
         * kept only when it falls on or before the clock.
         */
        private void lifecycle(Complaint.Builder b, Instant received, Random r) {
            long minute = 60;
            long hour = 3_600;
            long day = DAY_SECONDS;
            double u = r.nextDouble();
            long ack;
            if (u < 0.80) {
                ack = 15 * minute + Math.min(23 * hour, exponential(r, 5 * hour));
            } else if (u < 0.97) {
                ack = 24 * hour + r.nextInt(72) * hour + r.nextInt(60) * minute; // late
            } else {
                ack = -1; // forgotten
            }
            long waitFrom = -1;
            long waitTo = -1;
            long resolved = -1;
            long closed = -1;
            if (ack >= 0) {
                if (r.nextDouble() < 0.15) {
                    waitFrom = ack + hour + r.nextInt(47 * 60) * minute;
                    waitTo = waitFrom + day + r.nextInt(9 * 24) * hour;
                }
                double v = r.nextDouble();
                if (v < 0.85) {
                    resolved = ack + day / 2 + exponential(r, 3 * day);
                } else if (v < 0.97) {
                    resolved = ack + 10 * day + r.nextInt(30) * day + r.nextInt(24) * hour; // late
                }
                if (resolved >= 0 && waitFrom >= 0) {
                    resolved = Math.max(resolved + (waitTo - waitFrom), waitTo + hour);
                }
                if (resolved >= 0 && r.nextDouble() < 0.7) {
                    closed = resolved + r.nextInt(14 * 24) * hour;
                }
            }
            long now = clock.getEpochSecond() - received.getEpochSecond();
            ComplaintStatus status = ComplaintStatus.OPEN;
            if (ack >= 0 && ack <= now) {
                b.acknowledgedAt(received.plusSeconds(ack));
                status = ComplaintStatus.ACKNOWLEDGED;
            }
            if (waitFrom >= 0 && waitFrom <= now) {
                boolean over = waitTo <= now;
                b.waitingPeriods(List.of(new WaitingPeriod(received.plusSeconds(waitFrom),
                        over ? received.plusSeconds(waitTo) : null)));
                if (!over) {
                    status = ComplaintStatus.WAITING_ON_CUSTOMER;
                }
            }
            if (resolved >= 0 && resolved <= now) {
                b.resolvedAt(received.plusSeconds(resolved));
                status = ComplaintStatus.RESOLVED;
                if (closed >= 0 && closed <= now) {
                    b.closedAt(received.plusSeconds(closed));
                    status = ComplaintStatus.CLOSED;
                }
            }
            b.status(status);
        }
    }

    /** A delay with mean {@code mean} seconds, exponentially distributed, in whole minutes. */
    private static long exponential(Random r, long mean) {
        double seconds = -StrictMath.log(1.0 - r.nextDouble()) * mean;
        return (long) (seconds / 60) * 60;
    }

    private static long mix(long seed, int stream) {
        long z = seed + stream * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int digits(long n) {
        return Long.toString(Math.max(1, n)).length();
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
