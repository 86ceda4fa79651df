package io.welt.complaints.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.AuditEntry;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Bad;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Input;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * One {@link ComplaintRules} shared by many threads gives exactly the sequential results: the facade
 * promises to be immutable and thread-safe, with a session per assessment.
 *
 * <p>{@link #eightThreads_giveTheSequentialResults}: {@value #LOGS} seeded logs of 50 to 300 complaints
 * (corrective actions and bad records mixed in) are assessed one after the other, then {@value #THREADS}
 * threads released together assess them again through the same instance, {@value #PER_THREAD} each
 * (every log twice, by two threads, in different orders), and read each assessment's lazily built audit
 * trail and conclusions at once. Each concurrent assessment is compared with its sequential one part by
 * part ({@link AssessmentParts}); it fails naming the log, the thread and the differing parts.
 * {@link #oneAssessment_readByEightThreadsAtOnce}: 8 threads read the lazy parts of one fresh
 * assessment at the same moment and must all get one equal list.
 */
class ConcurrentAssessmentTest {

    private static final int THREADS = 8;
    private static final int LOGS = 32;
    private static final int PER_THREAD = 8;
    private static final ComplaintRules RULES = ComplaintRules.standard();

    private static Input log(int i) {
        long seed = 500 + i;
        return ReliabilityLogs.withBadRecords(ReliabilityLogs.input(seed), new Random(seed), new ArrayList<>(),
                EnumSet.allOf(Bad.class));
    }

    @Test
    void eightThreads_giveTheSequentialResults() throws Exception {
        List<Input> inputs = new ArrayList<>();
        List<Map<String, Object>> sequential = new ArrayList<>();
        for (int i = 0; i < LOGS; i++) {
            Input input = log(i);
            inputs.add(input);
            sequential.add(AssessmentParts.of(RULES.assess(input.toLog(), input.asOf())));
        }
        assertThat(sequential).allSatisfy(parts -> assertThat((List<?>) parts.get("findings")).isNotEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> differences = new ArrayList<>();
                    for (int k = 0; k < PER_THREAD; k++) {
                        // Threads t and t + 4 take the same eight logs, one forwards and one backwards.
                        int slot = thread % (THREADS / 2) * PER_THREAD + (thread < THREADS / 2 ? k : PER_THREAD - 1 - k);
                        Input input = inputs.get(slot);
                        Map<String, Object> parts = AssessmentParts.of(RULES.assess(input.toLog(), input.asOf()));
                        AssessmentParts.differences(sequential.get(slot), parts)
                                .forEach(d -> differences.add("log " + slot + " (seed " + (500 + slot) + ") on thread "
                                        + thread + ": " + d));
                    }
                    return differences;
                }));
            }
            start.countDown();
            List<String> differences = new ArrayList<>();
            for (Future<List<String>> result : results) {
                differences.addAll(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(differences).as("concurrent assessments that differ from the sequential ones").isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(THREADS * PER_THREAD).isEqualTo(2 * LOGS);
    }

    @Test
    void oneAssessment_readByEightThreadsAtOnce() throws Exception {
        Input input = log(0);
        Assessment shared = RULES.assess(input.toLog(), input.asOf());
        List<AuditEntry> expectedAudit = RULES.assess(input.toLog(), input.asOf()).audit();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<?>>> audits = new ArrayList<>();
            List<Future<List<Conclusion>>> conclusions = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                audits.add(pool.submit(() -> {
                    start.await();
                    return shared.audit();
                }));
                conclusions.add(pool.submit(() -> {
                    start.await();
                    return shared.conclusions();
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                assertThat(audits.get(t).get(60, TimeUnit.SECONDS)).isSameAs(audits.get(0).get()).isEqualTo(expectedAudit);
                assertThat(conclusions.get(t).get(60, TimeUnit.SECONDS)).isSameAs(conclusions.get(0).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
