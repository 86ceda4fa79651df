package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintMonitor;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host's TRACE logging does not change results (issue 20). With
 * {@code org.drools.core.reteoo.SegmentMemory} at TRACE, Drools 10.2.0 threw
 * {@code ClassCastException: NotRight cannot be cast to LeftTupleSink} inside every session (see the
 * library's DroolsTracing). A JVM of its own runs the sample with every logger at TRACE
 * ({@link TraceEverythingProvider}, which formats every message as a backend does) through an assessment
 * and a monitor, and prints a digest of each; this JVM, with ordinary logging, computes the same digests.
 */
class TraceLoggingTest {

    @Test
    void everyLoggerAtTrace_givesTheSameAssessmentAndMonitor() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Dslf4j.provider=" + TraceEverythingProvider.class.getName(), "-cp", classPath,
                TraceLoggingTest.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        List<String> lines = output.lines().filter(line -> line.startsWith("probe ")).toList();

        assertThat(lines).as(output).containsExactly("probe provider " + TraceEverythingProvider.class.getName(),
                "probe assessment " + digest(assessment()), "probe monitor " + digest(monitor()), "probe traced");
    }

    /** The child: every logger at TRACE. */
    public static void main(String[] args) {
        System.out.println("probe provider " + LoggerFactory.getILoggerFactory().getClass().getEnclosingClass().getName());
        try {
            System.out.println("probe assessment " + digest(assessment()));
            System.out.println("probe monitor " + digest(monitor()));
        } catch (RuntimeException e) {
            System.out.println("probe failed " + e);
            e.printStackTrace(System.out);
        }
        long traced = TraceEverythingProvider.LOGGED.getOrDefault(Level.TRACE, new java.util.concurrent.atomic.AtomicLong())
                .get() + TraceEverythingProvider.LOGGED.getOrDefault(Level.DEBUG, new java.util.concurrent.atomic.AtomicLong()).get();
        System.out.println(traced > 0 ? "probe traced" : "probe logged nothing at TRACE or DEBUG: the test proves nothing");
    }

    private static final GeneratedLog SAMPLE = SampleLog.generate();

    private static Assessment assessment() {
        return ComplaintRules.standard().assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());
    }

    /** Half the sample as history, the rest submitted one by one. */
    private static Assessment monitor() {
        List<Complaint> all = SAMPLE.complaints().stream()
                .sorted(Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::id)).toList();
        int half = all.size() / 2;
        try (ComplaintMonitor monitor = ComplaintRules.standard().monitor(
                SAMPLE.withComplaints(all.subList(0, half)).toComplaintLog(), SAMPLE.asOf())) {
            for (Complaint complaint : all.subList(half, all.size())) {
                monitor.submit(complaint, SAMPLE.asOf());
            }
            return monitor.assessment();
        }
    }

    /** The assessment's parts but the firing counts, as one number and a size. */
    private static String digest(Assessment assessment) {
        Map<String, Object> parts = AssessmentParts.of(assessment);
        parts.remove("fired rules");
        String text = parts.toString();
        return text.length() + "/" + text.hashCode();
    }
}
