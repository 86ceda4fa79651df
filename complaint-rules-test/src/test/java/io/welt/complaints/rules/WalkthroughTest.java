package io.welt.complaints.rules;


import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** The trainer's replay: what happened when, which rule fired on which facts, and why. */
class WalkthroughTest {

    /** Hours here are plain hours: the clock runs round the clock (office hours are CalendarTest's). */
    private final ComplaintRules rules = ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().calendar(BusinessCalendar.roundTheClock()).build()).build();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();

    @Test
    void replay_narratesArrivalsRulesAndTheClock() {
        Complaint c1 = aComplaint("C-1").on(chelsea).boughtDaysBefore(20).receivedDaysAgo(9).acknowledgedAfterHours(2)
                .resolvedAfterDays(1).build();
        Complaint c2 = aComplaint("C-2").on(chelsea).boughtDaysBefore(20).receivedDaysAgo(6).acknowledgedAfterHours(2)
                .resolvedAfterDays(1).build();
        Complaint c3 = aComplaint("C-3").on(chelsea).boughtDaysBefore(20).receivedDaysAgo(3).build();
        ComplaintLog log = ComplaintLog.builder().product(chelsea).complaints(List.of(c3, c1, c2)).build();

        List<Walkthrough.Step> steps = Walkthrough.replay(rules, log, NOW);

        assertThat(steps.get(0).event()).startsWith("C-1 arrives: STITCHING on CH-42");
        assertThat(steps).extracting(Walkthrough.Step::at).isSorted();
        Walkthrough.Step third = steps.stream().filter(s -> s.event().startsWith("C-3 arrives")).findFirst().orElseThrow();
        assertThat(third.derived()).anySatisfy(d -> {
            assertThat(d.conclusion()).isInstanceOf(RepeatFinding.class);
            assertThat(d.matched()).anyMatch(m -> m.startsWith("series PRODUCT_LINE Chelsea boot STITCHING"));
        });
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.event()).startsWith("the clock reaches");
            assertThat(s.derived()).anySatisfy(d -> {
                assertThat(d.conclusion().rule()).isEqualTo(RuleNames.ESCALATE_NOT_ACKNOWLEDGED);
                assertThat(d.matched()).contains("acknowledgement of C-3 due " + c3.receivedAt().plus(
                        java.time.Duration.ofHours(24)));
                assertThat(d.supersedes()).isNotNull().extracting(Escalation::level).isEqualTo(EscalationLevel.TEAM_LEADER);
            });
        });
        assertThat(steps).anySatisfy(s -> assertThat(s.withdrawn()).isNotEmpty());

        String text = Walkthrough.narrate(steps);
        assertThat(text).contains("rule \"Triage: early functional failure\" on complaint C-1")
                .contains("this supersedes the escalation to TEAM_LEADER")
                .contains("withdrawn:");
        assertThat(rules.openSessions()).isZero();
    }

    @Test
    void replay_endsWhereTheFullAssessmentEnds() {
        Complaint c1 = aComplaint("C-1").on(chelsea).receivedDaysAgo(9).build();
        Complaint c2 = aComplaint("C-2").on(chelsea).receivedDaysAgo(6).acknowledgedAfterHours(30).build();
        ComplaintLog log = ComplaintLog.builder().product(chelsea).complaints(List.of(c1, c2)).build();
        Assessment full = rules.assess(log, NOW);
        List<Walkthrough.Step> steps = Walkthrough.replay(rules, log, NOW);
        List<Escalation> added = steps.stream().flatMap(s -> s.derived().stream()).map(Walkthrough.Derivation::conclusion)
                .filter(Escalation.class::isInstance).map(Escalation.class::cast).toList();
        List<Escalation> withdrawn = steps.stream().flatMap(s -> s.withdrawn().stream())
                .filter(Escalation.class::isInstance).map(Escalation.class::cast).toList();
        List<Escalation> standing = added.stream().filter(e -> !withdrawn.contains(e)).toList();
        assertThat(standing).containsAll(full.escalations());
    }

    @Test
    void narrate_aFindingThatGrowsIsReplacedNotWithdrawn() {
        List<Complaint> four = List.of(
                aComplaint("G-1").on(chelsea).boughtDaysBefore(100).receivedDaysAgo(12).build(),
                aComplaint("G-2").on(chelsea).boughtDaysBefore(100).receivedDaysAgo(9).build(),
                aComplaint("G-3").on(chelsea).boughtDaysBefore(100).receivedDaysAgo(6).build(),
                aComplaint("G-4").on(chelsea).boughtDaysBefore(100).receivedDaysAgo(3).build());
        ComplaintLog log = ComplaintLog.builder().product(chelsea).complaints(four).build();

        String text = Walkthrough.narrate(Walkthrough.replay(rules, log, NOW));

        assertThat(text).contains("replaced: repeat finding PRODUCT_LINE/Chelsea boot/STITCHING/G-1 with 3 complaints (\""
                + RuleNames.REPEAT_PRODUCT_LINE + "\"), by repeat finding PRODUCT_LINE/Chelsea boot/STITCHING/G-1 with 4"
                + " complaints");
        assertThat(text).doesNotContain("withdrawn: repeat finding");
    }
}
