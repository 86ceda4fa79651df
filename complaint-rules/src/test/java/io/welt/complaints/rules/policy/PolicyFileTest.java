package io.welt.complaints.rules.policy;

import io.welt.complaints.model.Effort;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SystemicActionType;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyFileTest {

    @Test
    void defaultPolicy_writtenAndReadBack_isTheSameFileAndTheSamePolicy() {
        String text = PolicyFile.write(Policy.defaults());

        Policy back = PolicyFile.read(text, "default.yaml");

        assertThat(PolicyFile.write(back)).isEqualTo(text);
        assertThat(values(back)).isEqualTo(values(Policy.defaults()));
        assertThat(back.calendar()).isSameAs(BusinessCalendar.englandAndWales());
        assertThat(text).contains("calendar: england-and-wales", "productLine:  # one product line and defect",
                "window: 30 days", "acknowledgement: 24 hours", "handling: 8.00",
                "rejectBasis: \"Consumer Rights Act 2015 ss. 20-22\"");
    }

    @Test
    void everyValueOfAPolicyUnlikeTheDefault_survivesWriteAndRead() {
        Policy odd = oddPolicy();
        Map<String, Object> defaults = values(Policy.defaults());
        Map<String, Object> changed = values(odd);
        // The test can fail only if every value differs from its default: a value the file dropped would
        // come back as the default.
        changed.forEach((name, value) -> assertThat(value).as(name).isNotEqualTo(defaults.get(name)));

        Policy back = PolicyFile.read(PolicyFile.write(odd), "odd.yaml");

        assertThat(values(back)).isEqualTo(changed);
        assertThat(PolicyFile.write(back)).isEqualTo(PolicyFile.write(odd));
    }

    @Test
    void aFileOfAFewKeys_keepsTheDefaultsOfTheRest() {
        Policy policy = PolicyFile.read("""
                repeats:
                  productLine:
                    window: 14 days
                consumerRights: eu-legal-guarantee
                safety:
                  regime: eu-gpsr-2023-988
                calendar: round-the-clock
                remedyCosts:
                  currency: eur
                """, "few.yaml");

        assertThat(policy.productLineWindow()).isEqualTo(Duration.ofDays(14));
        assertThat(policy.productLineMinComplaints()).isEqualTo(3);
        assertThat(policy.consumerRights()).isEqualTo(ConsumerRights.EU_LEGAL_GUARANTEE);
        assertThat(policy.safetyRegime()).isEqualTo(SafetyRegime.EU_GPSR_2023_988);
        assertThat(policy.calendar()).isSameAs(BusinessCalendar.roundTheClock());
        assertThat(policy.remedyCosts().currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(policy.remedyCosts().handling()).isEqualTo(new BigDecimal("8.00"));
        assertThat(PolicyFile.read("", "empty.yaml")).isSameAs(Policy.defaults());
    }

    @Test
    void unknownKey_isAnErrorNamingFileLineAndKey() {
        assertThatThrownBy(() -> PolicyFile.read("repeats:\n  productLine:\n    minComplaint: 4\n", "mine.yaml"))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith("mine.yaml:3: repeats.productLine.minComplaint: unknown key")
                .hasMessageContaining("the keys here are minComplaints, window");
        assertThatThrownBy(() -> PolicyFile.read("Repeats: {}\n", "mine.yaml"))
                .hasMessageStartingWith("mine.yaml:1: Repeats: unknown key (did you mean repeats?)");
    }

    @Test
    void badValues_areErrorsNamingLineKeyAndReason() {
        assertThat(error("targets:\n  acknowledgement: 24 hourz\n")).isEqualTo(
                "p.yaml:2: targets.acknowledgement: '24 hourz' is not a duration like 30 days, 24 hours or 90 minutes");
        assertThat(error("escalation:\n  brokenPromiseLevel: BOSS\n")).isEqualTo(
                "p.yaml:2: escalation.brokenPromiseLevel: 'BOSS' is not one of FRONTLINE, TEAM_LEADER,"
                        + " CUSTOMER_SERVICE_MANAGER, QUALITY_MANAGER, SENIOR_MANAGEMENT");
        assertThat(error("triage:\n  earlyFailureDays: ninety\n"))
                .isEqualTo("p.yaml:2: triage.earlyFailureDays: 'ninety' is not a whole number");
        assertThat(error("remedyCosts:\n  handling: -1\n"))
                .isEqualTo("p.yaml:2: remedyCosts.handling: must not be negative, was -1");
        assertThat(error("calendar:\n  zone: Europe/Rome\n  open: \"18:00\"\n  close: \"09:00\"\n  days: [MONDAY]\n"))
                .isEqualTo("p.yaml:2: calendar: close (09:00) must be after open (18:00)");
        assertThat(error("calendar:\n  zone: Europe/Rome\n  open: \"09:00\"\n  close: \"18:00\"\n  days: [MONDAY]\n"
                + "  holidays: [2026-13-01]\n"))
                .isEqualTo("p.yaml:6: calendar.holidays[0]: '2026-13-01' is not a date like 2026-12-25");
        assertThat(error("consumerRights:\n  name: Italian law\n  rejectDays: 0\n"))
                .startsWith("p.yaml:2: consumerRights.presumptionDays: is required here");
        assertThat(error("consumerRights: french-law\n")).startsWith(
                "p.yaml:1: consumerRights: 'french-law' is not a consumer-rights shape that ships: write one of"
                        + " eu-legal-guarantee, uk-consumer-rights-act-2015, or a mapping of every value");
        assertThat(error("repeats:\n  batch:\n    minComplaints: 2\n  batch:\n    minComplaints: 3\n"))
                .startsWith("p.yaml:4: ").contains("batch");
        assertThat(error("repeats: [1, 2]\n"))
                .isEqualTo("p.yaml:1: repeats: needs keys and values (a mapping), not a list");
        assertThat(error("repeats:\n  productLine: {minComplaints: 3\n")).startsWith("p.yaml:").contains("not YAML");
    }

    @Test
    void valuesThatDoNotHoldTogether_areRefusedWithTheFileAndWhy() {
        assertThat(error("targets:\n  acknowledgement: 11 days\n")).isEqualTo("p.yaml: the policy does not hold"
                + " together: resolutionTarget of LOW (PT240H) must not be shorter than acknowledgementTarget (PT264H):"
                + " a complaint is acknowledged before it is resolved");
        assertThat(error("escalation:\n  serviceChain:\n    name: short chain\n    levels: [TEAM_LEADER]\n"))
                .startsWith("p.yaml:4: escalation.serviceChain.levels: levels: a chain starts at FRONTLINE");
    }

    @Test
    void aCalendarOfOnesOwnClass_cannotBeWritten() {
        BusinessCalendar own = new BusinessCalendar() {
            @Override
            public java.time.Instant plus(java.time.Instant start, Duration workingTime) {
                return start.plus(workingTime);
            }

            @Override
            public Duration between(java.time.Instant from, java.time.Instant to) {
                return Duration.between(from, to);
            }
        };
        Policy policy = Policy.defaults().toBuilder().calendar(own).build();

        assertThatThrownBy(() -> PolicyFile.write(policy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be written to a policy file");
    }

    private static String error(String yaml) {
        try {
            PolicyFile.read(yaml, "p.yaml");
        } catch (PolicyFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("read without error: " + yaml);
    }

    /** A policy in which every value differs from the default. */
    static Policy oddPolicy() {
        SystemicCosts systemic = SystemicCosts.DEFAULTS.withForecast(400, new BigDecimal("0.35"), 2500)
                .withDamping(60, 21).withRecallCostPerUnit(new BigDecimal("5.25"));
        for (SystemicActionType type : SystemicActionType.values()) {
            SystemicCosts.Entry entry = systemic.entry(type);
            systemic = systemic.with(type, new SystemicCosts.Entry(entry.fixedCost().add(new BigDecimal("10.5")),
                    entry.reduction().compareTo(BigDecimal.ONE) < 0 ? new BigDecimal("0.99") : new BigDecimal("0.5"),
                    entry.leadTimeDays() + 2, entry.effort() == Effort.HIGH ? Effort.LOW : Effort.HIGH));
        }
        Policy.Builder b = Policy.defaults().toBuilder()
                .earlyFailureDays(60)
                .productLineRepeat(4, Duration.ofDays(21))
                .batchRepeat(3)
                .batchRate(2.5, 4)
                .supplierRepeat(3, Duration.ofDays(45))
                .customerRepeat(3, Duration.ofDays(120))
                .largeFindingSize(12)
                .findingQuietPeriod(Duration.ofDays(200))
                .acknowledgementTarget(Duration.ofHours(20))
                .warningPercent(75)
                .calendar(BusinessCalendar.workingHours(ZoneId.of("Europe/Rome"), LocalTime.of(8, 30),
                        LocalTime.of(17, 45), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                        Set.of(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 8, 15))))
                .consumerRights(new ConsumerRights("Codice del consumo", 0, 365, 730, 14, 365, "art. 130",
                        "art. 130(2) \"ripristino\"", "art. 130(7)", "art. 132(3)", "art. 129", "art. 61",
                        "artt. 52-59"))
                .remedyCosts(new RemedyCosts(Currency.getInstance("EUR"), new BigDecimal("9.5"),
                        new BigDecimal("7.25"), new BigDecimal("15"), new BigDecimal("0.45"), new BigDecimal("0.25"),
                        new BigDecimal("0.15"), new BigDecimal("95.00")))
                .systemicCosts(systemic)
                .recurrenceLag(Duration.ofDays(21))
                .minRevisedUnits(150)
                .sizeRepeat(4, 3, Duration.ofDays(75))
                .aql(new BigDecimal("0.65"))
                .safetyRegime(new SafetyRegime("Regolamento (UE) 2023/988", "artt. 9(8) e 20", "il Ministero",
                        "Safety Business Gateway", Duration.ofDays(2), Duration.ofHours(200),
                        List.of("il prodotto: modello, lotto", "il rischio")))
                .safetyWindow(Duration.ofDays(60))
                .containmentTime(Duration.ofMinutes(150))
                .stockCheckTime(Duration.ofHours(12))
                .chains(new EscalationChain("catena qualità", List.of(EscalationLevel.FRONTLINE,
                                EscalationLevel.QUALITY_MANAGER, EscalationLevel.SENIOR_MANAGEMENT)),
                        new EscalationChain("catena servizio", List.of(EscalationLevel.FRONTLINE,
                                EscalationLevel.CUSTOMER_SERVICE_MANAGER, EscalationLevel.SENIOR_MANAGEMENT)))
                .brokenPromiseLevel(EscalationLevel.CUSTOMER_SERVICE_MANAGER)
                .levelFor(Severity.LOW, EscalationLevel.TEAM_LEADER)
                .levelFor(Severity.MEDIUM, EscalationLevel.TEAM_LEADER)
                .levelFor(Severity.HIGH, EscalationLevel.QUALITY_MANAGER)
                .levelFor(Severity.CRITICAL, EscalationLevel.SENIOR_MANAGEMENT);
        for (EscalationLevel level : EscalationLevel.values()) {
            if (level != EscalationLevel.FRONTLINE) {
                b.responseTime(level, Policy.defaults().responseTime(level).plusMinutes(30));
            }
        }
        for (Severity severity : Severity.values()) {
            b.resolutionTarget(severity, Policy.defaults().resolutionTarget(severity).plusDays(1));
        }
        return b.build();
    }

    /**
     * Every value a policy holds, by name: each public getter without arguments (so that a value added to
     * Policy later is compared too), the values kept per severity and level, and the parts of the calendar
     * and the management options' cost table, which have no equals of their own.
     */
    static Map<String, Object> values(Policy policy) {
        Map<String, Object> values = new TreeMap<>();
        for (Method method : Policy.class.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() != Policy.class || method.getName().equals("toBuilder")
                    || method.getName().equals("hashCode") || method.getName().equals("toString")) {
                continue;
            }
            Object value;
            try {
                value = method.invoke(policy);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (value instanceof BusinessCalendar calendar) {
                value = calendar instanceof BusinessCalendar.WorkingHours hours
                        ? List.of(hours.zone(), hours.open(), hours.close(), hours.workingDays(), hours.holidays())
                        : calendar.toString();
            } else if (value instanceof SystemicCosts costs) {
                Map<String, Object> parts = new TreeMap<>();
                for (SystemicActionType type : SystemicActionType.values()) {
                    parts.put(type.name(), costs.entry(type));
                }
                parts.put("horizonDays", costs.horizonDays());
                parts.put("remainingShare", costs.remainingShare());
                parts.put("defaultExposureUnits", costs.defaultExposureUnits());
                parts.put("recallCostPerUnit", costs.recallCostPerUnit());
                parts.put("halfLifeDays", costs.halfLifeDays());
                parts.put("minPaceDays", costs.minPaceDays());
                value = parts;
            }
            values.put(method.getName(), value);
        }
        for (Severity severity : Severity.values()) {
            values.put("levelFor(" + severity + ")", policy.levelFor(severity));
            values.put("resolutionTarget(" + severity + ")", policy.resolutionTarget(severity));
        }
        for (EscalationLevel level : EscalationLevel.values()) {
            if (level != EscalationLevel.FRONTLINE) {
                values.put("responseTime(" + level + ")", policy.responseTime(level));
            }
        }
        return values;
    }
}
