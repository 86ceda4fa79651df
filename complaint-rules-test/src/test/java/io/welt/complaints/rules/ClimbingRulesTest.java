package io.welt.complaints.rules;


import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** escalation.drl: an open complaint nobody takes hold of keeps climbing; an acknowledgement stops it. */
class ClimbingRulesTest {

    private static final Policy ROUND_THE_CLOCK = Policy.defaults().toBuilder()
            .calendar(BusinessCalendar.roundTheClock()).build();
    private static final ComplaintRules RULES = ComplaintRules.builder().policy(ROUND_THE_CLOCK).build();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();

    /** A cosmetic mark (LOW, FRONTLINE) received long ago and never acknowledged nor resolved. */
    private Complaint openFor(long days) {
        return aComplaint("C-OLD").on(chelsea).withDefect("FINISH_PEELING").receivedDaysAgo(days).build();
    }

    @Test
    void aComplaintOpenElevenMonths_climbsLevelByLevelToTheTop() {
        RulesVerifier.forRules(RULES).given(chelsea, openFor(330))
                .expectEscalation(openFor(330), EscalationLevel.SENIOR_MANAGEMENT);
        Assessment assessment = RulesVerifier.forRules(RULES).given(chelsea, openFor(330)).assessment();
        assertThat(assessment.escalationOf(TargetType.COMPLAINT, "C-OLD")).hasValueSatisfying(e -> {
            assertThat(e.rule()).isEqualTo(RuleNames.ESCALATE_CLIMBING);
            assertThat(e.reason()).contains("keeps climbing the quality chain, to SENIOR_MANAGEMENT");
        });
    }

    @Test
    void oneFurtherPeriod_isOneLevelMore_andTheStepNotYetReachedDoesNotFire() {
        // LOW: acknowledgement missed after 24 hours (TEAM_LEADER), resolution after 10 days (QUALITY_MANAGER,
        // one more for each), a further 10 days: SENIOR_MANAGEMENT. At 15 days only the resolution is missed.
        Assessment at15 = RulesVerifier.forRules(RULES).given(chelsea, openFor(15)).assessment();
        assertThat(at15.levelOf(TargetType.COMPLAINT, "C-OLD")).isEqualTo(EscalationLevel.QUALITY_MANAGER);
        assertThat(at15.escalations()).noneMatch(e -> e.rule().equals(RuleNames.ESCALATE_CLIMBING));
        Assessment at21 = RulesVerifier.forRules(RULES).given(chelsea, openFor(21)).assessment();
        assertThat(at21.levelOf(TargetType.COMPLAINT, "C-OLD")).isEqualTo(EscalationLevel.SENIOR_MANAGEMENT);
    }

    @Test
    void anAcknowledgedEscalation_stopsClimbingAndShowsWhoHoldsIt() {
        Complaint old = openFor(330);
        ComplaintLog log = ComplaintLog.builder().product(chelsea).complaint(old)
                .acknowledgement(new Acknowledgement(TargetType.COMPLAINT, "C-OLD", EscalationLevel.QUALITY_MANAGER,
                        old.receivedAt().plus(Duration.ofDays(12)), "Priya Shah", "Calling the customer", null))
                .build();
        Assessment assessment = RULES.assess(log, NOW);
        var inForce = assessment.escalationOf(TargetType.COMPLAINT, "C-OLD").orElseThrow();
        assertThat(inForce.level()).as("held where it was when she took it").isEqualTo(EscalationLevel.QUALITY_MANAGER);
        assertThat(assessment.acknowledgementOf(inForce)).hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("Priya Shah"));
        assertThat(assessment.audit()).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("person:Priya Shah");
            assertThat(e.subject()).isEqualTo("C-OLD");
        });
        assertThat(assessment.escalations()).noneMatch(e -> e.rule().equals(RuleNames.ESCALATE_CLIMBING));
        assertThat(assessment.supersededEscalations()).noneMatch(e -> e.rule().equals(RuleNames.ESCALATE_CLIMBING));
    }

    @Test
    void aMonitorTakesAnAcknowledgement_andEqualsAFullAssessmentOfTheSameRecords() {
        Complaint old = aComplaint("C-OLD").on(chelsea).withDefect("FINISH_PEELING").receivedDaysAgo(13).build();
        Acknowledgement held = new Acknowledgement(TargetType.COMPLAINT, "C-OLD", EscalationLevel.QUALITY_MANAGER,
                NOW.minus(Duration.ofDays(1)), "Priya Shah", null, null);
        try (ComplaintMonitor monitor = RULES.monitor(ComplaintLog.builder().product(chelsea).complaint(old).build(), NOW)) {
            assertThat(monitor.acknowledge(new Acknowledgement(TargetType.COMPLAINT, "C-OLD", EscalationLevel.QUALITY_MANAGER,
                    NOW.plus(Duration.ofDays(1)), "Too Early", null, null), NOW).rejected())
                    .as("dated after the clock").satisfies(r -> assertThat(r.field()).isEqualTo("acknowledged_at"));
            monitor.acknowledge(held, NOW);
            // Ten more days would climb it to the top; held, it stays where it was.
            monitor.advanceTo(NOW.plus(Duration.ofDays(10)));
            Assessment warm = monitor.assessment();
            assertThat(warm.levelOf(TargetType.COMPLAINT, "C-OLD")).isEqualTo(EscalationLevel.QUALITY_MANAGER);
            assertThat(warm.acknowledgementOf(warm.escalationOf(TargetType.COMPLAINT, "C-OLD").orElseThrow()))
                    .hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("Priya Shah"));
            Assessment full = RULES.assess(ComplaintLog.builder().product(chelsea).complaint(old).acknowledgement(held).build(),
                    NOW.plus(Duration.ofDays(10)));
            assertThat(warm.escalations()).isEqualTo(full.escalations());
            assertThat(warm.acknowledgements()).isEqualTo(full.acknowledgements());
        }
    }

    @Test
    void aResolvedComplaint_neverClimbs() {
        Complaint resolved = aComplaint("C-DONE").on(chelsea).withDefect("FINISH_PEELING").receivedDaysAgo(330)
                .resolvedAfterDays(40).build();
        RulesVerifier.forRules(RULES).verifyThat(RuleNames.ESCALATE_CLIMBING).given(chelsea, resolved).doesNotFire();
    }
}
