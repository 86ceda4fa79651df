package io.welt.complaints.examples.bench;

import io.welt.complaints.examples.cli.Main;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.report.HtmlAssessmentWriter;
import io.welt.complaints.rules.report.JsonAssessmentWriter;
import io.welt.complaints.test.CsvLogWriter;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The performance benchmark: for each log size, rule-base start-up, full assessment time, throughput
 * and peak heap, the plain-Java {@link RepeatBaseline} on the same data (ratio and agreement), the
 * latency of assessing one more complaint, and {@code complaints assess} end to end on a CSV; then the
 * targets with PASS or MISS. Run it through the {@code bench} Maven profile:
 *
 * <pre>
 * ./mvnw -B -Pbench -pl examples -am verify -DskipTests -Dsizes=10000,100000 -DcliSize=100000
 * </pre>
 *
 * <p>Sizes come from the first argument or {@code -Dsizes} (default 10000,100000,1000000); the CSV
 * run's size from {@code -DcliSize} (default 100000, 0 to skip); {@code -Dbreakdown=true} lets the
 * library log each assessment's phases (validate, facts, rules, assemble). The logs come from
 * {@link LogGenerator} with a fixed seed and the shape of {@link #generator}. A size that fails
 * (an exception, an {@link OutOfMemoryError}) is reported as a MISS and the run goes on. The targets of
 * issue 16 run in JVMs of their own ({@link ChildRun}), sized by {@code -DheapSize}, {@code -DcoresSize},
 * {@code -DmonitorYears} with {@code -DmonitorPerDay}, and {@code -DjsonCliSize} (0 skips one), each
 * stopped after {@code -DchildTimeoutMinutes} (default 30). The exit
 * status is 1 when the baseline and the rules disagree (a correctness bug), else 0, however many
 * targets are missed.
 */
public final class Benchmark {

    static final long SEED = 20_260_301L;
    private static final int MILLION = 1_000_000;
    private static final long GIB = 1L << 30;
    private static final double MIB = 1 << 20;

    private final PrintStream out;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private double coldStartSeconds;
    private double rebuildSeconds;
    private ComplaintRules rules;
    private ComplaintRules repeatRulesOnly;
    private String stage = "";
    private final List<SizeResult> results = new ArrayList<>();
    private CliResult cli;
    /** The runs in JVMs of their own ({@link ChildRun}); null where not run. */
    private Child limited;
    private Child oneCore;
    private Child twoCores;
    private Child monitor;
    private Child jsonCli;
    private Child csvParse;
    private int limitedSize;
    private int coresSize;
    private int jsonCliSize;
    private final String limitHeap = System.getProperty("limitHeap", "2g");
    private final String wideHeap = System.getProperty("benchHeap", "6g");
    /** A JVM of its own that runs longer (a heap thrashing short of an OutOfMemoryError) is stopped: a MISS. */
    private final long childTimeoutMinutes = Long.getLong("childTimeoutMinutes", 30);
    private boolean disagreement;
    private final boolean breakdown = Boolean.getBoolean("breakdown");
    private List<ComplaintRules> prefixRules;

    /** What one size measured; NaN where not measured. */
    private static final class SizeResult {
        final int size;
        String failure;
        final Map<String, String> failures = new java.util.LinkedHashMap<>();
        double fullSeconds = Double.NaN;
        long peakBytes = -1;
        double repeatsOnlySeconds = Double.NaN;
        double baselineSeconds = Double.NaN;
        double incrementalMedianMs = Double.NaN;
        double incrementalP99Ms = Double.NaN;
        int incrementalSamples;
        double movingMedianMs = Double.NaN;
        double movingP99Ms = Double.NaN;
        int movingSamples;
        long jsonBytes = -1;
        long htmlBytes = -1;

        SizeResult(int size) {
            this.size = size;
        }
    }

    private record CliResult(int size, double seconds, int status, String failure) {
    }

    /**
     * What a JVM of its own reported: its {@link ChildRun#RESULT} pairs, its exit status and its wall time
     * from start to exit; {@code failure} when it printed no result or reported one.
     */
    private record Child(Map<String, String> result, int status, double wallSeconds, String failure) {
        double get(String key) {
            String value = result.get(key);
            return value == null ? Double.NaN : Double.parseDouble(value);
        }

        boolean ok() {
            return failure == null;
        }
    }

    private Benchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("breakdown")) {
            // Before the first logger is made: slf4j-simple reads its levels once.
            System.setProperty("org.slf4j.simpleLogger.log.io.welt.complaints.rules.ComplaintRules", "debug");
            // The same stream as the report, so that Maven does not splice the two mid-line.
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
        }
        List<Integer> sizes = parseSizes(args.length > 0 ? args[0] : System.getProperty("sizes", "10000,100000,1000000"));
        int cliSize = Integer.parseInt(System.getProperty("cliSize", "100000").strip().replace("_", ""));
        Benchmark benchmark = new Benchmark(System.out);
        benchmark.limitedSize = intProperty("heapSize", MILLION);
        benchmark.coresSize = intProperty("coresSize", MILLION);
        benchmark.jsonCliSize = intProperty("jsonCliSize", MILLION);
        benchmark.run(sizes, cliSize);
        System.out.flush();
        if (benchmark.disagreement) {
            System.exit(1);
        }
    }

    private static int intProperty(String name, int otherwise) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(otherwise)).strip().replace("_", ""));
    }

    static List<Integer> parseSizes(String text) {
        List<Integer> sizes = Arrays.stream(text.split(","))
                .map(s -> s.strip().replace("_", "")).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).sorted().distinct().toList();
        if (sizes.isEmpty() || sizes.get(0) < 100) {
            throw new IllegalArgumentException("sizes must be complaint counts of 100 or more, was '" + text + "'");
        }
        return sizes;
    }

    /**
     * The generator for a log of {@code size} complaints with a realistic shape: a range of 300
     * product lines (6 SKUs each, a batch every few months), 40 suppliers, 2,000 material lots, a
     * customer pool of 30% of the complaints (300,000 at a million), two years of complaints, most
     * older ones resolved or closed (the generator's lifecycle). The range does not grow with the
     * complaint count: a busier year brings more complaints about the same products.
     */
    static LogGenerator generator(int size, long seed) {
        return LogGenerator.withSeed(seed)
                .complaints(size)
                .productLines(300)
                .skusPerLine(6)
                .batchesPerSku(8)
                .suppliers(40)
                .materialLots(2_000)
                .customers(Math.max(1_000, size / 10 * 3))
                .timeSpan(Instant.parse("2024-03-01T00:00:00Z"), 730);
    }

    private void run(List<Integer> sizes, int cliSize) {
        printMachine(sizes, cliSize);
        try {
            startUp();
        } catch (RuntimeException | Error e) {
            out.println("rule-base start-up failed: " + describe(e) + "; nothing else can run");
            printTargets();
            return;
        }
        try {
            warmUp(Math.min(sizes.get(0), 10_000)); // -Dsizes=1000000 alone should not warm up on a million
        } catch (RuntimeException | Error e) {
            out.println("warm-up failed: " + describe(e) + "; measuring cold");
        }
        runChildren();
        // The command line before the sizes: a failure at a million (whose heap the library does not give
        // back after an OutOfMemoryError) cannot spoil it, and a real ./complaints runs in a fresh JVM anyway.
        if (cliSize > 0) {
            cli = measureCli(cliSize);
            out.println();
        }
        for (int size : sizes) {
            SizeResult result = new SizeResult(size);
            results.add(result);
            try {
                measureSize(result);
            } catch (RuntimeException | Error e) { // an OutOfMemoryError at a million included
                result.failure = describe(e) + (stage.isEmpty() ? "" : " during " + stage);
                out.printf(Locale.ROOT, "  FAILED: %s%n", result.failure);
                gc();
            } finally {
                stage = "";
            }
            out.println();
        }
        printTargets();
    }

    // ---- machine and start-up ----

    private void printMachine(List<Integer> sizes, int cliSize) {
        Runtime runtime = Runtime.getRuntime();
        out.println("Complaint rules benchmark");
        out.printf(Locale.ROOT, "machine: %d cores, max heap %s, Java %s (%s %s), GC %s, %s %s%n",
                runtime.availableProcessors(), mib(runtime.maxMemory()), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(" + ")),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        out.printf(Locale.ROOT, "sizes: %s; CSV run: %s; seed %d; started %s, load average %s"
                        + " (other processes on the machine skew every time below)%n",
                sizes.stream().map(Benchmark::count).collect(Collectors.joining(", ")),
                cliSize > 0 ? count(cliSize) + " rows" : "skipped", SEED, Instant.now(), loadAverage());
        out.println("peak heap = the sum of the heap pools' peak usage during the run (reset after a GC before it):"
                + " an upper bound that includes garbage not yet collected");
        out.println();
    }

    private void startUp() {
        long t0 = System.nanoTime();
        rules = ComplaintRules.standard();
        coldStartSeconds = seconds(t0);
        double[] rebuilds = new double[3];
        for (int i = 0; i < rebuilds.length; i++) {
            long t = System.nanoTime();
            ComplaintRules.builder().addRules("noop.drl", "package x;").build();
            rebuilds[i] = seconds(t);
        }
        rebuildSeconds = median(rebuilds);
        // The repeat rules alone: the other standard files replaced by empty ones. The same validation,
        // facts and session as a full assessment, with only the rules that find repeats in it.
        ComplaintRules.Builder builder = ComplaintRules.builder();
        for (String file : ComplaintRules.STANDARD_RULE_FILES) {
            // safety.drl says which complaints are safety complaints, which the safety repeat rule reads.
            if (!file.equals("repeats.drl") && !file.equals("safety.drl")) {
                builder.replaceRules(file, "package io.welt.complaints.rules;\n");
            }
        }
        repeatRulesOnly = builder.build();
        if (breakdown) { // built and warmed up with the others: a rule base's generated classes start cold
            List<String> files = ComplaintRules.STANDARD_RULE_FILES;
            prefixRules = new ArrayList<>();
            for (int k = 1; k <= files.size(); k++) {
                ComplaintRules.Builder prefix = ComplaintRules.builder();
                for (String file : files.subList(k, files.size())) {
                    prefix.replaceRules(file, "package io.welt.complaints.rules;\n");
                }
                prefixRules.add(k == files.size() ? rules : prefix.build());
            }
        }
        out.printf(Locale.ROOT, "rule-base start-up: cold %.3f s (the first ComplaintRules.standard() in this JVM:"
                        + " class loading and the %d standard files as compiled at build time), rebuild %.3f s (median of 3,"
                        + " standard files + noop.drl: a DRL compile in a warm JVM)%n",
                coldStartSeconds, ComplaintRules.STANDARD_RULE_FILES.size(), rebuildSeconds);
        out.println();
    }

    // ---- one size ----

    /** What the stages of one size found, for the agreement check; dropped after the size. */
    private static final class Found {
        List<RepeatBaseline.Finding> rules;
        List<RepeatBaseline.Finding> repeatRulesOnly;
        List<RepeatBaseline.Finding> baseline;
    }

    private void measureSize(SizeResult result) {
        int size = result.size;
        int repeats = size <= 100_000 ? 3 : 1;
        out.printf(Locale.ROOT, "== %s complaints: 300 product lines, 40 suppliers, 2,000 lots, %s customers, 730 days"
                + " (load average %s) ==%n", count(size), count(Math.max(1_000, size / 10 * 3)), loadAverage());
        stage = "generation";
        long t0 = System.nanoTime();
        GeneratedLog log = generator(size, SEED).generate();
        double generation = seconds(t0);
        ComplaintLog complaintLog = log.toComplaintLog();
        Instant asOf = log.asOf();
        out.printf(Locale.ROOT, "  generation            %.3f s (not counted): %s products, %s batches, as of %s%n",
                generation, count(log.products().size()), count(log.batches().size()), asOf);
        out.printf(Locale.ROOT, "  rule-base start-up    %.3f s cold, %.3f s rebuild (once per JVM, see above)%n",
                coldStartSeconds, rebuildSeconds);

        // Each stage on its own, the heaviest last: after an OutOfMemoryError in an assessment the library
        // keeps that session's heap, so the lighter stages go first.
        Found found = new Found();
        stage(result, "baseline", () -> measureBaseline(result, found, log, Math.max(3, repeats)));
        // Three runs at every size, as for the baseline: the ratio compares medians, and a million's first run
        // also pays for the heap growing to its size.
        stage(result, "repeat rules only", () -> measureRepeatRulesOnly(result, found, complaintLog, asOf, 3));
        stage(result, "full assessment", () -> measureFull(result, found, complaintLog, asOf, repeats));
        if (!Double.isNaN(result.baselineSeconds)) {
            out.printf(Locale.ROOT, "  ratio rules/baseline  %s full assessment, %s repeat rules only%n",
                    ratio(result.fullSeconds, result.baselineSeconds), ratio(result.repeatsOnlySeconds, result.baselineSeconds));
            out.printf(Locale.ROOT, "  findings agree        %s (full assessment), %s (repeat rules only)%n",
                    agreement(found.baseline, found.rules), agreement(found.baseline, found.repeatRulesOnly));
        }
        found.rules = null;
        found.repeatRulesOnly = null;
        found.baseline = null;
        if (breakdown && size <= 100_000) {
            stage(result, "by rule file", () -> measureRuleFiles(complaintLog, asOf));
        }

        // The incremental path: a warm monitor over the history, one new complaint at a time.
        int samples = Math.min(1_000, size / 10); // 1,000 from 10,000 up: a p99 of 200 is the second worst
        // Then as a host that passes Instant.now() moves the clock: fewer, since each costs far more.
        int moving = Math.min(100, size / 100);
        stage(result, "incremental", () -> measureIncremental(result, log, asOf, samples, moving));
        Reference.reachabilityFence(complaintLog);
    }

    /**
     * Warms the JIT up on the smallest size (at most 10,000): one run leaves much of Drools and the
     * library interpreted.
     */
    private void warmUp(int size) {
        long t0 = System.nanoTime();
        GeneratedLog log = generator(size, SEED).generate();
        ComplaintLog complaintLog = log.toComplaintLog();
        warmUpMonitor(log);
        for (int i = 0; i < 3; i++) {
            rules.assess(complaintLog, log.asOf());
            repeatRulesOnly.assess(complaintLog, log.asOf());
            RepeatBaseline.standard().findings(log.products(), log.batches(), log.complaints());
            if (prefixRules != null) {
                prefixRules.forEach(prefix -> prefix.assess(complaintLog, log.asOf()));
            }
        }
        out.printf(Locale.ROOT, "warm-up: %.3f s (full, repeat rules only and baseline 3 times each, a monitor's last 1,000"
                + " submissions twice, on %s complaints; not counted)%n%n", seconds(t0), count(size));
    }

    /**
     * The incremental path has code of its own (series versions, truth maintenance on retraction) that
     * a full assessment never runs: a monitor over the warm-up log takes its last 1,000 complaints
     * twice, so that the measured submissions do not pay for the JIT's first compilations.
     */
    private void warmUpMonitor(GeneratedLog log) {
        List<Complaint> all = byReceipt(log);
        int history = Math.max(0, all.size() - 1_000);
        for (int round = 0; round < 2; round++) {
            try (io.welt.complaints.rules.ComplaintMonitor monitor = openMonitor(log, all.subList(0, history), log.asOf())) {
                for (Complaint complaint : all.subList(history, all.size())) {
                    monitor.submit(complaint, log.asOf());
                }
            }
        }
    }

    /** The log's complaints in the order they were received: the order a monitor is fed them. */
    private static List<Complaint> byReceipt(GeneratedLog log) {
        List<Complaint> all = new ArrayList<>(log.complaints());
        all.sort(Complaint.BY_RECEIPT);
        return all;
    }

    /** A monitor over the log's products and batches and these complaints as its history. */
    private io.welt.complaints.rules.ComplaintMonitor openMonitor(GeneratedLog log, List<Complaint> history, Instant asOf) {
        return rules.monitor(ComplaintLog.builder().products(log.products()).batches(log.batches()).complaints(history)
                .build(), asOf);
    }

    /** Runs one stage of a size; a failure is recorded and printed, and the size goes on. */
    private void stage(SizeResult result, String name, Runnable work) {
        stage = name;
        try {
            work.run();
        } catch (RuntimeException | Error e) { // an OutOfMemoryError at a million included
            String failure = describe(e);
            result.failures.put(name, failure);
            gc();
            out.printf(Locale.ROOT, "  %-21s FAILED: %s (heap in use after GC now: %s)%n", name, failure, mib(heapUsed()));
        } finally {
            stage = "";
        }
    }

    private void measureFull(SizeResult result, Found found, ComplaintLog complaintLog, Instant asOf, int repeats) {
        gc();
        long logOnly = heapUsed();
        double[] times = new double[repeats];
        long peak = 0;
        long withAssessment = 0;
        Map<FindingScope, Integer> byScope = new EnumMap<>(FindingScope.class);
        int rejected = 0;
        String firings = "";
        for (int r = 0; r < repeats; r++) {
            resetPeaks();
            long t0 = System.nanoTime();
            Assessment assessment = rules.assess(complaintLog, asOf);
            times[r] = seconds(t0);
            peak = Math.max(peak, peakHeap());
            if (r == 0) {
                gc();
                withAssessment = heapUsed();
                found.rules = RepeatBaseline.Finding.of(assessment.findings());
                assessment.findings().forEach(f -> byScope.merge(f.scope(), 1, Integer::sum));
                rejected = assessment.rejected().size();
                firings = firings(assessment.firedRules());
                result.jsonBytes = written(to -> JsonAssessmentWriter.standard().write(assessment, to));
                result.htmlBytes = written(to -> HtmlAssessmentWriter.standard().write(assessment, to));
            }
            Reference.reachabilityFence(assessment);
        }
        int size = result.size;
        result.fullSeconds = median(times);
        result.peakBytes = peak;
        out.printf(Locale.ROOT, "  full assessment       %.3f s median of %d%s%n", result.fullSeconds, repeats, list(times));
        out.printf(Locale.ROOT, "  throughput            %,.0f complaints/s%n", size / result.fullSeconds);
        out.printf(Locale.ROOT, "  peak heap             %s (max over the runs)%n", mib(peak));
        out.printf(Locale.ROOT, "  heap after GC         %s holding the log, %s holding the log and one assessment%n",
                mib(logOnly), mib(withAssessment));
        out.printf(Locale.ROOT, "  findings              %s (%s), %d rejected records%n", count(found.rules.size()),
                byScope.entrySet().stream().map(e -> e.getKey() + " " + count(e.getValue()))
                        .collect(Collectors.joining(", ")), rejected);
        out.printf(Locale.ROOT, "  rule firings          %s%n", firings);
        out.printf(Locale.ROOT, "  report size           JSON %s (%,.0f bytes a complaint), HTML %s (%,.0f bytes a complaint),"
                        + " each streamed to a byte counter%n", mib(result.jsonBytes), (double) result.jsonBytes / size,
                mib(result.htmlBytes), (double) result.htmlBytes / size);
    }

    private interface StreamWriter {
        void writeTo(OutputStream to) throws IOException;
    }

    /** The bytes a report writes, counted as they pass: nothing is held. */
    private static long written(StreamWriter writer) {
        long[] count = {0};
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                count[0] += length;
            }
        };
        try {
            writer.writeTo(counter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** Repeat detection alone: only repeats.drl (and safety.drl, which it reads) in the rule base. */
    private void measureRepeatRulesOnly(SizeResult result, Found found, ComplaintLog complaintLog, Instant asOf,
                                        int repeats) {
        double[] times = new double[repeats];
        long peak = 0;
        for (int r = 0; r < repeats; r++) {
            gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Assessment assessment = repeatRulesOnly.assess(complaintLog, asOf);
            times[r] = seconds(t0);
            peak = Math.max(peak, peakHeap());
            if (r == 0) {
                found.repeatRulesOnly = RepeatBaseline.Finding.of(assessment.findings());
            }
        }
        result.repeatsOnlySeconds = median(times);
        out.printf(Locale.ROOT, "  repeat rules only     %.3f s median of %d%s, peak heap %s (repeats.drl and the safety.drl it"
                        + " reads: the other standard files replaced by empty ones; same validation, facts and session)%n",
                result.repeatsOnlySeconds, repeats, list(times), mib(peak));
    }

    /** The plain-Java baseline on the same records. */
    private void measureBaseline(SizeResult result, Found found, GeneratedLog log, int repeats) {
        RepeatBaseline baseline = RepeatBaseline.standard();
        double[] times = new double[repeats];
        long peak = 0;
        for (int r = 0; r < repeats; r++) {
            found.baseline = null;
            gc();
            resetPeaks();
            long t0 = System.nanoTime();
            found.baseline = baseline.findings(log.products(), log.batches(), log.complaints());
            times[r] = seconds(t0);
            peak = Math.max(peak, peakHeap());
        }
        result.baselineSeconds = median(times);
        out.printf(Locale.ROOT, "  baseline (plain Java) %.3f s median of %d%s, peak heap %s (sort + counting sorts +"
                + " sliding windows)%n", result.baselineSeconds, repeats, list(times), mib(peak));
    }

    /**
     * With -Dbreakdown: one run of each prefix of the standard rule files (the rest replaced by empty
     * files), to show which file the time goes to. Files later in the list build on earlier ones.
     */
    private void measureRuleFiles(ComplaintLog complaintLog, Instant asOf) {
        List<String> files = ComplaintRules.STANDARD_RULE_FILES;
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < files.size(); k++) {
            gc();
            long t0 = System.nanoTime();
            prefixRules.get(k).assess(complaintLog, asOf);
            parts.add(String.format(Locale.ROOT, "%s%s %.3f s", k == 0 ? "" : "+", files.get(k).replace(".drl", ""),
                    seconds(t0)));
        }
        out.printf(Locale.ROOT, "  by rule file          %s (one run each of the first 1..%d standard files, the rest"
                + " empty)%n", String.join(", ", parts), files.size());
    }

    private static String ratio(double rules, double baseline) {
        return Double.isNaN(rules) ? "n/a" : String.format(Locale.ROOT, "%.1fx", rules / baseline);
    }

    /**
     * The history is the log without its last {@code samples + moving} complaints (in the order
     * received), held warm by a {@link io.welt.complaints.rules.ComplaintMonitor}; each sample submits
     * the next complaint and times what the host waits for: the changes it reports. The first
     * {@code samples} keep the clock where it is (a host that moves it on a schedule with advanceTo);
     * the last {@code moving} move it a minute each (a host that passes the time of each submission):
     * the clock then meets only the due instants of its hour. Last, the clock crosses midnight UTC three
     * times, which checks every open complaint's due days and every active finding once.
     */
    private void measureIncremental(SizeResult result, GeneratedLog log, Instant asOf, int samples, int moving) {
        List<Complaint> all = byReceipt(log);
        int history = all.size() - samples - moving;
        long open = System.nanoTime();
        try (io.welt.complaints.rules.ComplaintMonitor monitor = openMonitor(log, all.subList(0, history), asOf)) {
            double openSeconds = (System.nanoTime() - open) / 1e9;
            double[] fixed = submit(monitor, all.subList(history, history + samples), Duration.ZERO);
            result.incrementalMedianMs = median(fixed);
            result.incrementalP99Ms = p99(fixed);
            result.incrementalSamples = samples;
            out.printf(Locale.ROOT, "  incremental           median %.2f ms, p99 %.2f ms (nearest rank, %d submissions to a"
                            + " ComplaintMonitor warm with %s complaints, its clock still; opening it took %.1f s)%n",
                    result.incrementalMedianMs, result.incrementalP99Ms, samples, count(history), openSeconds);
            if (moving > 0) {
                double[] moved = submit(monitor, all.subList(history + samples, history + samples + moving),
                        Duration.ofMinutes(1));
                result.movingMedianMs = median(moved);
                result.movingP99Ms = p99(moved);
                result.movingSamples = moving;
                out.printf(Locale.ROOT, "  incremental, moving   median %.2f ms, p99 %.2f ms (%d more submissions, the clock"
                                + " a minute later with each)%n", result.movingMedianMs, result.movingP99Ms, moving);
            }
            double[] midnights = crossMidnight(monitor, 3);
            out.printf(Locale.ROOT, "  a new day             median %.0f ms of %d (%s; the clock from 23:59 to 00:01 UTC,"
                            + " nothing submitted: once a day)%n", median(midnights), midnights.length,
                    Arrays.stream(midnights).mapToObj(ms -> String.format(Locale.ROOT, "%.0f", ms))
                            .collect(Collectors.joining(", ")));
        }
    }

    /** Submits each complaint, the clock {@code step} later each time, and returns the milliseconds each took. */
    private static double[] submit(io.welt.complaints.rules.ComplaintMonitor monitor, List<Complaint> complaints,
                                   Duration step) {
        double[] millis = new double[complaints.size()];
        Instant now = monitor.asOf();
        for (int j = 0; j < complaints.size(); j++) {
            now = now.plus(step);
            long t0 = System.nanoTime();
            monitor.submit(complaints.get(j), now);
            millis[j] = (System.nanoTime() - t0) / 1e6;
        }
        return millis;
    }

    /** Moves the clock to a minute before midnight UTC, then times the move to a minute after it, {@code days} times. */
    private static double[] crossMidnight(io.welt.complaints.rules.ComplaintMonitor monitor, int days) {
        double[] millis = new double[days];
        for (int d = 0; d < days; d++) {
            Instant midnight = monitor.asOf().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
            monitor.advanceTo(midnight.minus(Duration.ofMinutes(1)));
            long t0 = System.nanoTime();
            monitor.advanceTo(midnight.plus(Duration.ofMinutes(1)));
            millis[d] = (System.nanoTime() - t0) / 1e6;
        }
        return millis;
    }

    /** The 99th percentile, nearest rank. */
    private static double p99(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
    }

    /** The total and the rules that fired most. */
    private static String firings(Map<String, Long> fired) {
        long total = fired.values().stream().mapToLong(Long::longValue).sum();
        return count(total) + " (most: " + fired.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                .map(e -> "\"" + e.getKey() + "\" " + count(e.getValue())).collect(Collectors.joining(", ")) + ")";
    }

    private String agreement(List<RepeatBaseline.Finding> baseline, List<RepeatBaseline.Finding> rules) {
        if (rules == null) {
            return "not compared (the rules' run failed)";
        }
        if (baseline.equals(rules)) {
            return "AGREE on " + count(baseline.size()) + " findings";
        }
        disagreement = true;
        Set<RepeatBaseline.Finding> onlyBaseline = new HashSet<>(baseline);
        rules.forEach(onlyBaseline::remove);
        Set<RepeatBaseline.Finding> onlyRules = new HashSet<>(rules);
        baseline.forEach(onlyRules::remove);
        String example = Stream.concat(onlyBaseline.stream().map(f -> "baseline only: " + f),
                        onlyRules.stream().map(f -> "rules only: " + f))
                .findFirst().map(s -> s.length() > 200 ? s.substring(0, 200) + "..." : s).orElse("same findings, other order");
        return String.format(Locale.ROOT, "DIFFER: %d findings only in the baseline, %d only in the rules (%s)",
                onlyBaseline.size(), onlyRules.size(), example);
    }

    // ---- runs in JVMs of their own ----

    /**
     * The runs that need a JVM of their own ({@link ChildRun}), one after another, each started with the
     * options it tests: the full assessment under {@code -Xmx2g}; the same on one core and on two
     * ({@code -XX:ActiveProcessorCount}, G1 in both so that only the cores differ); a monitor fed years
     * of history; {@code complaints assess --format json} on a CSV under {@code -Xmx2g}, against a plain
     * CSV parser reading the same files.
     */
    private void runChildren() {
        if (limitedSize > 0) {
            out.printf(Locale.ROOT, "== full assessment of %s under -Xmx%s (a JVM of its own) ==%n", count(limitedSize),
                    limitHeap);
            limited = child(List.of("-Xmx" + limitHeap), ChildRun.class.getName(), List.of("full",
                    String.valueOf(limitedSize)));
            if (limited.ok()) {
                out.printf(Locale.ROOT, "  completed             full assessment %.3f s, plain-Java pass %.3f s (%.1fx, same"
                                + " JVM), peak heap %s of %s, %s findings, %.2f cores used%n", limited.get("full"),
                        limited.get("baseline"), limited.get("full") / limited.get("baseline"),
                        mib((long) limited.get("peak")), mib((long) limited.get("maxHeap")),
                        count((long) limited.get("findings")), limited.get("coresUsed"));
            } else {
                out.println("  FAILED: " + limited.failure());
            }
            out.println();
        }
        if (coresSize > 0) {
            out.printf(Locale.ROOT, "== one core against two: full assessment of %s, -XX:ActiveProcessorCount=1 then 2,"
                    + " -XX:+UseG1GC -Xmx%s (JVMs of their own) ==%n", count(coresSize), wideHeap);
            oneCore = child(List.of("-Xmx" + wideHeap, "-XX:+UseG1GC", "-XX:ActiveProcessorCount=1"),
                    ChildRun.class.getName(), List.of("full", String.valueOf(coresSize)));
            twoCores = child(List.of("-Xmx" + wideHeap, "-XX:+UseG1GC", "-XX:ActiveProcessorCount=2"),
                    ChildRun.class.getName(), List.of("full", String.valueOf(coresSize)));
            for (Child run : List.of(oneCore, twoCores)) {
                out.printf(Locale.ROOT, "  %d core%s               %s%n", run == oneCore ? 1 : 2, run == oneCore ? " " : "s",
                        run.ok() ? String.format(Locale.ROOT, "full assessment %.3f s, %.2f cores used (process CPU time"
                                + " / wall time, GC included)", run.get("full"), run.get("coresUsed"))
                                : "FAILED: " + run.failure());
            }
            if (oneCore.ok() && twoCores.ok()) {
                out.printf(Locale.ROOT, "  speed-up              %.2fx from one core to two%n",
                        oneCore.get("full") / twoCores.get("full"));
            }
            out.println();
        }
        int years = intProperty("monitorYears", 5);
        int perDay = intProperty("monitorPerDay", 1_500);
        if (years > 0 && perDay > 0) {
            out.printf(Locale.ROOT, "== a monitor fed %d simulated years at %s complaints a day, -Xmx%s (a JVM of its own)"
                    + " ==%n", years, count(perDay), wideHeap);
            monitor = child(List.of("-Xmx" + wideHeap), ChildRun.class.getName(), List.of("monitor",
                    String.valueOf(years), String.valueOf(perDay)));
            if (!Double.isNaN(monitor.get("smallMedian"))) {
                out.printf(Locale.ROOT, "  holding %-13s median %.2f ms, p99 %.2f ms (1,000 submissions, the clock a"
                                + " minute later with each, after 200 not counted)%n", count(ChildRun.SMALL_MONITOR),
                        monitor.get("smallMedian"), monitor.get("smallP99"));
            }
            if (monitor.ok()) {
                out.printf(Locale.ROOT, "  holding %-13s median %.2f ms, p99 %.2f ms (the same); opened in %.1f s; live"
                                + " heap after GC %s, the monitor alone%n", count((long) monitor.get("held")),
                        monitor.get("median"), monitor.get("p99"), monitor.get("open"),
                        mib((long) monitor.get("liveHeap")));
            } else {
                out.println("  FAILED: " + monitor.failure());
            }
            out.println();
        }
        if (jsonCliSize > 0) {
            measureJsonCli(jsonCliSize);
            out.println();
        }
    }

    /**
     * {@code complaints assess --format json} on a CSV of {@code size} rows in a JVM limited to
     * {@code -Xmx2g} (as {@code JAVA_TOOL_OPTIONS=-Xmx2g ./complaints ...} starts it), end to end, then a
     * plain CSV parser reading the same files once in a JVM of its own, also end to end.
     */
    private void measureJsonCli(int size) {
        out.printf(Locale.ROOT, "== complaints assess --format json on a %s-row CSV, -Xmx%s, end to end (a JVM of its"
                + " own), against a plain CSV parser reading the same files ==%n", count(size), limitHeap);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("complaints-bench-json-");
            GeneratedLog log = generator(size, SEED).generate();
            CsvLogWriter.write(log, dir);
            String asOf = log.asOf().toString();
            log = null;
            List<String> files = List.of(dir.resolve("complaints.csv").toString(), dir.resolve("products.csv").toString(),
                    dir.resolve("batches.csv").toString());
            out.printf(Locale.ROOT, "  CSV written           complaints.csv %s (not counted)%n",
                    mib(Files.size(dir.resolve("complaints.csv"))));
            Path report = dir.resolve("report.json");
            jsonCli = child(List.of("-Xmx" + limitHeap), Main.class.getName(), List.of("assess", "--format", "json",
                    "--complaints", files.get(0), "--products", files.get(1), "--batches", files.get(2),
                    "--as-of", asOf, "--out", report.toString()));
            long bytes = Files.exists(report) ? Files.size(report) : -1;
            out.printf(Locale.ROOT, "  complaints assess     %.3f s end to end, exit status %d, report %s%n",
                    jsonCli.wallSeconds(), jsonCli.status(), bytes < 0 ? "missing" : mib(bytes) + String.format(
                            Locale.ROOT, " (%,.0f bytes a complaint)", (double) bytes / size));
            List<String> parseArgs = new ArrayList<>(List.of("parse"));
            parseArgs.addAll(files);
            csvParse = child(List.of("-Xmx" + limitHeap), ChildRun.class.getName(), parseArgs);
            if (csvParse.ok()) {
                out.printf(Locale.ROOT, "  plain CSV parser      %.3f s end to end (%.3f s reading %s records with Apache"
                                + " Commons CSV)%n", csvParse.wallSeconds(), csvParse.get("parse"),
                        count((long) csvParse.get("records")));
                if (jsonCli.status() == 0) {
                    out.printf(Locale.ROOT, "  ratio                 %.1fx the plain parser%n",
                            jsonCli.wallSeconds() / csvParse.wallSeconds());
                }
            } else {
                out.println("  plain CSV parser      FAILED: " + csvParse.failure());
            }
        } catch (IOException | RuntimeException | Error e) {
            out.println("  FAILED: " + describe(e));
        } finally {
            deleteQuietly(dir);
            gc();
        }
    }

    /**
     * Runs {@code mainClass} in a JVM of its own with this JVM's class path and {@code options}, shows
     * its lines as they come (indented), and returns its result: the {@link ChildRun#RESULT} line's
     * pairs, the exit status and the wall time from start to exit.
     */
    private Child child(List<String> options, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Map<String, String> result = new java.util.LinkedHashMap<>();
        long t0 = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("JAVA_TOOL_OPTIONS"); // the options above, and only those
            Process process = builder.start();
            boolean[] killed = {false};
            Thread watchdog = new Thread(() -> {
                try {
                    if (!process.waitFor(childTimeoutMinutes, java.util.concurrent.TimeUnit.MINUTES)) {
                        killed[0] = true;
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "child-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            try (java.io.BufferedReader lines = process.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(ChildRun.RESULT)) {
                        result.putAll(ChildRun.parseResult(line));
                    } else {
                        out.println("  | " + line);
                    }
                }
            }
            int status = process.waitFor();
            double wall = seconds(t0);
            String failure = killed[0] ? "stopped after " + childTimeoutMinutes + " minutes (-DchildTimeoutMinutes)"
                    : result.get("failure");
            if (failure == null && status != 0) {
                failure = "exit status " + status;
            }
            if (failure == null && result.isEmpty() && mainClass.equals(ChildRun.class.getName())) {
                failure = "no result (exit status " + status + ")";
            }
            return new Child(result, status, wall, failure);
        } catch (IOException e) {
            return new Child(result, -1, seconds(t0), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Child(result, -1, seconds(t0), "interrupted");
        }
    }

    // ---- the command line on a CSV ----

    private CliResult measureCli(int size) {
        out.printf(Locale.ROOT, "== complaints assess on a %s-row CSV (in-process Main.run, report to a file) ==%n",
                count(size));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("complaints-bench-");
            long t0 = System.nanoTime();
            GeneratedLog log = generator(size, SEED).generate();
            CsvLogWriter.write(log, dir);
            String asOf = log.asOf().toString();
            log = null; // the command reads the files; the benchmark keeps nothing of the log
            out.printf(Locale.ROOT, "  CSV written           %.3f s (not counted): complaints.csv %s, in %s%n",
                    seconds(t0), mib(Files.size(dir.resolve("complaints.csv"))), dir);
            Path report = dir.resolve("report.txt");
            String[] args = {"assess", "--complaints", dir.resolve("complaints.csv").toString(),
                    "--products", dir.resolve("products.csv").toString(),
                    "--batches", dir.resolve("batches.csv").toString(),
                    "--as-of", asOf, "--out", report.toString()};
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            gc();
            long before = heapUsed();
            resetPeaks();
            t0 = System.nanoTime();
            int status;
            try (PrintStream stdout = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
                 PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = Main.run(args, stdout, stderr);
            }
            double elapsed = seconds(t0);
            long peak = peakHeap();
            String errors = err.toString(StandardCharsets.UTF_8).strip();
            out.printf(Locale.ROOT, "  complaints assess     %.3f s, exit status %d, text report %s, peak heap %s (%s in"
                    + " use before)%n", elapsed, status, Files.exists(report) ? mib(Files.size(report)) + String.format(
                    Locale.ROOT, " (%,.0f bytes a complaint)", (double) Files.size(report) / size) : "missing",
                    mib(peak), mib(before));
            out.printf(Locale.ROOT, "  end to end (estimate) %.3f s = the above + the cold rule-base start-up (%.3f s);"
                    + " ./complaints also starts a JVM%n", elapsed + coldStartSeconds, coldStartSeconds);
            if (!errors.isEmpty()) {
                out.println("  stderr: " + (errors.length() > 300 ? errors.substring(0, 300) + "..." : errors));
            }
            return new CliResult(size, elapsed + coldStartSeconds, status, status == 0 ? null : "exit status " + status);
        } catch (IOException | RuntimeException | Error e) {
            String failure = describe(e);
            gc();
            out.println("  FAILED: " + failure + " (heap in use after GC now: " + mib(heapUsed()) + ")");
            return new CliResult(size, Double.NaN, -1, failure);
        } finally {
            deleteQuietly(dir);
            gc();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("benchmark: could not delete " + dir + ": " + e.getMessage());
        }
    }

    // ---- targets ----

    private void printTargets() {
        out.printf(Locale.ROOT, "Targets (set for 2 cores; this machine has %d)%n", Runtime.getRuntime().availableProcessors());
        SizeResult million = results.stream().filter(r -> r.size == MILLION).findFirst().orElse(null);
        target("repeat detection, 1M, within 5x plain Java", million, r -> r.repeatsOnlySeconds / r.baselineSeconds,
                r -> verdict(r.repeatsOnlySeconds / r.baselineSeconds <= 5, String.format(Locale.ROOT,
                        "%.1fx (repeat rules only %.2f s / baseline %.2f s; the full assessment is %s)",
                        r.repeatsOnlySeconds / r.baselineSeconds, r.repeatsOnlySeconds, r.baselineSeconds,
                        ratio(r.fullSeconds, r.baselineSeconds))));
        target("full assessment, 1M, every rule, within 10x plain Java", million,
                r -> r.fullSeconds / r.baselineSeconds,
                r -> verdict(r.fullSeconds / r.baselineSeconds <= 10, String.format(Locale.ROOT,
                        "%.1fx (%.2f s / %.2f s, this JVM, peak heap %s)", r.fullSeconds / r.baselineSeconds,
                        r.fullSeconds, r.baselineSeconds, mib(r.peakBytes))));
        childTarget("full assessment, 1M, completes under -Xmx" + limitHeap, limited, limitedSize, MILLION,
                c -> verdict(true, String.format(Locale.ROOT, "%.2f s, %.1fx plain Java in the same JVM, peak %s",
                        c.get("full"), c.get("full") / c.get("baseline"), mib((long) c.get("peak")))));
        if (oneCore == null) {
            out.printf(Locale.ROOT, "  %-58s NOT RUN (-DcoresSize=0)%n", "one core to two, at least 1.7x faster");
        } else if (!oneCore.ok() || !twoCores.ok()) {
            out.printf(Locale.ROOT, "  %-58s MISS  (%s)%n", "one core to two, at least 1.7x faster",
                    !oneCore.ok() ? "one core: " + oneCore.failure() : "two cores: " + twoCores.failure());
        } else {
            double speedUp = oneCore.get("full") / twoCores.get("full");
            out.printf(Locale.ROOT, "  %-58s %s%n", "one core to two, at least 1.7x faster", verdict(speedUp >= 1.7,
                    String.format(Locale.ROOT, "%.2fx (%.2f s / %.2f s; %.2f cores used with two)%s", speedUp,
                            oneCore.get("full"), twoCores.get("full"), twoCores.get("coresUsed"),
                            indicative(coresSize, MILLION))));
        }
        int fiveYears = (5 * 365 + 1) * 1_500;
        int monitorSize = monitor == null ? 0 : (int) monitor.get("size");
        childTarget("monitor of 5 years, live heap under 1 GiB after GC", monitor, monitorSize, fiveYears,
                c -> verdict(c.get("liveHeap") < GIB, mib((long) c.get("liveHeap")) + " holding "
                        + count((long) c.get("held"))));
        childTarget("monitor of 5 years, submission median within 2x of 10,000", monitor, monitorSize, fiveYears,
                c -> verdict(c.get("median") <= 2 * c.get("smallMedian"), String.format(Locale.ROOT,
                        "%.1fx (%.2f ms / %.2f ms)", c.get("median") / c.get("smallMedian"), c.get("median"),
                        c.get("smallMedian"))));
        childTarget("monitor of 5 years, submission p99 within 2x of 10,000", monitor, monitorSize, fiveYears,
                c -> verdict(c.get("p99") <= 2 * c.get("smallP99"), String.format(Locale.ROOT,
                        "%.1fx (%.2f ms / %.2f ms)", c.get("p99") / c.get("smallP99"), c.get("p99"), c.get("smallP99"))));
        childTarget("monitor of 5 years, median under 1 ms, p99 under 10 ms", monitor, monitorSize, fiveYears,
                c -> verdict(c.get("median") < 1 && c.get("p99") < 10, String.format(Locale.ROOT,
                        "median %.2f ms, p99 %.2f ms (the clock a minute later with each)", c.get("median"),
                        c.get("p99"))));
        String jsonTarget = "assess --format json, 1M CSV, -Xmx" + limitHeap + ", within 10x a CSV read";
        if (jsonCli == null) {
            out.printf(Locale.ROOT, "  %-58s NOT RUN (-DjsonCliSize=0)%n", jsonTarget);
        } else if (!jsonCli.ok()) {
            out.printf(Locale.ROOT, "  %-58s MISS  (%s rows: %s after %.1f s)%n", jsonTarget, count(jsonCliSize),
                    jsonCli.failure(), jsonCli.wallSeconds());
        } else if (csvParse == null || !csvParse.ok()) {
            out.printf(Locale.ROOT, "  %-58s MISS  (completed in %.2f s; the plain parser failed)%n", jsonTarget,
                    jsonCli.wallSeconds());
        } else {
            double ratio = jsonCli.wallSeconds() / csvParse.wallSeconds();
            out.printf(Locale.ROOT, "  %-58s %s%n", jsonTarget, verdict(ratio <= 10, String.format(Locale.ROOT,
                    "%.1fx (%.2f s / %.2f s, both end to end)%s", ratio, jsonCli.wallSeconds(), csvParse.wallSeconds(),
                    indicative(jsonCliSize, MILLION))));
        }
        String cliTarget = "complaints assess, 1M-row CSV, under 30 s end to end";
        if (cli == null) {
            out.printf(Locale.ROOT, "  %-58s NOT RUN (-DcliSize=0)%n", cliTarget);
        } else if (cli.failure() != null) {
            out.printf(Locale.ROOT, "  %-58s MISS  (%s rows: %s)%n", cliTarget, count(cli.size()), cli.failure());
        } else if (cli.size() != MILLION) {
            out.printf(Locale.ROOT, "  %-58s NOT RUN at 1M (-DcliSize=1000000 to run it; %s rows took %.2f s)%n",
                    cliTarget, count(cli.size()), cli.seconds());
        } else {
            out.printf(Locale.ROOT, "  %-58s %s%n", cliTarget, verdict(cli.seconds() < 30,
                    String.format(Locale.ROOT, "%.2f s (in-process + cold start-up)", cli.seconds())));
        }
        SizeResult incremental = results.stream().filter(r -> r.incrementalSamples > 0)
                .max(Comparator.comparingInt(r -> r.size)).orElse(null);
        String at = incremental == null ? "" : " (warm monitor holding " + count(incremental.size
                - incremental.incrementalSamples - incremental.movingSamples) + ")";
        target("incremental, median under 1 ms", incremental, r -> r.incrementalMedianMs,
                r -> verdict(r.incrementalMedianMs < 1, String.format(Locale.ROOT, "%.2f ms", r.incrementalMedianMs) + at));
        target("incremental, p99 under 10 ms", incremental, r -> r.incrementalP99Ms,
                r -> verdict(r.incrementalP99Ms < 10, String.format(Locale.ROOT, "%.2f ms", r.incrementalP99Ms) + at));
        SizeResult moving = results.stream().filter(r -> r.movingSamples > 0)
                .max(Comparator.comparingInt(r -> r.size)).orElse(null);
        target("incremental, clock moving with each, median under 1 ms", moving, r -> r.movingMedianMs,
                r -> verdict(r.movingMedianMs < 1, String.format(Locale.ROOT, "%.2f ms, p99 %.2f ms (holding %s)",
                        r.movingMedianMs, r.movingP99Ms, count(r.size - r.incrementalSamples - r.movingSamples))));
        out.printf(Locale.ROOT, "  %-58s %s%n", "rule-base start-up under 1 s",
                coldStartSeconds == 0 ? "MISS  (start-up failed)" : verdict(coldStartSeconds < 1,
                        String.format(Locale.ROOT, "%.3f s cold (rebuild %.3f s)", coldStartSeconds, rebuildSeconds)));
        if (disagreement) {
            out.println("  FINDINGS DIFFER between the rules and the baseline: a correctness bug (exit status 1)");
        }
    }

    private interface Measure {
        double of(SizeResult result);
    }

    private interface Judge {
        String of(SizeResult result);
    }

    private void target(String name, SizeResult result, Measure measure, Judge judge) {
        String line;
        if (result == null) {
            line = "NOT RUN (that size is not in -Dsizes)";
        } else if (Double.isNaN(measure.of(result))) {
            String reason = result.failure != null ? result.failure
                    : result.failures.isEmpty() ? "not measured"
                    : result.failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
            line = "MISS  (" + count(result.size) + " failed: " + reason + ")";
        } else {
            line = judge.of(result);
        }
        out.printf(Locale.ROOT, "  %-58s %s%n", name, line);
    }

    private interface ChildJudge {
        String of(Child child);
    }

    /** A target judged on a run in a JVM of its own, at {@code size} where the target names {@code targetSize}. */
    private void childTarget(String name, Child child, int size, int targetSize, ChildJudge judge) {
        String line;
        if (child == null) {
            line = "NOT RUN (its size is 0)";
        } else if (!child.ok()) {
            line = "MISS  (" + count(size) + ": " + child.failure() + ")";
        } else {
            line = judge.of(child) + indicative(size, targetSize);
        }
        out.printf(Locale.ROOT, "  %-58s %s%n", name, line);
    }

    /** Nothing at the target's size; a note that the figure is only indicative at another. */
    private static String indicative(int size, int targetSize) {
        return size == targetSize ? "" : " [at " + count(size) + ", not " + count(targetSize) + ": indicative]";
    }

    private static String verdict(boolean pass, String detail) {
        return (pass ? "PASS  " : "MISS  ") + detail;
    }

    // ---- measuring ----

    private void resetPeaks() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private long peakHeap() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String list(double[] values) {
        return values.length == 1 ? "" : Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.3f", v))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / MIB);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 200) + "..." : message);
    }
}
