package io.welt.complaints.examples.bench;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintMonitor;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the {@link Benchmark} that need a JVM of their own: a heap limit ({@code -Xmx2g}), a
 * number of cores ({@code -XX:ActiveProcessorCount}) or a heap that holds nothing else (a monitor's live
 * heap). The benchmark starts this main with the options to test and reads back its {@code RESULT} line
 * ({@code key=value} pairs); every other line it prints is shown as it comes. A failure, an
 * {@link OutOfMemoryError} included, is a {@code RESULT failure=...} line, never a stack trace.
 *
 * <ul>
 *   <li>{@code full SIZE}: the plain-Java pass and one full assessment of SIZE complaints (median of 3 up
 *       to 100,000), after a warm-up on 10,000; its time, the process's CPU time during it (cores used)
 *       and the peak heap.</li>
 *   <li>{@code monitor YEARS PER_DAY}: a {@link ComplaintMonitor} opened on YEARS of history at PER_DAY
 *       complaints a day, its live heap after GC, and a submission's median and p99 with the clock a minute
 *       later each, against the same figures of a monitor holding only the last 10,000 of that history.</li>
 *   <li>{@code parse FILE...}: reads each CSV file once with Apache Commons CSV, header first, touching
 *       every field: the floor for reading a log.</li>
 * </ul>
 */
public final class ChildRun {

    static final String RESULT = "RESULT ";
    /** Complaints held by the small monitor the large one is compared with. */
    static final int SMALL_MONITOR = 10_000;
    private static final int WARM_SUBMISSIONS = 200;
    private static final int SAMPLES = 1_000;

    private ChildRun() {
    }

    public static void main(String[] args) {
        Map<String, Object> result = new LinkedHashMap<>();
        String[] stage = {"starting"};
        try {
            switch (args[0]) {
                case "full" -> full(Integer.parseInt(args[1]), result, stage);
                case "monitor" -> monitor(Integer.parseInt(args[1]), Integer.parseInt(args[2]), result, stage);
                case "parse" -> parse(Arrays.stream(args).skip(1).map(Path::of).toList(), result);
                default -> throw new IllegalArgumentException("unknown child run " + args[0]);
            }
        } catch (RuntimeException | Error | IOException e) { // an OutOfMemoryError included
            result.put("failure", e.getClass().getSimpleName() + " while " + stage[0]);
        }
        StringBuilder line = new StringBuilder(RESULT);
        result.forEach((key, value) -> line.append(key).append('=').append(String.valueOf(value).replace(' ', '_'))
                .append(' '));
        System.out.println(line.toString().strip());
        System.out.flush();
        System.exit(0);
    }

