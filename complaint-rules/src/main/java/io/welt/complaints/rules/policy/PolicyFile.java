package io.welt.complaints.rules.policy;

import io.welt.complaints.model.Effort;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SystemicActionType;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@link Policy} as a YAML file: every threshold, window, target, cost table, the business
 * calendar (working hours, holidays), the consumer-rights shape, the product-safety regime and the
 * escalation routes. {@link #write} prints a policy as a commented file to start from; {@link #read}
 * reads one back. A key left out keeps its default; a key the format does not have is an error, as is a
 * value out of range, each named with the file, the line and the key's path. The keys are documented in
 * {@code docs/policy.md}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("my-policy.yaml"), PolicyFile.write(Policy.defaults()));
 * // ... edit it ...
 * Policy mine = PolicyFile.read(Path.of("my-policy.yaml"));
 * ComplaintRules rules = ComplaintRules.builder().policy(mine).build();
 * }</pre>
 *
 * <p>Written and read back, a policy is the same policy: {@code read(write(p))} has every value of
 * {@code p}. Durations are written {@code 30 days}, {@code 24 hours} or {@code 90 minutes} (ISO-8601
 * such as {@code PT24H} is read too); a day of a target is one working day under a working calendar, as
 * in {@code Policy}. Amounts keep the decimals they are written with.
 */
public final class PolicyFile {

    /** The calendar shorthand for {@link BusinessCalendar#englandAndWales()}. */
    public static final String ENGLAND_AND_WALES = "england-and-wales";
    /** The calendar shorthand for {@link BusinessCalendar#roundTheClock()}. */
    public static final String ROUND_THE_CLOCK = "round-the-clock";

    private static final Map<String, ConsumerRights> RIGHTS = Map.of(
            "uk-consumer-rights-act-2015", ConsumerRights.UK_CONSUMER_RIGHTS_ACT_2015,
            "eu-legal-guarantee", ConsumerRights.EU_LEGAL_GUARANTEE);
    private static final Map<String, SafetyRegime> REGIMES = Map.of(
            "uk-gpsr-2005", SafetyRegime.UK_GPSR_2005,
            "eu-gpsr-2023-988", SafetyRegime.EU_GPSR_2023_988);

    private PolicyFile() {
    }

