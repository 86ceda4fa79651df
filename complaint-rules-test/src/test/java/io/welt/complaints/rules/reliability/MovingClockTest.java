package io.welt.complaints.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintMonitor;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Input;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * A monitor whose clock moves on, by minutes, hours, to midnight and past it, and onto the very
 * instants at which targets fall due, stands where a fresh assessment as of the same clock stands,
 * and it fires a rule again only to derive something new: a day that begins does not make every
 * time rule and every finding's rule fire again for conclusions that already stand.
 *
 * <p>Tries {@value #LOGS} seeded logs of 50 to 300 complaints with corrective actions
 * ({@link ReliabilityLogs#input}), every other one under a working-hours calendar, each through
 * {@value #STEPS} clock moves drawn from its seed over about three weeks.
 */
class MovingClockTest {

    private static final int LOGS = 16;
    private static final int STEPS = 24;

    @Test
    void aMovingClock_standsWhereAFreshAssessmentStands_andFiresOnlyForWhatIsNew() {
        int midnights = 0;
        int onDueInstants = 0;
        int added = 0;
        int removed = 0;
        for (long seed = 1; seed <= LOGS; seed++) {
            Input input = ReliabilityLogs.input(seed);
            ComplaintRules rules = ReliabilityLogs.rulesFor(seed);
            Random random = new Random(seed);
            try (ComplaintMonitor monitor = rules.monitor(input.toLog(), input.asOf())) {
                Instant clock = input.asOf();
                for (int step = 0; step < STEPS; step++) {
                    Instant next = nextClock(clock, monitor.assessment(), random);
                    if (!dayOf(next).equals(dayOf(clock))) {
                        midnights++;
                    }
                    if (isDueInstant(next, monitor.assessment())) {
                        onDueInstants++;
                    }
                    SortedMap<String, Long> firedBefore = monitor.assessment().firedRules();
                    ComplaintMonitor.Changes changes = monitor.advanceTo(next);
                    Assessment warm = monitor.assessment();
                    String where = "seed " + seed + " (" + input + "), clock moved from " + clock + " to " + next;

                    Assessment fresh = rules.assess(input.toLog(), next);
                    assertThat(warm.escalations()).as(where).isEqualTo(fresh.escalations());
                    assertThat(warm.warnings()).as(where).isEqualTo(fresh.warnings());
                    assertThat(warm.conclusions()).as(where).containsExactlyInAnyOrderElementsOf(fresh.conclusions());

                    assertThat(firedSince(firedBefore, warm.firedRules())).as(where + ": rules fired for nothing new")
                            .isEqualTo(byRule(changes.added()));
                    added += changes.added().size();
                    removed += changes.removed().size();
                    clock = next;
                }
            }
        }
        assertThat(midnights).as("clock moves across midnight").isGreaterThan(100);
        assertThat(onDueInstants).as("clock moves onto the instant a target falls due").isGreaterThan(20);
        assertThat(added).as("conclusions the clock added: otherwise the moves prove nothing").isGreaterThan(200);
        assertThat(removed).as("conclusions the clock removed (warnings past due, findings gone quiet)")
                .isGreaterThan(100);
    }

    /**
     * The next clock: a minute or a few hours on, the last minute of the day or just past midnight,
     * a few days on, or exactly the instant a warned target falls due, or one second after it.
     */
    private static Instant nextClock(Instant clock, Assessment now, Random random) {
        List<Instant> dues = new ArrayList<>();
        for (DeadlineWarning warning : now.warnings()) {
            dues.add(warning.deadline());
            dues.add(warning.deadline().plusSeconds(1));
        }
        dues.removeIf(due -> !due.isAfter(clock));
        Instant midnight = dayOf(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return switch (random.nextInt(7)) {
            case 0 -> clock.plus(Duration.ofMinutes(1));
            case 1 -> clock.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            case 2 -> midnight.minusSeconds(60).isAfter(clock) ? midnight.minusSeconds(60) : midnight;
            case 3 -> midnight.plusSeconds(random.nextInt(120));
            case 4 -> clock.plus(Duration.ofDays(1 + random.nextInt(3)));
            default -> dues.isEmpty() ? midnight : dues.get(random.nextInt(dues.size()));
        };
    }

    private static boolean isDueInstant(Instant clock, Assessment now) {
        return now.warnings().stream().anyMatch(warning -> warning.deadline().equals(clock));
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Map<String, Long> firedSince(SortedMap<String, Long> before, SortedMap<String, Long> after) {
        Map<String, Long> fired = new TreeMap<>();
        after.forEach((rule, count) -> {
            long since = count - before.getOrDefault(rule, 0L);
            if (since != 0) {
                fired.put(rule, since);
            }
        });
        return fired;
    }

    private static Map<String, Long> byRule(List<Conclusion> conclusions) {
        Map<String, Long> counts = new TreeMap<>();
        conclusions.forEach(conclusion -> counts.merge(conclusion.rule(), 1L, Long::sum));
        return counts;
    }
}
