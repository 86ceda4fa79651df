package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.Conclusion;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RuleCompilationException;
import io.welt.complaints.rules.RuleNames;
import io.welt.complaints.rules.RunawayRulesException;
import io.welt.complaints.test.GeneratedLog;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Rules are code, so the facade must keep them in bounds: a runaway rule is stopped with a
 * {@link RunawayRulesException} naming it, in bounded time; a rule file that does not compile is
 * reported by file and line; and the rules come only from the sources the caller names.
 *
 * <p>Tries: two runaway shapes (a rule inserting a new fact of the type it matches, and a rule that
 * modifies the fact it matches) on a 300-complaint log, each within a generous
 * {@value #RUNAWAY_BOUND_SECONDS} s; four kinds of compile error spread over two added files; and the
 * inventory of the compiled rules (read from inside a session by a rule of the test) of the standard
 * rules plus one added file, and of the standard rules with one file replaced. The public class and
 * {@link RuleInventory} are public only so that the inventory rule can name them.
 */
public class RuleSafetyTest {

    private static final long RUNAWAY_BOUND_SECONDS = 60;

    /** A log of 300 complaints: its firing limit is large, so a runaway must still end in bounded time. */
    private static final ReliabilityLogs.Input BIG = bigInput();

    private static ReliabilityLogs.Input bigInput() {
        for (long seed = 1; ; seed++) {
            GeneratedLog log = ReliabilityLogs.denseLog(seed);
            if (log.complaints().size() >= 250) {
                return ReliabilityLogs.input(seed);
            }
        }
    }

    private static final String TICK_FOREVER = """
            package com.example.loop;
            import io.welt.complaints.model.Complaint;
            declare Tick
                n : int
            end
            rule "Loop: start ticking"
            when
                Complaint( $id : id )
                not Tick()
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

    private static final String COUNT_FOREVER = """
            package com.example.count;
            import io.welt.complaints.rules.policy.Policy;
            declare Counter
                n : long
            end
            rule "Count: make a counter"
            when
                Policy()
            then
                insert( new Counter( 0L ) );
            end
            rule "Count: modify the counter it matches"
            when
                $counter : Counter( $n : n )
            then
                modify( $counter ) { setN( $n + 1 ) }
            end
            """;

    @Test
    void aRuleInsertingFactsItMatches_isStoppedAndNamed() {
        assertRunawayStopped("loop.drl", TICK_FOREVER, "Loop: every tick makes the next");
    }

    @Test
    void aRuleModifyingTheFactItMatches_isStoppedAndNamed() {
        assertRunawayStopped("count.drl", COUNT_FOREVER, "Count: modify the counter it matches");
    }

    private static void assertRunawayStopped(String file, String drl, String rule) {
        ComplaintRules rules = ComplaintRules.builder().addRules(file, drl).build();
        RunawayRulesException stopped = assertTimeoutPreemptively(Duration.ofSeconds(RUNAWAY_BOUND_SECONDS),
                () -> catchThrowableOfType(RunawayRulesException.class, () -> rules.assess(BIG.toLog(), BIG.asOf())),
                "a runaway rule must be stopped within " + RUNAWAY_BOUND_SECONDS + " s");
        assertThat(stopped).as("the assessment is stopped with a RunawayRulesException").isNotNull();
        assertThat(stopped.rule()).isEqualTo(rule);
        assertThat(stopped.getMessage()).contains("\"" + rule + "\"");
    }

    // ---- compile errors ----

    private static final String LHS_ERRORS = """
            package com.example.lhs;
            import io.welt.complaints.model.*;

            rule "Broken: unknown fact type"
            when
                Complaynt( defect == "SIZING" )
            then
            end

            rule "Broken: unknown field"
            when
                Complaint( colour == "red" )
            then
            end
            """;

    private static final String OTHER_ERRORS = """
            package com.example.other;
            import io.welt.complaints.model.*;

            rule "Fine: a rule that compiles"
            when
                Complaint( defect == "SIZING" )
            then
            end

            rule "Broken: a consequence that is not Java"
            when
                Complaint( $id : id )
            then
                int count = "text";
            end
            """;

    private static final String PARSE_ERROR = """
            package com.example.parse;
            import io.welt.complaints.model.*;

            rule "Broken: a missing value"
            when
                Complaint( defect == )
            then
            end
            """;

    @Test
    void compileErrors_nameTheirFileAndLine_inEveryFileAdded() {
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, () -> ComplaintRules.builder()
                .addRules("lhs.drl", LHS_ERRORS).addRules("other.drl", OTHER_ERRORS).build());
        assertThat(e).as("the rules do not compile").isNotNull();
        assertThat(e.errors()).extracting(RuleCompilationException.Error::file).containsOnly("lhs.drl", "other.drl");
        assertThat(e.errors()).filteredOn(error -> error.file().equals("lhs.drl"))
                .extracting(RuleCompilationException.Error::line).containsExactlyInAnyOrder(6, 12);
        // The Java compiler's errors in a consequence come back at the rule (line 10) or within it (to 15).
        assertThat(e.errors()).filteredOn(error -> error.file().equals("other.drl")).singleElement()
                .satisfies(error -> assertThat(error.line()).isBetween(10, 15));
        assertThat(e.getMessage()).contains("lhs.drl:6:", "lhs.drl:12:", "other.drl:1");

        assertThatThrownBy(() -> ComplaintRules.builder().addRules("parse.drl", PARSE_ERROR).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, parse -> {
                    assertThat(parse.errors()).allSatisfy(error -> assertThat(error.file()).isEqualTo("parse.drl"));
                    assertThat(parse.errors()).anySatisfy(error -> assertThat(error.line()).isEqualTo(6));
                    assertThat(parse.getMessage()).contains("parse.drl:6:");
                });
    }

    // ---- where rules come from ----

    /** Every rule name of the rule base the session runs on, as a rule of the test reads it. */
    public record RuleInventory(Set<String> names, String rule, String reason) implements Conclusion {
    }

    /** Called by the inventory rule from inside a session. */
    public static RuleInventory inventory(KieBase base, String rule) {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule each : kiePackage.getRules()) {
                names.add(each.getName());
            }
        }
        return new RuleInventory(names, rule, "the rules of this base");
    }

    private static final String INVENTORY = """
            package com.example.inventory;
            import io.welt.complaints.rules.policy.Policy;
            rule "Inventory: list every rule"
            when
                Policy()
            then
                insert( io.welt.complaints.rules.reliability.RuleSafetyTest.inventory(
                        kcontext.getKieRuntime().getKieBase(), drools.getRule().getName() ) );
            end
            """;

    private static Set<String> standardRuleNames() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : RuleNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static Set<String> inventoryOf(ComplaintRules rules) {
        Assessment assessment = rules.assess(BIG.toLog(), BIG.asOf());
        List<RuleInventory> inventories = assessment.conclusions(RuleInventory.class);
        assertThat(inventories).as("the inventory rule ran once").hasSize(1);
        Set<String> names = inventories.get(0).names();
        assertThat(names).as("every rule that fired is in the inventory").containsAll(assessment.firedRules().keySet());
        return names;
    }

    @Test
    void theStandardRulesPlusAnAddedFile_areExactlyTheStandardNamesPlusTheAddedOnes() throws Exception {
        Set<String> standard = standardRuleNames();
        assertThat(standard).hasSize(87);
        Set<String> expected = new TreeSet<>(standard);
        expected.add("Inventory: list every rule");

        Set<String> names = inventoryOf(ComplaintRules.builder().addRules("inventory.drl", INVENTORY).build());

        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        // A rule file on the class path (the test resources hold one) is not picked up.
        assertThat(names).doesNotContain("Totes: strap failure on a tote is HIGH");
        assertThat(getClass().getClassLoader().getResource("io/welt/complaints/rules/extra/totes.drl"))
                .as("totes.drl is on the class path").isNotNull();
    }

    @Test
    void aReplacedStandardFile_leavesOnlyItsReplacementsRules() throws Exception {
        String escalation = ComplaintRules.standardRuleText("escalation.drl");
        Matcher rule = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE).matcher(escalation);
        Set<String> escalationRules = new TreeSet<>();
        while (rule.find()) {
            escalationRules.add(rule.group(1));
        }
        assertThat(escalationRules).contains(RuleNames.ESCALATE_BY_SEVERITY).hasSize(20);
        String renamed = escalation.replace("rule \"" + RuleNames.ESCALATE_BY_SEVERITY + "\"",
                "rule \"Escalate: by severity, our way\"");

        Set<String> names = inventoryOf(ComplaintRules.builder().replaceRules("escalation.drl", renamed)
                .addRules("inventory.drl", INVENTORY).build());

        Set<String> expected = new TreeSet<>(standardRuleNames());
        expected.remove(RuleNames.ESCALATE_BY_SEVERITY);
        expected.add("Escalate: by severity, our way");
        expected.add("Inventory: list every rule");
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }
}