    /**
     * Reads a policy file (UTF-8).
     *
     * @param file the file; errors name it as given
     * @throws PolicyFileException naming the file, the line, the key and why, when the file is not a policy
     * @throws UncheckedIOException when the file cannot be read
     * @throws NullPointerException when {@code file} is null
     * @return the policy
     */
    public static Policy read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(text, String.valueOf(file));
    }

    /**
     * Reads a policy from {@code text}, starting from {@link Policy#defaults()}.
     *
     * @param text   the YAML
     * @param source the name errors are reported under, e.g. the file's path
     * @throws PolicyFileException naming the source, the line, the key and why
     * @throws NullPointerException when an argument is null
     * @return the policy
     */
    public static Policy read(String text, String source) {
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(source, "source");
        return new Reading(source).policy(text);
    }

    /**
     * The policy as a commented YAML file that {@link #read} reads back to the same policy.
     *
     * @param policy the policy to write
     * @throws IllegalArgumentException when the calendar is neither a shipped one nor
     *                                  {@link BusinessCalendar#workingHours working hours}: a calendar of one's
     *                                  own class has no form in the file
     * @throws NullPointerException     when {@code policy} is null
     * @return the YAML text
     */
    public static String write(Policy policy) {
        return new Writing(policy).text();
    }

    // ---------------------------------------------------------------- reading

    /** One reading of one file: the source name for errors, and the node walking. */
    private static final class Reading {
        private final String source;

        Reading(String source) {
            this.source = source;
        }

        PolicyFileException error(Node node, String key, String reason) {
            return new PolicyFileException(source, node == null ? 0 : node.getStartMark().getLine() + 1, key, reason);
        }

        Policy policy(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setAllowRecursiveKeys(false);
            Node root;
            try {
                root = new Yaml(options).compose(new java.io.StringReader(text));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                throw new PolicyFileException(source, line, null, "not YAML: " + e.getProblem(), e);
            } catch (YAMLException e) {
                throw new PolicyFileException(source, 0, null, "not YAML: " + e.getMessage(), e);
            }
            if (root == null) {
                return Policy.defaults(); // an empty file changes nothing
            }
            Policy base = Policy.defaults();
            Policy.Builder b = base.toBuilder();
            Map<String, Node> top = mapping(root, null, Set.of("triage", "repeats", "targets", "escalation",
                    "calendar", "safety", "consumerRights", "remedyCosts", "managementOptions", "verification"));

            Map<String, Node> triage = section(top, "triage", "earlyFailureDays");
            b.earlyFailureDays(integer(triage, "triage.earlyFailureDays", base.earlyFailureDays()));

            repeats(top, base, b);
            targets(top, base, b);
            escalation(top, base, b);
            if (top.containsKey("calendar")) {
                b.calendar(calendar(top.get("calendar"), "calendar"));
            }
            safety(top, base, b);
            if (top.containsKey("consumerRights")) {
                b.consumerRights(consumerRights(top.get("consumerRights"), "consumerRights"));
            }
            if (top.containsKey("remedyCosts")) {
                b.remedyCosts(remedyCosts(top.get("remedyCosts"), "remedyCosts", base.remedyCosts()));
            }
            if (top.containsKey("managementOptions")) {
                b.systemicCosts(systemicCosts(top.get("managementOptions"), "managementOptions",
                        base.systemicCosts()));
            }
            Map<String, Node> verification = section(top, "verification", "recurrenceLag", "minRevisedUnits", "aql");
            b.recurrenceLag(duration(verification, "verification.recurrenceLag", base.recurrenceLag()));
            b.minRevisedUnits(integer(verification, "verification.minRevisedUnits", base.minRevisedUnits()));
            b.aql(decimal(verification, "verification.aql", base.aql()));
            try {
                return b.build();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new PolicyFileException(source, 0, null, "the policy does not hold together: " + e.getMessage(), e);
            }
        }

        private void repeats(Map<String, Node> top, Policy base, Policy.Builder b) {
            Map<String, Node> repeats = section(top, "repeats", "productLine", "batch", "batchRate", "supplier",
                    "customer", "size", "safetyWindow", "largeFindingSize", "findingQuietPeriod");
            Map<String, Node> line = section(repeats, "repeats.productLine", "minComplaints", "window");
            b.productLineRepeat(count(line, "repeats.productLine.minComplaints", base.productLineMinComplaints()),
                    duration(line, "repeats.productLine.window", base.productLineWindow()));
            Map<String, Node> batch = section(repeats, "repeats.batch", "minComplaints");
            b.batchRepeat(count(batch, "repeats.batch.minComplaints", base.batchMinComplaints()));
            Map<String, Node> rate = section(repeats, "repeats.batchRate", "percent", "minComplaints");
            b.batchRate(real(rate, "repeats.batchRate.percent", base.batchRatePercent()),
                    count(rate, "repeats.batchRate.minComplaints", base.batchRateMinComplaints()));
            Map<String, Node> supplier = section(repeats, "repeats.supplier", "minProductLines", "window");
            b.supplierRepeat(count(supplier, "repeats.supplier.minProductLines", base.supplierMinProductLines()),
                    duration(supplier, "repeats.supplier.window", base.supplierWindow()));
            Map<String, Node> customer = section(repeats, "repeats.customer", "minComplaints", "window");
            b.customerRepeat(count(customer, "repeats.customer.minComplaints", base.customerMinComplaints()),
                    duration(customer, "repeats.customer.window", base.customerWindow()));
            Map<String, Node> size = section(repeats, "repeats.size", "minComplaints", "minSkus", "window");
            b.sizeRepeat(count(size, "repeats.size.minComplaints", base.sizeMinComplaints()),
                    count(size, "repeats.size.minSkus", base.sizeMinSkus()),
                    duration(size, "repeats.size.window", base.sizeWindow()));
            b.safetyWindow(duration(repeats, "repeats.safetyWindow", base.safetyWindow()));
            b.largeFindingSize(count(repeats, "repeats.largeFindingSize", base.largeFindingSize()));
            b.findingQuietPeriod(duration(repeats, "repeats.findingQuietPeriod", base.findingQuietPeriod()));
        }

        private void targets(Map<String, Node> top, Policy base, Policy.Builder b) {
            Map<String, Node> targets = section(top, "targets", "acknowledgement", "resolution", "warningPercent");
            b.acknowledgementTarget(duration(targets, "targets.acknowledgement", base.acknowledgementTarget()));
            Map<String, Node> resolution = section(targets, "targets.resolution", names(Severity.values()));
            for (Severity severity : Severity.values()) {
                b.resolutionTarget(severity, duration(resolution, "targets.resolution." + severity.name(),
                        base.resolutionTarget(severity)));
            }
            b.warningPercent(count(targets, "targets.warningPercent", base.warningPercent()));
        }

        private void escalation(Map<String, Node> top, Policy base, Policy.Builder b) {
            Map<String, Node> escalation = section(top, "escalation", "levelBySeverity", "responseTimes",
                    "qualityChain", "serviceChain", "brokenPromiseLevel");
            Map<String, Node> levels = section(escalation, "escalation.levelBySeverity", names(Severity.values()));
            for (Severity severity : Severity.values()) {
                Node node = levels.get(severity.name());
                if (node != null) {
                    b.levelFor(severity, choice(node, "escalation.levelBySeverity." + severity.name(),
                            EscalationLevel.class));
                }
            }
            List<EscalationLevel> above = new ArrayList<>(List.of(EscalationLevel.values()));
            above.remove(EscalationLevel.FRONTLINE);
            Map<String, Node> times = section(escalation, "escalation.responseTimes",
                    names(above.toArray(EscalationLevel[]::new)));
            for (EscalationLevel level : above) {
                b.responseTime(level, duration(times, "escalation.responseTimes." + level.name(),
                        base.responseTime(level)));
            }
            EscalationChain quality = escalation.containsKey("qualityChain")
                    ? chain(escalation.get("qualityChain"), "escalation.qualityChain") : base.qualityChain();
            EscalationChain service = escalation.containsKey("serviceChain")
                    ? chain(escalation.get("serviceChain"), "escalation.serviceChain") : base.serviceChain();
            b.chains(quality, service);
            Node promise = escalation.get("brokenPromiseLevel");
            if (promise != null) {
                b.brokenPromiseLevel(choice(promise, "escalation.brokenPromiseLevel", EscalationLevel.class));
            }
        }

        private EscalationChain chain(Node node, String key) {
            Map<String, Node> chain = mapping(node, key, Set.of("name", "levels"));
            String name = text(required(chain, node, key, "name"), key + ".name");
            Node levelsNode = required(chain, node, key, "levels");
            List<EscalationLevel> levels = new ArrayList<>();
            List<Node> items = sequence(levelsNode, key + ".levels");
            for (int i = 0; i < items.size(); i++) {
                levels.add(choice(items.get(i), key + ".levels[" + i + "]", EscalationLevel.class));
            }
            return build(levelsNode, key + ".levels", () -> new EscalationChain(name, levels));
        }

        private void safety(Map<String, Node> top, Policy base, Policy.Builder b) {
            Map<String, Node> safety = section(top, "safety", "regime", "containmentTime", "stockCheckTime");
            if (safety.containsKey("regime")) {
                b.safetyRegime(regime(safety.get("regime"), "safety.regime"));
            }
            b.containmentTime(duration(safety, "safety.containmentTime", base.containmentTime()));
            b.stockCheckTime(duration(safety, "safety.stockCheckTime", base.stockCheckTime()));
        }

        private SafetyRegime regime(Node node, String key) {
            if (node instanceof ScalarNode) {
                return named(node, key, REGIMES, "a product-safety regime");
            }
            Map<String, Node> r = mapping(node, key, Set.of("name", "basis", "authority", "channel", "seriousRiskLimit",
                    "otherRiskLimit", "noticeContents"));
            String name = text(required(r, node, key, "name"), key + ".name");
            String basis = text(required(r, node, key, "basis"), key + ".basis");
            String authority = text(required(r, node, key, "authority"), key + ".authority");
            String channel = text(required(r, node, key, "channel"), key + ".channel");
            Duration serious = duration(required(r, node, key, "seriousRiskLimit"), key + ".seriousRiskLimit");
            Duration other = duration(required(r, node, key, "otherRiskLimit"), key + ".otherRiskLimit");
            Node contentsNode = required(r, node, key, "noticeContents");
            List<String> contents = new ArrayList<>();
            List<Node> items = sequence(contentsNode, key + ".noticeContents");
            for (int i = 0; i < items.size(); i++) {
                contents.add(text(items.get(i), key + ".noticeContents[" + i + "]"));
            }
            return build(node, key, () -> new SafetyRegime(name, basis, authority, channel, serious, other, contents));
        }

        private ConsumerRights consumerRights(Node node, String key) {
            if (node instanceof ScalarNode) {
                return named(node, key, RIGHTS, "a consumer-rights shape");
            }
            Map<String, Node> r = mapping(node, key, Set.of("name", "rejectDays", "presumptionDays", "guaranteeDays",
                    "cancellationDays", "deductionAfterDays", "rejectBasis", "repairBasis", "finalBasis",
                    "presumptionBasis", "conformityBasis", "serviceBasis", "cancellationBasis"));
            String name = text(required(r, node, key, "name"), key + ".name");
            int reject = days(required(r, node, key, "rejectDays"), key + ".rejectDays");
            int presumption = days(required(r, node, key, "presumptionDays"), key + ".presumptionDays");
            int guarantee = days(required(r, node, key, "guaranteeDays"), key + ".guaranteeDays");
            int cancellation = days(required(r, node, key, "cancellationDays"), key + ".cancellationDays");
            int deduction = days(required(r, node, key, "deductionAfterDays"), key + ".deductionAfterDays");
            String[] bases = new String[7];
            String[] basisKeys = {"rejectBasis", "repairBasis", "finalBasis", "presumptionBasis", "conformityBasis",
                    "serviceBasis", "cancellationBasis"};
            for (int i = 0; i < bases.length; i++) {
                bases[i] = text(required(r, node, key, basisKeys[i]), key + "." + basisKeys[i]);
            }
            return build(node, key, () -> new ConsumerRights(name, reject, presumption, guarantee, cancellation,
                    deduction, bases[0], bases[1], bases[2], bases[3], bases[4], bases[5], bases[6]));
        }

        private RemedyCosts remedyCosts(Node node, String key, RemedyCosts base) {
            Map<String, Node> c = mapping(node, key, Set.of("currency", "handling", "shipping", "inspection",
                    "repairShareOfCost", "partialRefundShare", "goodwillShare", "defaultPrice"));
            Currency currency = c.containsKey("currency") ? currency(c.get("currency"), key + ".currency")
                    : base.currency();
            BigDecimal handling = decimal(c, key + ".handling", base.handling());
            BigDecimal shipping = decimal(c, key + ".shipping", base.shipping());
            BigDecimal inspection = decimal(c, key + ".inspection", base.inspection());
            BigDecimal repair = decimal(c, key + ".repairShareOfCost", base.repairShareOfCost());
            BigDecimal partial = decimal(c, key + ".partialRefundShare", base.partialRefundShare());
            BigDecimal goodwill = decimal(c, key + ".goodwillShare", base.goodwillShare());
            BigDecimal price = decimal(c, key + ".defaultPrice", base.defaultPrice());
            return build(node, key, () -> new RemedyCosts(currency, handling, shipping, inspection, repair, partial,
                    goodwill, price));
        }

        private SystemicCosts systemicCosts(Node node, String key, SystemicCosts base) {
            Map<String, Node> c = mapping(node, key, Set.of("horizonDays", "remainingShare", "defaultExposureUnits",
                    "recallCostPerUnit", "halfLifeDays", "minPaceDays", "options"));
            int horizon = count(c, key + ".horizonDays", base.horizonDays());
            BigDecimal remaining = decimal(c, key + ".remainingShare", base.remainingShare());
            long exposure = integer(c, key + ".defaultExposureUnits", base.defaultExposureUnits());
            BigDecimal recall = decimal(c, key + ".recallCostPerUnit", base.recallCostPerUnit());
            int halfLife = count(c, key + ".halfLifeDays", base.halfLifeDays());
            int minPace = count(c, key + ".minPaceDays", base.minPaceDays());
            SystemicCosts costs = build(node, key, () -> base.withForecast(horizon, remaining, exposure)
                    .withDamping(halfLife, minPace));
            if (c.containsKey("recallCostPerUnit")) {
                costs = build(c.get("recallCostPerUnit"), key + ".recallCostPerUnit",
                        withRecall(costs, recall));
            }
            Map<String, Node> options = section(c, key + ".options", names(SystemicActionType.values()));
            for (SystemicActionType type : SystemicActionType.values()) {
                Node entryNode = options.get(type.name());
                if (entryNode == null) {
                    continue;
                }
                String entryKey = key + ".options." + type.name();
                SystemicCosts.Entry was = costs.entry(type);
                Map<String, Node> e = mapping(entryNode, entryKey, Set.of("fixedCost", "reduction", "leadTimeDays",
                        "effort"));
                BigDecimal fixed = decimal(e, entryKey + ".fixedCost", was.fixedCost());
                BigDecimal reduction = decimal(e, entryKey + ".reduction", was.reduction());
                int lead = e.containsKey("leadTimeDays") ? days(e.get("leadTimeDays"), entryKey + ".leadTimeDays")
                        : was.leadTimeDays();
                Effort effort = e.containsKey("effort") ? choice(e.get("effort"), entryKey + ".effort", Effort.class)
                        : was.effort();
                SystemicCosts before = costs;
                costs = build(entryNode, entryKey, () -> before.with(type,
                        new SystemicCosts.Entry(fixed, reduction, lead, effort)));
            }
            return costs;
        }

        private static java.util.function.Supplier<SystemicCosts> withRecall(SystemicCosts costs, BigDecimal recall) {
            return () -> costs.withRecallCostPerUnit(recall);
        }

        private BusinessCalendar calendar(Node node, String key) {
            if (node instanceof ScalarNode scalar) {
                String name = scalar.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.equals(ENGLAND_AND_WALES)) {
                    return BusinessCalendar.englandAndWales();
                }
                if (name.equals(ROUND_THE_CLOCK)) {
                    return BusinessCalendar.roundTheClock();
                }
                throw error(node, key, "'" + excerpt(scalar.getValue()) + "' is not a calendar: write "
                        + ENGLAND_AND_WALES + ", " + ROUND_THE_CLOCK
                        + ", or working hours (zone, open, close, days, holidays)");
            }
            Map<String, Node> c = mapping(node, key, Set.of("zone", "open", "close", "days", "holidays"));
            Node zoneNode = required(c, node, key, "zone");
            ZoneId zone;
            try {
                zone = ZoneId.of(text(zoneNode, key + ".zone"));
            } catch (DateTimeException e) {
                throw error(zoneNode, key + ".zone", "'" + excerpt(scalar(zoneNode, key + ".zone"))
                        + "' is not a time zone; write e.g. Europe/London or Europe/Rome");
            }
            LocalTime open = time(required(c, node, key, "open"), key + ".open");
            LocalTime close = time(required(c, node, key, "close"), key + ".close");
            Node daysNode = required(c, node, key, "days");
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            List<Node> dayItems = sequence(daysNode, key + ".days");
            for (int i = 0; i < dayItems.size(); i++) {
                if (!days.add(choice(dayItems.get(i), key + ".days[" + i + "]", DayOfWeek.class))) {
                    throw error(dayItems.get(i), key + ".days[" + i + "]", "a day is named twice");
                }
            }
            Set<LocalDate> holidays = new TreeSet<>();
            if (c.containsKey("holidays")) {
                List<Node> items = sequence(c.get("holidays"), key + ".holidays");
                for (int i = 0; i < items.size(); i++) {
                    String value = scalar(items.get(i), key + ".holidays[" + i + "]");
                    try {
                        holidays.add(LocalDate.parse(value.strip()));
                    } catch (DateTimeParseException e) {
                        throw error(items.get(i), key + ".holidays[" + i + "]", "'" + excerpt(value)
                                + "' is not a date like 2026-12-25");
                    }
                }
            }
            return build(node, key, () -> BusinessCalendar.workingHours(zone, open, close, days, holidays));
        }

        // ---- structure

        /** A mapping's entries by key, refusing a key not in {@code allowed} and a key given twice. */
        Map<String, Node> mapping(Node node, String key, Set<String> allowed) {
            if (!(node instanceof MappingNode mapping)) {
                throw error(node, key, "needs keys and values (a mapping), not " + kind(node));
            }
            Map<String, Node> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    throw error(keyNode, key, "a key must be a plain name");
                }
                String name = scalarKey.getValue();
                String path = key == null ? name : key + "." + name;
                if (!allowed.contains(name)) {
                    throw error(keyNode, path, "unknown key" + suggestion(name, allowed) + "; the keys here are "
                            + allowed.stream().sorted().collect(Collectors.joining(", ")));
                }
                if (entries.putIfAbsent(name, tuple.getValueNode()) != null) {
                    throw error(keyNode, path, "given twice");
                }
            }
            return entries;
        }

        /** The mapping under {@code name}, or an empty one when it is left out. */
        Map<String, Node> section(Map<String, Node> parent, String key, String... allowed) {
            String name = key.substring(key.lastIndexOf('.') + 1);
            Node node = parent.get(name);
            return node == null ? Map.of() : mapping(node, key, Set.of(allowed));
        }

        Node required(Map<String, Node> mapping, Node parent, String key, String name) {
            Node node = mapping.get(name);
            if (node == null) {
                throw error(parent, key + "." + name, "is required here: a " + key.substring(key.lastIndexOf('.') + 1)
                        + " given as a mapping names every one of its values");
            }
            return node;
        }

        List<Node> sequence(Node node, String key) {
            if (!(node instanceof SequenceNode sequence)) {
                throw error(node, key, "needs a list, e.g. [A, B], not " + kind(node));
            }
            return sequence.getValue();
        }

        String scalar(Node node, String key) {
            if (!(node instanceof ScalarNode scalar)) {
                throw error(node, key, "needs a single value, not " + kind(node));
            }
            String value = scalar.getValue();
            if (value.isBlank()) {
                throw error(node, key, "needs a value");
            }
            return value;
        }

        // ---- values

        String text(Node node, String key) {
            return scalar(node, key).strip();
        }

        long integer(Map<String, Node> mapping, String key, long otherwise) {
            Node node = mapping.get(key.substring(key.lastIndexOf('.') + 1));
            if (node == null) {
                return otherwise;
            }
            String value = scalar(node, key).strip();
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(node, key, "'" + excerpt(value) + "' is not a whole number");
            }
        }

        int count(Map<String, Node> mapping, String key, long otherwise) {
            long value = integer(mapping, key, otherwise);
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                throw error(mapping.get(key.substring(key.lastIndexOf('.') + 1)), key, value + " is too large");
            }
            return (int) value;
        }

        int days(Node node, String key) {
            String value = scalar(node, key).strip();
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(node, key, "'" + excerpt(value) + "' is not a whole number of days");
            }
        }

        double real(Map<String, Node> mapping, String key, double otherwise) {
            Node node = mapping.get(key.substring(key.lastIndexOf('.') + 1));
            if (node == null) {
                return otherwise;
            }
            String value = scalar(node, key).strip();
            try {
                double number = Double.parseDouble(value);
                if (!Double.isFinite(number)) {
                    throw new NumberFormatException(value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw error(node, key, "'" + excerpt(value) + "' is not a number");
            }
        }

        BigDecimal decimal(Map<String, Node> mapping, String key, BigDecimal otherwise) {
            Node node = mapping.get(key.substring(key.lastIndexOf('.') + 1));
            if (node == null) {
                return otherwise;
            }
            String value = scalar(node, key).strip();
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw error(node, key, "'" + excerpt(value) + "' is not a number such as 8.50");
            }
            if (number.signum() < 0) { // every amount, share and rate of a policy
                throw error(node, key, "must not be negative, was " + value);
            }
            return number;
        }

        Duration duration(Map<String, Node> mapping, String key, Duration otherwise) {
            Node node = mapping.get(key.substring(key.lastIndexOf('.') + 1));
            return node == null ? otherwise : duration(node, key);
        }

        private static final Pattern DURATION = Pattern.compile(
                "(\\d{1,9})\\s*(days?|hours?|minutes?|seconds?)", Pattern.CASE_INSENSITIVE);

        Duration duration(Node node, String key) {
            String value = scalar(node, key).strip();
            Matcher m = DURATION.matcher(value);
            if (m.matches()) {
                long amount = Long.parseLong(m.group(1));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                return unit.startsWith("day") ? Duration.ofDays(amount)
                        : unit.startsWith("hour") ? Duration.ofHours(amount)
                        : unit.startsWith("minute") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
            }
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw error(node, key, "'" + excerpt(value) + "' is not a duration like 30 days, 24 hours or 90 minutes");
            }
        }

        LocalTime time(Node node, String key) {
            String value = scalar(node, key).strip();
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                throw error(node, key, "'" + excerpt(value) + "' is not a time of day like \"09:00\" (quote it)");
            }
        }

        Currency currency(Node node, String key) {
            String value = scalar(node, key).strip();
            try {
                return Currency.getInstance(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(node, key, "'" + excerpt(value) + "' is not an ISO 4217 currency code such as GBP or EUR");
            }
        }

        <E extends Enum<E>> E choice(Node node, String key, Class<E> type) {
            String value = scalar(node, key).strip();
            String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw error(node, key, "'" + excerpt(value) + "' is not one of " + String.join(", ",
                    names(type.getEnumConstants())));
        }

        <T> T named(Node node, String key, Map<String, T> shipped, String what) {
            String value = scalar(node, key).strip();
            T found = shipped.get(value.toLowerCase(Locale.ROOT));
            if (found == null) {
                throw error(node, key, "'" + excerpt(value) + "' is not " + what + " that ships: write one of "
                        + shipped.keySet().stream().sorted().collect(Collectors.joining(", "))
                        + ", or a mapping of every value");
            }
            return found;
        }

        /** The value the model makes, or its refusal as an error at {@code node}. */
        <T> T build(Node node, String key, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
                throw error(node, key, String.valueOf(e.getMessage()));
            }
        }

        private static String kind(Node node) {
            return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list"
                    : "'" + excerpt(((ScalarNode) node).getValue()) + "'";
        }

        private static String suggestion(String name, Set<String> allowed) {
            for (String candidate : allowed) {
                if (candidate.equalsIgnoreCase(name) || candidate.equalsIgnoreCase(name.replace("_", ""))) {
                    return " (did you mean " + candidate + "?)";
                }
            }
            return "";
        }

        private static String excerpt(String value) {
            String flat = value.replaceAll("\\p{Cntrl}", "?");
            return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
        }
    }

    static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }

    // ---------------------------------------------------------------- writing

    /** The commented file of one policy. */
    private static final class Writing {
        private final Policy p;
        private final StringBuilder out = new StringBuilder();

        Writing(Policy policy) {
            this.p = java.util.Objects.requireNonNull(policy, "policy");
        }

        String text() {
            comment(0, "The policy of the complaint rules: every threshold, window, target, cost table, calendar,");
            comment(0, "consumer-rights shape and escalation route they use. 'complaints policy' prints the default;");
            comment(0, "change what you need and pass the file with 'complaints assess --policy FILE'. A key left out");
            comment(0, "keeps its default; a key that is not listed here is an error. Durations: 30 days, 24 hours,");
            comment(0, "90 minutes; under a working calendar a day of a target is one working day.");
            blank();
            key(0, "triage");
            value(1, "earlyFailureDays", p.earlyFailureDays(),
                    "a functional failure within this many days of purchase is HIGH");
            blank();
            key(0, "repeats", "how many complaints, within what window, make a finding");
            key(1, "productLine", "one product line and defect");
            value(2, "minComplaints", p.productLineMinComplaints(), null);
            value(2, "window", duration(p.productLineWindow()), null);
            key(1, "batch", "one batch and defect, at any distance in time");
            value(2, "minComplaints", p.batchMinComplaints(), null);
            key(1, "batchRate", "complaints of any defect on one batch reaching a share of its quantity");
            value(2, "percent", Double.toString(p.batchRatePercent()), null);
            value(2, "minComplaints", p.batchRateMinComplaints(), "however small the batch");
            key(1, "supplier", "one supplier or material lot across product lines");
            value(2, "minProductLines", p.supplierMinProductLines(), null);
            value(2, "window", duration(p.supplierWindow()), null);
            key(1, "customer", "one customer coming back");
            value(2, "minComplaints", p.customerMinComplaints(), null);
            value(2, "window", duration(p.customerWindow()), null);
            key(1, "size", "fit complaints on one size of one last");
            value(2, "minComplaints", p.sizeMinComplaints(), null);
            value(2, "minSkus", p.sizeMinSkus(), "the SKUs they must span");
            value(2, "window", duration(p.sizeWindow()), null);
            value(1, "safetyWindow", duration(p.safetyWindow()),
                    "a second safety complaint on a batch or line within this is a finding");
            value(1, "largeFindingSize", p.largeFindingSize(), "a finding this large goes to senior management");
            value(1, "findingQuietPeriod", duration(p.findingQuietPeriod()),
                    "a finding with no new complaint for this long is quiet");
            blank();
            key(0, "targets", "service levels, in the calendar's working time");
            value(1, "acknowledgement", hours(p.acknowledgementTarget()), null);
            key(1, "resolution", "by severity");
            for (Severity severity : Severity.values()) {
                value(2, severity.name(), duration(p.resolutionTarget(severity)), null);
            }
            value(1, "warningPercent", p.warningPercent(), "warn when this share of a target is used");
            blank();
            key(0, "escalation", "levels: " + String.join(", ", names(EscalationLevel.values())));
            key(1, "levelBySeverity", "where a complaint of each severity goes at once");
            for (Severity severity : Severity.values()) {
                value(2, severity.name(), p.levelFor(severity).name(), null);
            }
            key(1, "responseTimes", "how long a level has to respond (FRONTLINE: the acknowledgement target)");
            for (EscalationLevel level : EscalationLevel.values()) {
                if (level != EscalationLevel.FRONTLINE) {
                    value(2, level.name(), hours(p.responseTime(level)), null);
                }
            }
            chain("qualityChain", p.qualityChain(), "the levels a product fault climbs, from FRONTLINE up");
            chain("serviceChain", p.serviceChain(), "the levels a service failure climbs");
            value(1, "brokenPromiseLevel", p.brokenPromiseLevel().name(),
                    "where a promised remedy not delivered goes, in the service chain");
            blank();
            calendar(p.calendar());
            blank();
            key(0, "safety", "the product-safety pathway");
            regime(p.safetyRegime());
            value(1, "containmentTime", hours(p.containmentTime()),
                    "working time to keep the item and quarantine the stock");
            value(1, "stockCheckTime", hours(p.stockCheckTime()), "working time to check the quarantined stock");
            blank();
            rights(p.consumerRights());
            blank();
            RemedyCosts costs = p.remedyCosts();
            key(0, "remedyCosts", "what each remedy costs the business; every estimate includes handling");
            value(1, "currency", costs.currency().getCurrencyCode(), null);
            value(1, "handling", costs.handling().toPlainString(), "one complaint");
            value(1, "shipping", costs.shipping().toPlainString(), "one parcel, either way");
            value(1, "inspection", costs.inspection().toPlainString(), "inspecting a returned item");
            value(1, "repairShareOfCost", costs.repairShareOfCost().toPlainString(), "a repair: this share of the unit cost");
            value(1, "partialRefundShare", costs.partialRefundShare().toPlainString(), "of the price");
            value(1, "goodwillShare", costs.goodwillShare().toPlainString(), "of the price");
            value(1, "defaultPrice", costs.defaultPrice().toPlainString(), "when no price is known");
            blank();
            SystemicCosts systemic = p.systemicCosts();
            key(0, "managementOptions", "the options put to management, against doing nothing (MONITOR)");
            value(1, "horizonDays", systemic.horizonDays(), "benefits are counted over this period");
            value(1, "remainingShare", systemic.remainingShare().toPlainString(),
                    "share of a batch assumed unsold when its stock is not known");
            value(1, "defaultExposureUnits", systemic.defaultExposureUnits(),
                    "units assumed sold for a recall when no batch size is known");
            value(1, "recallCostPerUnit", systemic.recallCostPerUnit().toPlainString(), "on top of a recall's fixed cost");
            value(1, "halfLifeDays", systemic.halfLifeDays(), "a forecast's pace halves every this many days");
            value(1, "minPaceDays", systemic.minPaceDays(), "a pace is measured over at least this many days");
            key(1, "options", "fixedCost; reduction: the share of future complaints prevented (0 to 1); effort: "
                    + String.join(", ", names(Effort.values())));
            for (SystemicActionType type : SystemicActionType.values()) {
                SystemicCosts.Entry entry = systemic.entry(type);
                indent(2).append(type.name()).append(": {fixedCost: ").append(entry.fixedCost().toPlainString())
                        .append(", reduction: ").append(entry.reduction().toPlainString()).append(", leadTimeDays: ")
                        .append(entry.leadTimeDays()).append(", effort: ").append(entry.effort().name()).append("}\n");
            }
            blank();
            key(0, "verification", "judging corrective actions");
            value(1, "recurrenceLag", duration(p.recurrenceLag()),
                    "a complaint of unknown batch counts as a recurrence only this long after the action");
            value(1, "minRevisedUnits", p.minRevisedUnits(),
                    "revised units needed before no recurrence can mean it worked");
            value(1, "aql", p.aql().toPlainString(), "ISO 2859-1 acceptance quality limit, percent nonconforming");
            return out.toString();
        }

        private void chain(String name, EscalationChain chain, String comment) {
            key(1, name, comment);
            value(2, "name", quote(chain.name()), null);
            value(2, "levels", chain.levels().stream().map(Enum::name).collect(Collectors.joining(", ", "[", "]")), null);
        }

        private void calendar(BusinessCalendar calendar) {
            if (calendar == BusinessCalendar.englandAndWales() || calendar == BusinessCalendar.roundTheClock()) {
                comment(0, "when the service clocks run: " + ENGLAND_AND_WALES + " (office hours 09:00-17:30 Monday to");
                comment(0, "Friday in London, without the bank holidays of England and Wales 2023-2028), " + ROUND_THE_CLOCK + ",");
                comment(0, "or working hours of your own:");
                comment(0, "calendar:");
                comment(0, "  zone: Europe/Rome");
                comment(0, "  open: \"09:00\"");
                comment(0, "  close: \"18:00\"");
                comment(0, "  days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]");
                comment(0, "  holidays: [2026-01-01, 2026-01-06]");
                value(0, "calendar", calendar == BusinessCalendar.englandAndWales() ? ENGLAND_AND_WALES : ROUND_THE_CLOCK,
                        null);
                return;
            }
            if (!(calendar instanceof BusinessCalendar.WorkingHours hours)) {
                throw new IllegalArgumentException("a calendar of class " + calendar.getClass().getName()
                        + " cannot be written to a policy file: use BusinessCalendar.workingHours");
            }
            key(0, "calendar", "working hours, when the service clocks run");
            value(1, "zone", hours.zone().getId(), null);
            value(1, "open", quote(hours.open().toString()), null);
            value(1, "close", quote(hours.close().toString()), null);
            value(1, "days", new TreeSet<>(hours.workingDays()).stream().map(Enum::name)
                    .collect(Collectors.joining(", ", "[", "]")), null);
            if (hours.holidays().isEmpty()) {
                value(1, "holidays", "[]", null);
            } else {
                key(1, "holidays", null);
                for (LocalDate day : new TreeSet<>(hours.holidays())) {
                    indent(2).append("- ").append(day).append('\n');
                }
            }
        }

        private void regime(SafetyRegime regime) {
            key(1, "regime", "the law on notifying a dangerous product; or a name: "
                    + REGIMES.keySet().stream().sorted().collect(Collectors.joining(", ")));
            value(2, "name", quote(regime.name()), null);
            value(2, "basis", quote(regime.basis()), null);
            value(2, "authority", quote(regime.authority()), null);
            value(2, "channel", quote(regime.channel()), null);
            value(2, "seriousRiskLimit", duration(regime.seriousRiskLimit()), "calendar time, when someone was hurt");
            value(2, "otherRiskLimit", duration(regime.otherRiskLimit()), "calendar time, once a risk is confirmed");
            key(2, "noticeContents", null);
            for (String item : regime.noticeContents()) {
                indent(3).append("- ").append(quote(item)).append('\n');
            }
        }

        private void rights(ConsumerRights rights) {
            key(0, "consumerRights", "the law on remedies; days run from delivery; or a name: "
                    + RIGHTS.keySet().stream().sorted().collect(Collectors.joining(", ")));
            value(1, "name", quote(rights.name()), null);
            value(1, "rejectDays", rights.rejectDays(), "short-term right to reject (0: none)");
            value(1, "presumptionDays", rights.presumptionDays(), "a fault is presumed present at delivery");
            value(1, "guaranteeDays", rights.guaranteeDays(), "after this, only goodwill");
            value(1, "cancellationDays", rights.cancellationDays(), "a distance sale may be cancelled (0: none)");
            value(1, "deductionAfterDays", rights.deductionAfterDays(), "a final refund may be reduced for use");
            value(1, "rejectBasis", quote(rights.rejectBasis()), null);
            value(1, "repairBasis", quote(rights.repairBasis()), null);
            value(1, "finalBasis", quote(rights.finalBasis()), null);
            value(1, "presumptionBasis", quote(rights.presumptionBasis()), null);
            value(1, "conformityBasis", quote(rights.conformityBasis()), null);
            value(1, "serviceBasis", quote(rights.serviceBasis()), null);
            value(1, "cancellationBasis", quote(rights.cancellationBasis()), null);
        }

        private StringBuilder indent(int level) {
            return out.append("  ".repeat(level));
        }

        private void key(int level, String name) {
            key(level, name, null);
        }

        private void key(int level, String name, String comment) {
            indent(level).append(name).append(':');
            if (comment != null) {
                out.append("  # ").append(comment);
            }
            out.append('\n');
        }

        private void value(int level, String name, Object value, String comment) {
            indent(level).append(name).append(": ").append(value);
            if (comment != null) {
                out.append("  # ").append(comment);
            }
            out.append('\n');
        }

        private void comment(int level, String text) {
            indent(level).append("# ").append(text).append('\n');
        }

        private void blank() {
            out.append('\n');
        }
    }

    /**
     * A target counted in hours, always in hours ("24 hours", never "1 day"): under a working calendar
     * 24 working hours are not one working day.
     */
    static String hours(Duration d) {
        if (d.getNano() != 0 || d.isNegative() || d.getSeconds() % 3_600 != 0) {
            return duration(d);
        }
        return unit(d.getSeconds() / 3_600, "hour");
    }

    /** "30 days", "24 hours", "90 minutes", "45 seconds", or ISO-8601 when there is less than a second. */
    static String duration(Duration d) {
        if (d.getNano() != 0 || d.isNegative()) {
            return d.toString();
        }
        long s = d.getSeconds();
        return s % 86_400 == 0 ? unit(s / 86_400, "day") : s % 3_600 == 0 ? unit(s / 3_600, "hour")
                : s % 60 == 0 ? unit(s / 60, "minute") : unit(s, "second");
    }

    private static String unit(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** A YAML double-quoted string. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
