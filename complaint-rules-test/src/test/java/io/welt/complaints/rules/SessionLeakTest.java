package io.welt.complaints.rules;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.welt.complaints.model.Product;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * No session is left undisposed, whatever an assessment ends with: {@link ComplaintRules#openSessions()}
 * is 0 after many assessments that succeed, that are stopped as runaways ({@link RunawayRulesException})
 * and whose rule throws (a consequence exception), one after another and from 8 threads at once.
 *
 * <p>How it can fail: the rule base counts every session it makes until it releases it (disposes of it).
 * If the facade released a session only on the normal path (say, {@code session.dispose()} after
 * collecting the conclusions, not in a {@code finally}), each runaway or throwing assessment below would
 * leave one behind and {@link #noSessionLeft_afterAssessmentsThatSucceedAndThatThrow} would fail at its
 * first runaway, with 1 open session. {@link #theProbe_seesASessionThatIsNotDisposed} proves the probe
 * can see a leak: a rule holds its assessment inside the session while the test reads
 * {@code openSessions()} as 1, then 0 once the assessment has ended.
 *
 * <p>Tries {@value #ROUNDS} sequential rounds of three assessments (a 40-complaint generated log, a
 * runaway, a throwing rule), then {@value #THREADS} threads of {@value #PER_THREAD} mixed assessments, on
 * rules of their own (the standard files plus the three test files below); and 10 assessments of the
 * standard rules. The class is public only so that the pause rule can call {@link #pause()}.
 */
public class SessionLeakTest {

    private static final int ROUNDS = 20;
    private static final int THREADS = 8;
    private static final int PER_THREAD = 6;

    /** Starts on complaint LOOP-1 and never ends: every Tick inserts the next. */
    static final String LOOP_DRL = """
            package com.example.loop;
            import io.welt.complaints.model.Complaint;
            declare Tick
                n : int
            end
            rule "Loop: start ticking"
            when
                Complaint( id == "LOOP-1" )
            then
                insert( new Tick( 0 ) );
            end
            rule "Loop: every tick makes the next"
            when
                Tick( $n : n )
            then
                insert( new Tick( $n + 1 ) );
            end
            """;

    /** Throws from its consequence on complaint BOOM-1. */
    static final String BOOM_DRL = """
            package com.example.boom;
            import io.welt.complaints.model.Complaint;
            rule "Boom: a rule that throws"
            when
                Complaint( id == "BOOM-1" )
            then
                throw new IllegalStateException( "boom" );
            end
            """;

    /** Holds the assessment inside its session on complaint PAUSE-1 until the test releases it. */
    static final String PAUSE_DRL = """
            package com.example.pause;
            import io.welt.complaints.model.Complaint;
            rule "Pause: wait for the test"
            when
                Complaint( id == "PAUSE-1" )
            then
                io.welt.complaints.rules.SessionLeakTest.pause();
            end
            """;

    private static final ComplaintRules RULES = ComplaintRules.builder()
            .addRules("loop.drl", LOOP_DRL).addRules("boom.drl", BOOM_DRL).addRules("pause.drl", PAUSE_DRL).build();

    private static final Product BOOT = aProduct("CH-42", "Chelsea boot").build();

    private static volatile CountDownLatch paused = new CountDownLatch(1);
    private static volatile CountDownLatch released = new CountDownLatch(1);

    /** Called by the pause rule, inside the session. */
    public static void pause() throws InterruptedException {
        paused.countDown();
        if (!released.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the paused assessment");
        }
    }

    private static ComplaintLog triggering(String id) {
        return ComplaintLog.builder().product(BOOT)
                .complaint(aComplaint(id).on(BOOT).build())
                .complaint(aComplaint().on(BOOT).receivedDaysAgo(3).build())
                .build();
    }

    private static final GeneratedLog SMALL = LogGenerator.withSeed(11).complaints(40).productLines(2).generate();

    /** Runs one of three kinds of assessment and checks how it ended. */
    private static void assessOneOf(int kind) {
        switch (kind % 3) {
            case 0 -> assertThat(RULES.assess(SMALL.toComplaintLog(), SMALL.asOf()).complaints()).hasSize(40);
            case 1 -> assertThatThrownBy(() -> RULES.assess(triggering("LOOP-1"), NOW))
                    .isInstanceOf(RunawayRulesException.class);
            default -> assertThatThrownBy(() -> RULES.assess(triggering("BOOM-1"), NOW))
                    .isInstanceOf(RuntimeException.class).isNotInstanceOf(RunawayRulesException.class)
                    .hasStackTraceContaining("boom");
        }
    }

    @Test
    void noSessionLeft_afterAssessmentsThatSucceedAndThatThrow() throws Exception {
        assertThat(RULES.openSessions()).isZero();
        for (int i = 0; i < ROUNDS * 3; i++) {
            assessOneOf(i);
            assertThat(RULES.openSessions()).as("open sessions after assessment %d (kind %d)", i, i % 3).isZero();
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < PER_THREAD; k++) {
                        assessOneOf(thread + k);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(RULES.openSessions()).as("open sessions after %d concurrent assessments", THREADS * PER_THREAD)
                .isZero();

        ComplaintRules standard = ComplaintRules.standard();
        for (int i = 0; i < 10; i++) {
            standard.assess(SMALL.toComplaintLog(), SMALL.asOf());
        }
        assertThat(standard.openSessions()).as("open sessions of the standard rules").isZero();
    }

    @Test
    void theProbe_seesASessionThatIsNotDisposed() throws Exception {
        paused = new CountDownLatch(1);
        released = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Assessment> running = pool.submit(() -> RULES.assess(triggering("PAUSE-1"), NOW));
            assertThat(paused.await(60, TimeUnit.SECONDS)).as("the pause rule fired").isTrue();
            assertThat(RULES.openSessions()).as("open sessions while an assessment is inside its session").isEqualTo(1);
            released.countDown();
            assertThat(running.get(60, TimeUnit.SECONDS).firedRules()).containsKey("Pause: wait for the test");
            assertThat(RULES.openSessions()).as("open sessions once it has ended").isZero();
        } finally {
            released.countDown();
            pool.shutdownNow();
        }
    }
}
