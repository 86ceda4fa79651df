package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.FollowUpKind;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseCategory;
import io.welt.complaints.rules.ComplaintLog.Entry;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RecordOrigin;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Seeded, small but dense inputs for the reliability tests: a {@link LogGenerator} log of 50 to 300
 * complaints over a few product lines, batches, suppliers, lots and customers (so that findings,
 * escalations, warnings and options all occur), plus corrective actions and root causes drawn from
 * the log's own keys (so that verdicts, recurrences and action escalations occur), every record
 * carrying a fixed origin so that reordering the input cannot change what a rejection says.
 * Everything is drawn from the seed: a failure's seed rebuilds its input.
 */
final class ReliabilityLogs {

    /** The standard rules, with the policy's round-the-clock calendar. */
    static final ComplaintRules ROUND_THE_CLOCK = ComplaintRules.standard();

    /** The standard rules under a working-hours calendar: Europe/London, 09:00-17:30 on weekdays, with holidays. */
    static final ComplaintRules OFFICE_HOURS = ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().calendar(BusinessCalendar.workingHours(ZoneId.of("Europe/London"),
                    LocalTime.of(9, 0), LocalTime.of(17, 30), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    Set.of(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 8, 25),
                            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)))).build())
            .build();

    /** Every other seed's rules work office hours. */
    static ComplaintRules rulesFor(long seed) {
        return seed % 2 == 0 ? OFFICE_HOURS : ROUND_THE_CLOCK;
    }

    /** Codes to draw each log's defect mix from: every kind of severity, option and finding. */
    private static final List<String> DEFECTS = List.of("SIZING", "GRAIN_CRACKING", "SOLE_SEPARATION",
            "FINISH_PEELING", "HARDWARE_FAILURE", "LATE_DELIVERY", "COLOUR_TRANSFER", "SUEDE_MARKING", "SKIN_REACTION",
            "PROTECTIVE_FAILURE", "WRONG_ITEM", "HEEL_FAILURE", "WATER_STAINING", "FIT_COMFORT", "ODOUR");

    private static final Duration[] GRANULARITIES = {Duration.ofDays(1), Duration.ofHours(12), Duration.ofHours(1),
            Duration.ofMinutes(1)};

    private ReliabilityLogs() {
    }

    /** A log's records with their origins, and the clock to assess them at. */
    record Input(List<Entry<Product>> products, List<Entry<Batch>> batches, List<Entry<Complaint>> complaints,
                 List<Entry<CorrectiveAction>> actions, List<RootCause> rootCauses, Instant asOf) {

        Input {
            products = List.copyOf(products);
            batches = List.copyOf(batches);
            complaints = List.copyOf(complaints);
            actions = List.copyOf(actions);
            rootCauses = List.copyOf(rootCauses);
        }

        ComplaintLog toLog() {
            ComplaintLog.Builder log = ComplaintLog.builder();
            products.forEach(e -> log.product(e.value(), e.origin()));
            batches.forEach(e -> log.batch(e.value(), e.origin()));
            complaints.forEach(e -> log.complaint(e.value(), e.origin()));
            actions.forEach(e -> log.action(e.value(), e.origin()));
            rootCauses.forEach(log::rootCause);
            return log.build();
        }

        /** The same records, each list in another order; every record keeps its origin. */
        Input shuffled(Random random) {
            return new Input(shuffle(products, random), shuffle(batches, random), shuffle(complaints, random),
                    shuffle(actions, random), shuffle(rootCauses, random), asOf);
        }

        Input withComplaints(List<Entry<Complaint>> replaced) {
            return new Input(products, batches, replaced, actions, rootCauses, asOf);
        }

        @Override
        public String toString() {
            return "Input[" + products.size() + " products, " + batches.size() + " batches, " + complaints.size()
                    + " complaints, " + actions.size() + " actions, " + rootCauses.size() + " root causes, as of "
                    + asOf + "]";
        }
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** A small log whose keys repeat a lot: every setting is drawn from {@code seed}. */
    static GeneratedLog denseLog(long seed) {
        Random r = new Random(seed * 7919 + 17);
        int complaints = 50 + r.nextInt(251);
        LogGenerator generator = LogGenerator.withSeed(seed)
                .complaints(complaints)
                .productLines(1 + r.nextInt(5))
                .skusPerLine(1 + r.nextInt(3))
                .batchesPerSku(1 + r.nextInt(3))
                .suppliers(1 + r.nextInt(4))
                .materialLots(1 + r.nextInt(6))
                .customers(Math.max(2, complaints / (3 + r.nextInt(12))))
                .timeSpan(Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofDays(r.nextInt(200))), 20 + r.nextInt(100))
                .timeGranularity(GRANULARITIES[r.nextInt(GRANULARITIES.length)])
                .knownBatchShare(0.4 + 0.6 * r.nextDouble())
                .purchaseDateShare(0.5 + 0.5 * r.nextDouble())
                .injuryRate(0.05 * r.nextDouble())
                .knownQuantityShare(0.5 + 0.5 * r.nextDouble())
                .batchQuantity(0, 50 + r.nextInt(600))
                .unknownLotIdShare(0.2 * r.nextDouble())
                .directTraceShare(0.3 * r.nextDouble())
                .popularitySkew(1.5 * r.nextDouble());
        // STITCHING occurs on every category, so each line keeps a defect to draw.
        Set<String> kept = new HashSet<>(List.of("STITCHING"));
        int more = 2 + r.nextInt(6);
        for (int i = 0; i < more; i++) {
            kept.add(DEFECTS.get(r.nextInt(DEFECTS.size())));
        }
        for (String code : LogGenerator.defectCodes()) {
            if (!kept.contains(code)) {
                generator.defectWeight(code, 0);
            }
        }
        return generator.generate();
    }

    /** {@link #denseLog} with two to four corrective actions and their root causes, origins fixed. */
    static Input input(long seed) {
        GeneratedLog log = denseLog(seed);
        Random r = new Random(seed * 31 + 5);
        List<Entry<Product>> products = numbered(log.products(), "products.csv");
        List<Entry<Batch>> batches = numbered(log.batches(), "batches.csv");
        List<Entry<Complaint>> complaints = numbered(log.complaints(), "complaints.csv");
        List<CorrectiveAction> actions = new ArrayList<>();
        List<RootCause> rootCauses = new ArrayList<>();
        int count = 2 + r.nextInt(3);
        for (int i = 1; i <= count; i++) {
            CorrectiveAction action = action(log, "CA-" + i, r);
            if (action == null) {
                continue;
            }
            actions.add(action);
            if (action.rootCauseId() != null) {
                rootCauses.add(new RootCause(action.rootCauseId(), RootCauseCategory.values()[r.nextInt(RootCauseCategory.values().length)],
                        "cause behind " + action.id(), List.of("lab report " + i), r.nextBoolean(), null, List.of(), List.of()));
            }
        }
        return new Input(products, batches, complaints, numbered(actions, "actions.csv"), rootCauses, log.asOf());
    }

    /** An action keyed on what one of the log's complaints names, effective within the log's time span. */
    private static CorrectiveAction action(GeneratedLog log, String id, Random r) {
        if (log.complaints().isEmpty()) {
            return null;
        }
        Complaint model = log.complaints().get(r.nextInt(log.complaints().size()));
        ActionScope scope = ActionScope.values()[r.nextInt(ActionScope.values().length)];
        String key = switch (scope) {
            case PRODUCT_LINE -> model.productLine();
            case SKU -> model.sku();
            case BATCH -> model.batchId();
            case SUPPLIER -> lotOf(log, model, MaterialLot::supplier);
            case MATERIAL_LOT -> lotOf(log, model, MaterialLot::lotId);
        };
        if (key == null) {
            scope = ActionScope.PRODUCT_LINE;
            key = model.productLine();
        }
        Instant first = log.complaints().get(0).receivedAt();
        long spanDays = Math.max(1, Duration.between(first, log.asOf()).toDays());
        LocalDate effective = LocalDate.ofInstant(first, ZoneOffset.UTC).plusDays(r.nextInt((int) spanDays + 1));
        LocalDate today = LocalDate.ofInstant(log.asOf(), ZoneOffset.UTC);
        List<FollowUp> followUps = new ArrayList<>();
        int n = r.nextInt(3);
        for (int k = 0; k < n; k++) {
            LocalDate due = effective.plusDays(5 + r.nextInt(60));
            boolean done = due.isBefore(today) && r.nextInt(3) > 0;
            LocalDate doneOn = done ? due.minusDays(r.nextInt(4)) : null;
            Boolean passed = done ? Boolean.valueOf(r.nextInt(4) > 0) : null;
            followUps.add(new FollowUp(r.nextBoolean() ? FollowUpKind.SAMPLE_REVISED_BATCH : FollowUpKind.CUSTOMER_CALLBACK,
                    "check " + k, due, doneOn, passed, done ? "result " + k : null));
        }
        EscalationLevel owner = EscalationLevel.values()[r.nextInt(EscalationLevel.values().length)];
        return new CorrectiveAction(id, scope, key, model.defect(), "change for " + key, "owner of " + id, owner,
                effective, List.of(), followUps, 20 + r.nextInt(80), r.nextInt(3) > 0 ? "RC-" + id : null);
    }

    private static String lotOf(GeneratedLog log, Complaint complaint, Function<MaterialLot, String> part) {
        if (complaint.batchId() == null) {
            return null;
        }
        return log.batches().stream().filter(b -> b.id().equals(complaint.batchId())).findFirst()
                .flatMap(b -> b.lots().stream().map(part).filter(v -> v != null).findFirst()).orElse(null);
    }

    static <T> List<Entry<T>> numbered(List<T> values, String source) {
        List<Entry<T>> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            entries.add(new Entry<>(values.get(i), new RecordOrigin(source, i + 2L)));
        }
        return entries;
    }

    /** The kinds of bad complaint record {@link #withBadRecords} plants, by the field each is rejected on. */
    enum Bad {
        DUPLICATE_ID("id"), RECEIVED_AFTER_CLOCK("received_at"), UNKNOWN_DEFECT("defect"), UNKNOWN_SKU("sku");

        final String field;

        Bad(String field) {
            this.field = field;
        }
    }

    /** A planted bad record: where it is in the input and why it must be rejected. */
    record Planted(RecordOrigin origin, String id, Bad kind) {
    }

    /**
     * The input with 5 to 25 bad complaint records mixed in at random places, each with an origin of its
     * own ("bad.csv"): duplicates of an earlier id (placed after it, with other values), complaints
     * received after the clock, unknown defect codes and unknown SKUs without a product line.
     * {@code kinds} limits the kinds planted.
     */
    static Input withBadRecords(Input input, Random r, List<Planted> planted, Set<Bad> kinds) {
        List<Entry<Complaint>> all = new ArrayList<>(input.complaints());
        List<Bad> allowed = new ArrayList<>(kinds);
        int count = 5 + r.nextInt(21);
        for (int i = 1; i <= count; i++) {
            Bad kind = allowed.get(r.nextInt(allowed.size()));
            Complaint model = input.complaints().get(r.nextInt(input.complaints().size())).value();
            RecordOrigin origin = new RecordOrigin("bad.csv", i + 1L);
            String id = "X-" + i;
            Complaint bad;
            int at = r.nextInt(all.size() + 1);
            switch (kind) {
                case DUPLICATE_ID -> {
                    id = model.id();
                    bad = model.toBuilder().defect("SIZING").customerId("CUST-DUP-" + i).build();
                    int firstAt = indexOf(all, model);
                    at = firstAt + 1 + r.nextInt(all.size() - firstAt);
                }
                case RECEIVED_AFTER_CLOCK -> bad = copy(model, id, input.asOf().plusSeconds(1 + r.nextInt(86_400 * 30)));
                case UNKNOWN_DEFECT -> bad = copy(model, id, model.receivedAt()).toBuilder().defect("TOE_CAP_RUST_" + i).build();
                case UNKNOWN_SKU -> bad = copy(model, id, model.receivedAt()).toBuilder().sku("NO-SUCH-" + i)
                        .productLine(null).batchId(null).build();
                default -> throw new IllegalStateException();
            }
            all.add(at, new Entry<>(bad, origin));
            planted.add(new Planted(origin, id, kind));
        }
        return input.withComplaints(all);
    }

    private static int indexOf(List<Entry<Complaint>> all, Complaint complaint) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).value() == complaint) {
                return i;
            }
        }
        throw new IllegalStateException(complaint + " is not in the list");
    }

    /** A fresh record like {@code model}, with its own id and receipt time, not yet acknowledged. */
    private static Complaint copy(Complaint model, String id, Instant receivedAt) {
        return Complaint.builder(id, receivedAt, model.customerId(), model.sku(), model.defect())
                .productLine(model.productLine()).batchId(model.batchId()).orderId(model.orderId())
                .purchasedOn(model.purchasedOn()).pricePaid(model.pricePaid()).build();
    }

    /** The ids of the complaints, in order, without repeats. */
    static Set<String> ids(List<Entry<Complaint>> complaints) {
        Set<String> ids = new LinkedHashSet<>();
        complaints.forEach(e -> ids.add(e.value().id()));
        return ids;
    }
}