    private static void full(int size, Map<String, Object> result, String[] stage) {
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("maxHeap", Runtime.getRuntime().maxMemory());
        stage[0] = "starting the rule base";
        ComplaintRules rules = ComplaintRules.standard();
        stage[0] = "warming up on 10,000";
        GeneratedLog warm = Benchmark.generator(Math.min(size, 10_000), Benchmark.SEED).generate();
        for (int i = 0; i < 3; i++) {
            rules.assess(warm.toComplaintLog(), warm.asOf());
            RepeatBaseline.standard().findings(warm.products(), warm.batches(), warm.complaints());
        }
        warm = null;
        stage[0] = "generating " + size;
        GeneratedLog log = Benchmark.generator(size, Benchmark.SEED).generate();
        ComplaintLog complaintLog = log.toComplaintLog();
        int repeats = size <= 100_000 ? 3 : 1;
        stage[0] = "the plain-Java pass";
        double[] baseline = new double[3];
        for (int r = 0; r < baseline.length; r++) {
            long t0 = System.nanoTime();
            Reference.reachabilityFence(RepeatBaseline.standard().findings(log.products(), log.batches(),
                    log.complaints()));
            baseline[r] = (System.nanoTime() - t0) / 1e9;
        }
        result.put("baseline", Benchmark.median(baseline));
        stage[0] = "the full assessment";
        double[] times = new double[repeats];
        double[] cpu = new double[repeats];
        long peak = 0;
        for (int r = 0; r < repeats; r++) {
            gc();
            Memory.resetPeaks();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            Assessment assessment = rules.assess(complaintLog, log.asOf());
            times[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (processCpuNanos() - cpu0) / 1e9;
            peak = Math.max(peak, Memory.peakHeap());
            result.put("findings", assessment.findings().size());
            Reference.reachabilityFence(assessment);
        }
        double seconds = Benchmark.median(times);
        result.put("full", seconds);
        result.put("coresUsed", Benchmark.median(cpu) / seconds);
        result.put("peak", peak);
        Reference.reachabilityFence(complaintLog);
    }

    private static void monitor(int years, int perDay, Map<String, Object> result, String[] stage) {
        int days = years * 365 + years / 4;
        int size = days * perDay;
        result.put("size", size);
        stage[0] = "starting the rule base";
        ComplaintRules rules = ComplaintRules.standard();
        stage[0] = "generating " + size;
        GeneratedLog log = LogGenerator.withSeed(Benchmark.SEED).complaints(size).productLines(300).skusPerLine(6)
                .batchesPerSku(8 * Math.max(1, years / 2)).suppliers(40).materialLots(2_000)
                .customers(Math.max(1_000, size / 10 * 3))
                .timeSpan(Instant.parse("2021-03-01T00:00:00Z"), days).generate();
        List<Complaint> all = new ArrayList<>(log.complaints());
        all.sort(Complaint.BY_RECEIPT);
        int held = all.size() - WARM_SUBMISSIONS - SAMPLES;
        if (held < SMALL_MONITOR) {
            throw new IllegalArgumentException("a monitor of " + years + " years at " + perDay + " a day holds "
                    + held + " complaints, fewer than the " + SMALL_MONITOR + " it is compared with");
        }
        List<Complaint> fed = List.copyOf(all.subList(held, all.size()));
        ComplaintLog small = ComplaintLog.builder().products(log.products()).batches(log.batches())
                .complaints(all.subList(held - SMALL_MONITOR, held)).build();
        stage[0] = "warming up a monitor of " + SMALL_MONITOR;
        try (ComplaintMonitor monitor = rules.monitor(small, log.asOf())) {
            submit(monitor, fed);
        }
        stage[0] = "measuring a monitor of " + SMALL_MONITOR;
        try (ComplaintMonitor monitor = rules.monitor(small, log.asOf())) {
            double[] millis = submit(monitor, fed);
            result.put("smallMedian", Benchmark.median(millis));
            result.put("smallP99", p99(millis));
        }
        small = null;
        stage[0] = "opening a monitor on " + held;
        ComplaintLog history = ComplaintLog.builder().products(log.products()).batches(log.batches())
                .complaints(all.subList(0, held)).build();
        Instant asOf = log.asOf();
        log = null;
        all = null; // the monitor alone holds the history from here on
        long t0 = System.nanoTime();
        try (ComplaintMonitor monitor = rules.monitor(history, asOf)) {
            result.put("open", (System.nanoTime() - t0) / 1e9);
            history = null;
            gc();
            result.put("liveHeap", Memory.heapUsed());
            stage[0] = "submitting to a monitor of " + held;
            double[] millis = submit(monitor, fed);
            result.put("median", Benchmark.median(millis));
            result.put("p99", p99(millis));
            result.put("held", monitor.size());
        }
    }

    /**
     * Submits the complaints, the clock a minute later with each, and returns the milliseconds of the
     * last {@link #SAMPLES}: the first {@link #WARM_SUBMISSIONS} are not counted.
     */
    private static double[] submit(ComplaintMonitor monitor, List<Complaint> complaints) {
        double[] millis = new double[complaints.size()];
        Instant now = monitor.asOf();
        for (int j = 0; j < complaints.size(); j++) {
            now = now.plus(Duration.ofMinutes(1));
            long t0 = System.nanoTime();
            monitor.submit(complaints.get(j), now);
            millis[j] = (System.nanoTime() - t0) / 1e6;
        }
        return Arrays.copyOfRange(millis, Math.min(WARM_SUBMISSIONS, millis.length), millis.length);
    }

    static void parse(List<Path> files, Map<String, Object> result) throws IOException {
        long t0 = System.nanoTime();
        long records = 0;
        long characters = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    records++;
                    for (String field : record) {
                        characters += field.length();
                    }
                }
            }
        }
        result.put("parse", (System.nanoTime() - t0) / 1e9);
        result.put("records", records);
        result.put("characters", characters);
    }

    static double p99(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    /** The heap pools' figures, as the benchmark reads them. */
    static final class Memory {
        private Memory() {
        }

        static void resetPeaks() {
            ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        }

        static long peakHeap() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        }

        static long heapUsed() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }

    /** A RESULT line's pairs; an empty map when the child printed none (it died). */
    static Map<String, String> parseResult(String line) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : line.substring(RESULT.length()).strip().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                pairs.put(pair.substring(0, eq), pair.substring(eq + 1).replace('_', ' '));
            }
        }
        return pairs;
    }
}
