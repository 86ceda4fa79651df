package io.welt.complaints.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * An assessment that runs out of memory gives it all back: the host that catches the error can go on.
 * Run in a JVM of its own with a small heap ({@link #main} is that JVM's program), so that running
 * out of memory cannot disturb the other tests.
 *
 * <p>How it can fail: Drools keeps each session's truth maintenance in a static map until the session
 * is disposed of, and disposing needs memory; before the facade released those entries first, the
 * heap stayed full after the error (445 of 450 MiB, for good) and every later assessment failed too.
 */
class OutOfMemoryTest {

    @Test
    void anAssessmentThatRunsOutOfMemory_leavesTheHeapAsItFoundIt() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx256m", "-cp", classPath, OutOfMemoryTest.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        List<String> lines = output.lines().filter(line -> line.startsWith("probe ")).toList();
        assertThat(lines).as(output).containsExactly("probe out of memory", "probe released", "probe assesses again");
    }

    /** The child: a log too large for its heap, then a check that the heap and the rules recovered. */
    public static void main(String[] args) throws IOException {
        GeneratedLog large = LogGenerator.withSeed(7).complaints(100_000).generate();
        ComplaintLog log = large.toComplaintLog();
        ComplaintRules rules = ComplaintRules.standard();
        long before = usedAfterGc();
        try {
            rules.assess(log, large.asOf());
            System.out.println("probe completed: the heap was large enough, the test proves nothing");
        } catch (AssessmentOutOfMemoryError e) {
            // The library's own error, naming how far it got (issue 20); a bare OutOfMemoryError, or one wrapped
            // in a RuntimeException, would not be caught here.
            System.out.println("probe out of memory");
            System.out.println("stage: " + e.stage() + "; " + e.getMessage());
        }
        long after = usedAfterGc();
        // What the log holds, and a margin for what the JIT and class loading add.
        boolean released = after <= before + (32L << 20) && rules.openSessions() == 0;
        System.out.println(released ? "probe released"
                : "probe kept " + ((after - before) >> 20) + " MiB, " + rules.openSessions() + " open sessions");
        GeneratedLog small = LogGenerator.withSeed(8).complaints(200).generate();
        Assessment again = rules.assess(small.toComplaintLog(), small.asOf());
        System.out.println(again.complaints().size() == 200 ? "probe assesses again" : "probe assessed " + again.complaints().size());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
