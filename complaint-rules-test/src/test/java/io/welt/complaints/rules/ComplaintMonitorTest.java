package io.welt.complaints.rules;


import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The warm engine reports what each change did, and ends where a full assessment of the same facts ends. */
class ComplaintMonitorTest {

    /** Hours here are plain hours: the clock runs round the clock (office hours are CalendarTest's). */
    private final ComplaintRules rules = ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().calendar(BusinessCalendar.roundTheClock()).build()).build();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();

    @Test
    void thirdStitchingComplaint_addsAFindingAndItsEscalation() {
        Complaint c1 = aComplaint().on(chelsea).receivedDaysAgo(9).acknowledgedAfterHours(1).build();
        Complaint c2 = aComplaint().on(chelsea).receivedDaysAgo(5).acknowledgedAfterHours(1).build();
        Complaint c3 = aComplaint().on(chelsea).receivedHoursAgo(2).acknowledgedAfterHours(1).build();
        try (ComplaintMonitor monitor = rules.monitor(ComplaintLog.builder().product(chelsea).complaint(c1).complaint(c2)
                .build(), NOW)) {
            assertThat(monitor.assessment().findings(FindingScope.PRODUCT_LINE)).isEmpty();
            ComplaintMonitor.Changes changes = monitor.submit(c3, NOW);
            assertThat(changes.rejected()).isNull();
            assertThat(changes.added(RepeatFinding.class)).singleElement()
                    .satisfies(f -> assertThat(f.complaintIds()).containsExactly(c1.id(), c2.id(), c3.id()));
            assertThat(changes.added(Escalation.class)).anySatisfy(e -> {
                assertThat(e.level()).isEqualTo(EscalationLevel.QUALITY_MANAGER);
                assertThat(e.target()).startsWith("PRODUCT_LINE/Chelsea boot/STITCHING/");
            });
        }
    }

    @Test
    void aSecondComplaintOnAnOrder_isHighUntilItIsMovedToAnotherOrder() {
        Complaint first = aComplaint("O-1").on(chelsea).withDefect("SIZING").byCustomer("CU-1").onOrder("SO-1")
                .receivedDaysAgo(20).build();
        Complaint again = aComplaint("O-2").on(chelsea).withDefect("SIZING").byCustomer("CU-1").onOrder("SO-1")
                .receivedHoursAgo(3).build();
        try (ComplaintMonitor monitor = rules.monitor(ComplaintLog.builder().product(chelsea).complaint(first).build(), NOW)) {
            ComplaintMonitor.Changes submitted = monitor.submit(again, NOW);
            assertThat(submitted.added(SeverityAssessment.class)).anySatisfy(claim -> {
                assertThat(claim.complaintId()).isEqualTo("O-2");
                assertThat(claim.severity()).isEqualTo(Severity.HIGH);
                assertThat(claim.rule()).isEqualTo(RuleNames.TRIAGE_SECOND_COMPLAINT_ON_ORDER);
                assertThat(claim.reason()).contains("first complaint O-1");
            });
            assertThat(monitor.assessment().severityOf("O-2")).isEqualTo(Severity.HIGH);

            ComplaintMonitor.Changes corrected = monitor.update(again.toBuilder().orderId("SO-2").build(), NOW);
            assertThat(corrected.removed(SeverityAssessment.class))
                    .anySatisfy(claim -> assertThat(claim.rule()).isEqualTo(RuleNames.TRIAGE_SECOND_COMPLAINT_ON_ORDER));
            assertThat(monitor.assessment().severityOf("O-2")).isEqualTo(Severity.MEDIUM);
        }
    }

    @Test
    void resolvingAComplaint_removesItsEscalation() {
        Complaint late = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(30).build();
        try (ComplaintMonitor monitor = rules.monitor(ComplaintLog.builder().product(chelsea).complaint(late).build(), NOW)) {
            assertThat(monitor.assessment().levelOf(io.welt.complaints.model.TargetType.COMPLAINT, late.id()))
                    .isEqualTo(EscalationLevel.TEAM_LEADER);
            Complaint resolved = late.toBuilder().acknowledgedAt(NOW.minusSeconds(600)).resolvedAt(NOW.minusSeconds(60))
                    .status(ComplaintStatus.RESOLVED).build();
            ComplaintMonitor.Changes changes = monitor.update(resolved, NOW);
            assertThat(changes.removed(Escalation.class)).isNotEmpty();
            assertThat(monitor.assessment().escalations()).isEmpty();
        }
    }

    @Test
    void theClockMoving_escalatesWhatIsNotAcknowledged() {
        Complaint fresh = aComplaint().on(chelsea).withDefect("SIZING").receivedHoursAgo(1).build();
        try (ComplaintMonitor monitor = rules.monitor(ComplaintLog.builder().product(chelsea).complaint(fresh).build(), NOW)) {
            assertThat(monitor.advanceTo(NOW.plus(Duration.ofHours(10))).added(Escalation.class)).isEmpty();
            ComplaintMonitor.Changes later = monitor.advanceTo(NOW.plus(Duration.ofHours(24)));
            assertThat(later.added(Escalation.class)).singleElement()
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(RuleNames.ESCALATE_NOT_ACKNOWLEDGED));
            assertThat(monitor.advanceTo(NOW).added()).as("the clock never goes back").isEmpty();
            assertThat(monitor.asOf()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        }
    }

    @Test
    void theClockMovingOn_wakesOnlyWhatItsDeadlinesCross() {
        // One complaint long overdue (escalated twice already), one just in: moving the clock a minute at
        // a time changes nothing and fires no rule again, until a deadline is crossed.
        Complaint overdue = aComplaint("M-1").on(chelsea).withDefect("SIZING").byCustomer("CU-1").receivedDaysAgo(40)
                .build();
        Complaint fresh = aComplaint("M-2").on(chelsea).withDefect("SIZING").byCustomer("CU-2").receivedHoursAgo(1)
                .build();
        try (ComplaintMonitor monitor = rules.monitor(ComplaintLog.builder().product(chelsea).complaint(overdue)
                .complaint(fresh).build(), NOW)) {
            monitor.recordFirings();
            for (int minute = 1; minute <= 30; minute++) {
                ComplaintMonitor.Changes changes = monitor.advanceTo(NOW.plus(Duration.ofMinutes(minute)));
                assertThat(changes.added()).as("minute %d", minute).isEmpty();
                assertThat(changes.removed()).as("minute %d", minute).isEmpty();
                assertThat(changes.firings()).as("minute %d: rules fired again", minute).isEmpty();
            }
            // 80% of the 24-hour acknowledgement target, counted from receipt an hour before NOW.
            ComplaintMonitor.Changes warned = monitor.advanceTo(NOW.plus(Duration.ofMinutes(18 * 60 + 13)));
            assertThat(warned.added()).singleElement().isInstanceOf(io.welt.complaints.model.DeadlineWarning.class);
            assertThat(warned.firings()).extracting(RuleFiring::rule).containsExactly(RuleNames.WARN_ACKNOWLEDGEMENT_DUE);
        }
    }

    @Test
    void badSubmissions_areRejectedNotLost() {
        Complaint c1 = aComplaint("C-1").on(chelsea).receivedDaysAgo(2).build();
        try (ComplaintMonitor monitor = rules.monitor(ComplaintLog.builder().product(chelsea).complaint(c1).build(), NOW)) {
            assertThat(monitor.submit(c1, NOW).rejected()).satisfies(r -> assertThat(r.field()).isEqualTo("id"));
            Complaint unknownCode = aComplaint("C-2").on(chelsea).withDefect("NOPE").build();
            assertThat(monitor.submit(unknownCode, NOW).rejected()).satisfies(r -> assertThat(r.field()).isEqualTo("defect"));
            assertThat(monitor.rejected()).hasSize(2);
            assertThat(monitor.size()).isEqualTo(1);
            assertThatThrownBy(() -> monitor.update(aComplaint("C-9").on(chelsea).build(), NOW))
                    .hasMessageContaining("C-9");
        }
    }

    @Test
    void closedMonitor_refusesWorkAndLeavesNoSession() {
        ComplaintMonitor monitor = rules.monitor(ComplaintLog.builder().product(chelsea).build(), NOW);
        monitor.close();
        monitor.close();
        assertThatThrownBy(monitor::assessment).isInstanceOf(IllegalStateException.class);
        assertThat(rules.openSessions()).isZero();
    }

    /** 8 threads submit at once; the single-writer monitor queues them and ends where a full assessment ends. */
    @Test
    void concurrentSubmissions_areSerialisedAndLoseNothing() throws Exception {
        GeneratedLog log = LogGenerator.withSeed(99).complaints(240).productLines(3).skusPerLine(2).suppliers(3)
                .materialLots(4).customers(80).generate();
        Assessment full = rules.assess(log.toComplaintLog(), log.asOf());
        List<Complaint> sorted = new ArrayList<>(log.complaints());
        sorted.sort(Complaint.BY_RECEIPT);
        List<Complaint> later = sorted.subList(120, sorted.size());
        try (ComplaintMonitor monitor = rules.monitor(log.withComplaints(sorted.subList(0, 120)).toComplaintLog(),
                log.asOf())) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<ComplaintMonitor.Changes>> futures = new ArrayList<>();
                for (Complaint complaint : later) {
                    futures.add(pool.submit(() -> monitor.submit(complaint, log.asOf())));
                }
                for (java.util.concurrent.Future<ComplaintMonitor.Changes> future : futures) {
                    assertThat(future.get().rejected()).isNull();
                }
            } finally {
                pool.shutdown();
            }
            Assessment warm = monitor.assessment();
            assertThat(warm.complaints()).hasSameSizeAs(full.complaints());
            assertThat(warm.findings()).isEqualTo(full.findings());
            assertThat(warm.escalations()).isEqualTo(full.escalations());
            assertThat(warm.conclusions()).containsExactlyInAnyOrderElementsOf(full.conclusions());
        }
        assertThat(rules.openSessions()).isZero();
    }

    /**
     * 20 generated logs (every second with lasts, sizes and component lots): half as history, the rest
     * submitted one by one, equals a full assessment.
     */
    @Test
    void submittingOneByOne_endsWhereAFullAssessmentEnds() {
        int sizeFindings = 0;
        for (long seed = 1; seed <= 20; seed++) {
            GeneratedLog log = LogGenerator.withSeed(seed).complaints(120).productLines(3).skusPerLine(2).suppliers(3)
                    .materialLots(4).customers(60).sizesAndLasts(seed % 2 == 0).generate();
            Assessment full = rules.assess(log.toComplaintLog(), log.asOf());
            sizeFindings += full.findings(io.welt.complaints.model.FindingScope.SIZE).size();
            List<Complaint> sorted = new ArrayList<>(log.complaints());
            sorted.sort(Complaint.BY_RECEIPT);
            int half = sorted.size() / 2;
            try (ComplaintMonitor monitor = rules.monitor(log.withComplaints(sorted.subList(0, half)).toComplaintLog(),
                    log.asOf())) {
                for (Complaint complaint : sorted.subList(half, sorted.size())) {
                    assertThat(monitor.submit(complaint, log.asOf()).rejected()).as("seed %d", seed).isNull();
                }
                Assessment warm = monitor.assessment();
                assertThat(warm.findings()).as("seed %d", seed).isEqualTo(full.findings());
                assertThat(warm.escalations()).as("seed %d", seed).isEqualTo(full.escalations());
                assertThat(warm.severities()).as("seed %d", seed).isEqualTo(full.severities());
                assertThat(warm.warnings()).as("seed %d", seed).isEqualTo(full.warnings());
                assertThat(warm.conclusions()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(full.conclusions());
            }
        }
        assertThat(sizeFindings).as("SIZE findings over the sized logs").isPositive();
        assertThat(rules.openSessions()).isZero();
    }
}
