package io.welt.complaints.rules.guards;

import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintMonitor;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RuleFailedException;
import io.welt.complaints.rules.RunawayRulesException;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rule authors' rules are bounded in working memory and wall time as well as firings (issue 20): a cross
 * join of three unconstrained patterns over the 284-complaint sample is halted by the working-memory limit
 * before it builds its 22.9 million matches, naming the rule; a finite two-way join of the same sample runs
 * to its end instead of being called a runaway; a rule that updates the fact it matches is named, not the
 * standard rule it drags along; a rule slow enough to pass the wall-time limit is halted; and a rule's own
 * exception is reported by its name and type, without its message. The rules stay usable after each.
 * The bounds of the {@link Timeout}s are generous: they catch a guard that does not work, not a slow host.
 */
class SessionLimitsTest {

    private static final GeneratedLog SAMPLE = SampleLog.generate();

    private static final String HEADER = """
            package com.example.guards;
            import io.welt.complaints.model.*;
            """;

    private static ComplaintRules with(String drl) {
        return ComplaintRules.builder().addRules("mine.drl", HEADER + drl).build();
    }

    private static Assessment assessSample(ComplaintRules rules) {
        return rules.assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());
    }

    @Test
    @Timeout(120)
    void threeWayCrossJoin_isHaltedByTheWorkingMemoryLimit_namingTheRule() {
        ComplaintRules rules = with("""
                rule "Mine: every triple"
                when
                    Complaint() Complaint() Complaint()
                then
                end
                """);

        RunawayRulesException halted = catchThrowableOfType(RunawayRulesException.class, () -> assessSample(rules));

        assertThat(halted).isNotNull();
        assertThat(halted.limit()).isEqualTo(RunawayRulesException.Limit.PENDING_MATCHES);
        assertThat(halted.rule()).isEqualTo("Mine: every triple");
        assertThat(halted.getMessage()).contains("matches waiting to fire").contains("\"Mine: every triple\"");
        assertThat(SAMPLE.complaints()).hasSizeGreaterThan(280);
        assertThat(rules.assess(ComplaintLog.builder().build(), SAMPLE.asOf()).complaints()).isEmpty();
    }

    @Test
    @Timeout(120)
    void twoWayJoinOfTheSample_isFiniteAndRunsToItsEnd() {
        ComplaintRules rules = with("""
                rule "Mine: every pair"
                when
                    Complaint() Complaint()
                then
                end
                """);

        Assessment assessment = assessSample(rules);

        long n = SAMPLE.complaints().size();
        assertThat(assessment.firedRules().get("Mine: every pair")).isEqualTo(n * n);
    }

    @Test
    @Timeout(120)
    void ruleThatUpdatesWhatItMatches_isNamed_notTheStandardRuleItDragsAlong() {
        ComplaintRules rules = with("""
                rule "Mine: touch the complaint"
                when
                    $c : Complaint()
                then
                    update( $c );
                end
                """);

        RunawayRulesException halted = catchThrowableOfType(RunawayRulesException.class, () -> assessSample(rules));

        assertThat(halted).isNotNull();
        assertThat(halted.limit()).isEqualTo(RunawayRulesException.Limit.FIRINGS);
        assertThat(halted.rule()).isEqualTo("Mine: touch the complaint");
        assertThat(halted.getMessage()).contains("changing a fact");
    }

    @Test
    @Timeout(120)
    void ruleSlowerThanTheWallTimeLimit_isHalted() {
        ComplaintRules rules = ComplaintRules.builder().maxSessionTime(Duration.ofMillis(300))
                .addRules("slow.drl", HEADER + """
                        rule "Mine: slow and endless"
                        when
                            $c : Complaint()
                        then
                            Thread.sleep( 5 );
                            update( $c );
                        end
                        """).build();

        // 5 ms a firing and a firing limit in the tens of thousands: without the wall-time limit, minutes.
        RunawayRulesException halted = catchThrowableOfType(RunawayRulesException.class, () -> assessSample(rules));

        assertThat(halted).isNotNull();
        assertThat(halted.limit()).isEqualTo(RunawayRulesException.Limit.WALL_TIME);
        assertThat(halted.getMessage()).contains("longer than the session's limit of 300 ms");
        assertThat(halted.rule()).isEqualTo("Mine: slow and endless");
    }

    @Test
    @Timeout(120)
    void wallTimeLimit_boundsAMonitorToo_andLeavesItAsItWas() {
        ComplaintRules rules = ComplaintRules.builder().maxSessionTime(Duration.ofMillis(300))
                .addRules("slow.drl", HEADER + """
                        rule "Mine: slow on a marked complaint"
                        when
                            $c : Complaint( description == "slow" )
                        then
                            Thread.sleep( 5 );
                            update( $c );
                        end
                        """).build();
        GeneratedLog small = io.welt.complaints.test.LogGenerator.withSeed(3).complaints(30).generate();
        try (ComplaintMonitor monitor = rules.monitor(small.toComplaintLog(), small.asOf())) {
            Assessment before = monitor.assessment();
            var slow = small.complaints().get(0).toBuilder().id("C-SLOW").description("slow").build();

            assertThatThrownBy(() -> monitor.submit(slow, small.asOf())).isInstanceOf(RunawayRulesException.class);

            assertThat(monitor.size()).isEqualTo(small.complaints().size());
            assertThat(monitor.assessment().severities()).isEqualTo(before.severities());
        }
    }

    @Test
    void ruleThatThrows_isReportedByNameAndType_withoutItsMessage() {
        ComplaintRules rules = with("""
                rule "Mine: throws on a description"
                when
                    $c : Complaint( description != "" )
                then
                    throw new IllegalStateException( "customer said: " + $c.description() );
                end
                """);

        RuleFailedException failed = catchThrowableOfType(RuleFailedException.class, () -> assessSample(rules));

        assertThat(failed).isNotNull();
        assertThat(failed.rule()).isEqualTo("Mine: throws on a description");
        assertThat(failed.getMessage()).isEqualTo("rule \"Mine: throws on a description\" threw"
                + " java.lang.IllegalStateException");
        assertThat(failed.getCause()).isInstanceOf(IllegalStateException.class);
    }
}
