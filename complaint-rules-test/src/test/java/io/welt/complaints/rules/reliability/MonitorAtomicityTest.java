package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Severity;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintMonitor;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RuleFailedException;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A monitor's change is atomic (issue 20): a {@code submit}, {@code update} or {@code advanceTo} that fails
 * leaves the monitor exactly as it was. Failures are injected at random points of the change (a rule's
 * consequence at the n-th conclusion, a constraint at the n-th complaint it reads) over seeded sequences of
 * submissions, updates and clock moves; after each failure the monitor's assessment equals its assessment
 * before the call, and at the end it equals a fresh assessment of the complaints it holds. The firing
 * counts are left out of the comparison: they are the history of the session, and a restored session has
 * a shorter one.
 */
class MonitorAtomicityTest {

    private static final String INJECTION = """
            package com.example.inject;
            import io.welt.complaints.model.*;
            import io.welt.complaints.rules.reliability.FailureInjector;

            rule "Inject: at the n-th conclusion"
            when
                Conclusion()
            then
                FailureInjector.tick();
            end

            rule "Inject: at the n-th complaint read"
            when
                Complaint( FailureInjector.pass() )
            then
            end

            rule "Boom: a rule that throws on C-BOOM"
            when
                Complaint( id == "C-BOOM" )
            then
                throw new IllegalStateException( "boom" );
            end
            """;

    private static final ComplaintRules RULES = ComplaintRules.builder().addRules("inject.drl", INJECTION).build();

    @AfterEach
    void disarm() {
        FailureInjector.disarm();
    }

    private static Map<String, Object> state(ComplaintMonitor monitor) {
        Map<String, Object> parts = AssessmentParts.of(monitor.assessment());
        parts.remove("fired rules");
        parts.put("size", monitor.size());
        parts.put("monitor clock", monitor.asOf());
        return parts;
    }

    @Test
    void aRuleThrowingOnSubmit_leavesNoTraceOfTheComplaint() {
        GeneratedLog log = LogGenerator.withSeed(5).complaints(20).generate();
        try (ComplaintMonitor monitor = RULES.monitor(log.toComplaintLog(), log.asOf())) {
            Map<String, Object> before = state(monitor);
            Complaint boom = log.complaints().get(0).toBuilder().id("C-BOOM").injuryReported(false).build();

            assertThatThrownBy(() -> monitor.submit(boom, log.asOf().plusSeconds(60)))
                    .isInstanceOf(RuleFailedException.class).hasMessageContaining("Boom: a rule that throws on C-BOOM");

            assertThat(AssessmentParts.differences(before, state(monitor))).isEmpty();
            assertThat(monitor.assessment().severities()).doesNotContainKey("C-BOOM");
            Complaint fixed = boom.toBuilder().id("C-FIXED").build();
            assertThat(monitor.submit(fixed, log.asOf().plusSeconds(60)).rejected()).isNull();
            assertThat(monitor.assessment().severities()).containsKey("C-FIXED");
        }
    }

    @Test
    void failuresInjectedAtRandomPoints_leaveTheMonitorAsItWas_andItEqualsAFreshAssessment() {
        long failures = 0;
        for (long seed = 1; seed <= 3; seed++) {
            failures += run(seed);
        }
        assertThat(failures).as("failures injected and survived").isGreaterThanOrEqualTo(30);
    }

    /** One seeded sequence; returns how many of its changes failed. */
    private static long run(long seed) {
        Random random = new Random(seed);
        GeneratedLog log = LogGenerator.withSeed(100 + seed).complaints(60).generate();
        List<Complaint> all = new ArrayList<>(log.complaints());
        all.sort(Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::id));
        List<Complaint> history = all.subList(0, 30);
        List<Complaint> incoming = new ArrayList<>(all.subList(30, all.size()));
        Instant clock = history.get(history.size() - 1).receivedAt();
        long failed = 0;
        try (ComplaintMonitor monitor = RULES.monitor(log.withComplaints(List.copyOf(history)).toComplaintLog(), clock)) {
            for (int step = 0; step < 45; step++) {
                Map<String, Object> before = state(monitor);
                boolean armed = random.nextInt(3) > 0;
                if (armed) {
                    FailureInjector.arm(random.nextInt(6));
                }
                int kind = random.nextInt(3);
                Instant now = monitor.asOf().plus(Duration.ofMinutes(1 + random.nextInt(600)));
                try {
                    if (kind == 0 && !incoming.isEmpty()) {
                        Complaint next = incoming.get(0);
                        Instant at = next.receivedAt().isAfter(monitor.asOf()) ? next.receivedAt() : monitor.asOf();
                        monitor.submit(next.toBuilder().receivedAt(at).acknowledgedAt(null).resolvedAt(null)
                                .closedAt(null).waitingPeriods(List.of()).status(ComplaintStatus.OPEN).build(), at);
                        incoming.remove(0);
                    } else if (kind == 1) {
                        List<Complaint> held = monitor.assessment().complaints();
                        Complaint target = held.get(random.nextInt(held.size()));
                        Complaint changed = target.acknowledgedAt() == null
                                ? target.toBuilder().acknowledgedAt(now).resolvedAt(null).closedAt(null)
                                        .waitingPeriods(List.of()).status(ComplaintStatus.ACKNOWLEDGED).build()
                                : target.toBuilder().resolvedAt(now).closedAt(null).waitingPeriods(List.of())
                                        .status(ComplaintStatus.RESOLVED).build();
                        if (!changed.receivedAt().isAfter(now)
                                && (changed.acknowledgedAt() == null || !changed.acknowledgedAt().isAfter(now))) {
                            monitor.update(changed, now);
                        }
                    } else {
                        monitor.advanceTo(now);
                    }
                } catch (RuleFailedException e) {
                    failed++;
                    assertThat(AssessmentParts.differences(before, state(monitor)))
                            .as("seed %d step %d: the monitor after a failed change", seed, step).isEmpty();
                } finally {
                    FailureInjector.disarm();
                }
            }
            Assessment held = monitor.assessment();
            ComplaintLog facts = log.withComplaints(held.complaints()).toComplaintLog();
            Map<String, Object> fresh = AssessmentParts.of(RULES.assess(facts, monitor.asOf()));
            Map<String, Object> now = AssessmentParts.of(held);
            for (String part : List.of("fired rules", "rejected")) {
                fresh.remove(part);
                now.remove(part);
            }
            assertThat(AssessmentParts.differences(fresh, now)).as("seed %d: the monitor against a fresh assessment", seed)
                    .isEmpty();
            assertThat(held.severities().values()).extracting(s -> s.severity()).isNotEmpty()
                    .allMatch(s -> s instanceof Severity);
        }
        return failed;
    }
}
