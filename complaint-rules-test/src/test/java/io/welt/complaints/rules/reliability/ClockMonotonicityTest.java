package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.facts.AssessmentDay;
import io.welt.complaints.rules.policy.EscalationChain;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Input;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time only ever makes things more urgent: with the same facts, moving the clock forward never
 * lowers the highest escalation level of any target (complaint, finding or corrective action), and
 * never makes one disappear, but for a finding that has gone quiet (no new complaint for the policy's
 * quiet period), whose escalation leaves as a whole. The library escalates a complaint only while it
 * is unresolved, and a complaint's status does not change when only the clock moves, so nothing here
 * may de-escalate.
 * Past every deadline, every unresolved complaint that is not waiting on the customer stands at least
 * one level above where its severity alone puts it (its resolution target is missed).
 *
 * <p>Tries {@value #LOGS} seeded logs of 50 to 300 complaints with corrective actions
 * ({@link ReliabilityLogs#input}), each at {@value #STEPS} clocks from the log's own clock to 400 days
 * after it (beyond every acknowledgement, resolution, follow-up and verification date), every other log
 * under a working-hours calendar (Europe/London, 09:00-17:30 on weekdays, with holidays) instead of
 * round-the-clock clocks. It fails on the first target whose level falls, naming the seed, the two
 * clocks, the target and both escalations.
 */
class ClockMonotonicityTest {

    private static final int LOGS = 36;
    private static final List<Duration> CLOCK_STEPS = List.of(Duration.ZERO, Duration.ofHours(3), Duration.ofHours(20),
            Duration.ofDays(2), Duration.ofDays(6), Duration.ofDays(11), Duration.ofDays(40), Duration.ofDays(400));
    private static final int STEPS = 8;

    @Test
    void escalationLevels_neverFallAsTheClockMovesOn() {
        assertThat(CLOCK_STEPS).hasSize(STEPS);
        int raised = 0;
        int compared = 0;
        int pastDeadlines = 0;
        int quietened = 0;
        for (long seed = 1; seed <= LOGS; seed++) {
            Input input = ReliabilityLogs.input(seed);
            ComplaintRules rules = ReliabilityLogs.rulesFor(seed);
            Map<String, Escalation> before = null;
            Instant previous = null;
            Assessment last = null;
            for (Duration step : CLOCK_STEPS) {
                Instant clock = input.asOf().plus(step);
                last = rules.assess(input.toLog(), clock);
                assertThat(last.rejected()).as("seed %d at %s: moving the clock forward rejects nothing", seed, clock)
                        .isEmpty();
                Map<String, Escalation> now = inForce(last);
                if (before != null) {
                    for (Map.Entry<String, Escalation> earlier : before.entrySet()) {
                        Escalation later = now.get(earlier.getKey());
                        if (later == null && wentQuiet(earlier.getValue(), last, rules.policy(), clock)) {
                            quietened++;
                            continue;
                        }
                        EscalationLevel level = later == null ? EscalationLevel.FRONTLINE : later.level();
                        compared++;
                        if (level.compareTo(earlier.getValue().level()) < 0) {
                            throw new AssertionError("seed " + seed + " (" + input + "): " + earlier.getKey()
                                    + " fell from " + earlier.getValue().level() + " at " + previous + " to " + level
                                    + " at " + clock + "\n  before: " + earlier.getValue() + "\n  after:  " + later);
                        }
                        if (level.compareTo(earlier.getValue().level()) > 0) {
                            raised++;
                        }
                    }
                }
                before = now;
                previous = clock;
            }
            pastDeadlines += checkPastEveryDeadline(seed, rules, last);
        }
        assertThat(compared).as("target levels compared between clock steps").isGreaterThan(4_000);
        assertThat(raised).as("levels the clock raised: otherwise the steps prove nothing").isGreaterThan(150);
        assertThat(pastDeadlines).as("unresolved complaints checked past every deadline").isGreaterThan(300);
        assertThat(quietened).as("finding escalations that left because their finding went quiet").isGreaterThan(500);
    }

    /** Whether the escalation is of a finding (or problem) still reported but quiet for the policy's quiet period at {@code clock}. */
    private static boolean wentQuiet(Escalation escalation, Assessment assessment, Policy policy, Instant clock) {
        Instant since = AssessmentDay.of(clock).ago(policy.findingQuietPeriod());
        if (escalation.targetType() == TargetType.PROBLEM) {
            return assessment.problem(escalation.target()).filter(problem -> problem.to().isBefore(since)).isPresent();
        }
        return escalation.targetType() == TargetType.FINDING && assessment.finding(escalation.target())
                .filter(finding -> finding.to().isBefore(since)).isPresent();
    }

    /** Past every deadline, each unresolved complaint not waiting on the customer stands above its severity's level. */
    private static int checkPastEveryDeadline(long seed, ComplaintRules rules, Assessment last) {
        int checked = 0;
        List<String> short_ = new ArrayList<>();
        for (Complaint complaint : last.complaints()) {
            boolean waiting = complaint.waitingPeriods().stream().anyMatch(WaitingPeriod::isOpen);
            if (complaint.isResolved() || waiting) {
                continue;
            }
            checked++;
            // One step up the chain of the function that owns it: quality, or customer service for a service failure.
            EscalationChain chain = rules.policy().chainFor(rules.taxonomy().find(complaint.defect()).orElseThrow());
            EscalationLevel floor = chain.raise(chain.entry(last.severityOf(complaint.id()), rules.policy()), 1);
            EscalationLevel level = last.levelOf(TargetType.COMPLAINT, complaint.id());
            if (level != EscalationLevel.SENIOR_MANAGEMENT && chain.levels().indexOf(level) < chain.levels().indexOf(floor)) {
                short_.add(complaint.id() + " (" + last.severityOf(complaint.id()) + ") at " + level + ", expected at least "
                        + floor + "; in force: " + last.escalationOf(TargetType.COMPLAINT, complaint.id()).orElse(null));
            }
        }
        assertThat(short_).as("seed %d, 400 days on: unresolved complaints not escalated past their missed targets", seed)
                .isEmpty();
        return checked;
    }

    private static Map<String, Escalation> inForce(Assessment assessment) {
        Map<String, Escalation> byTarget = new TreeMap<>();
        for (Escalation escalation : assessment.escalations()) {
            Escalation previous = byTarget.put(escalation.targetType() + " " + escalation.target(), escalation);
            assertThat(previous).as("one escalation in force per target").isNull();
        }
        return byTarget;
    }
}
