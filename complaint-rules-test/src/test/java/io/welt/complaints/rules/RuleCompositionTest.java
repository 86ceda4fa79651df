package io.welt.complaints.rules;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.Severity;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.welt.complaints.model.EscalationLevel.QUALITY_MANAGER;
import static io.welt.complaints.model.FindingScope.PRODUCT_LINE;
import static io.welt.complaints.model.FindingScope.SUPPLIER;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule authors extend the taxonomy and the rules without forking, and broken rules say where they break. */
class RuleCompositionTest {

    private static final DefectCategory STRAP_FAILURE = new DefectCategory("STRAP_FAILURE", "Strap failure",
            ProcessStage.CLOSING, false, true, false, false, Severity.MEDIUM);
    private static final DefectCategory BUCKLE_CORROSION = new DefectCategory("BUCKLE_CORROSION", "Buckle corrosion",
            ProcessStage.FINISHING, true, true, false, false, Severity.LOW);
    private static final DefectCategory TOE_CAP_CRACK = new DefectCategory("TOE_CAP_CRACK", "Toe cap cracked",
            ProcessStage.MAKING, true, true, false, true, Severity.HIGH);

    private final Product tote = aProduct("TT-1", "Tote bag").build();
    private final Product belt = aProduct("BT-1", "Belt").build();

    @Test
    void theStandardRules_areTheOnesCompiledAtBuildTime_anyOtherFileIsCompiledFromDrl() {
        // The build compiles the standard files once (complaint-rules' pom); a fresh JVM loads them in a
        // fraction of the DRL compile. Any change to the set of files compiles the DRL as before.
        assertThat(ComplaintRules.standard().ruleBase().precompiled()).isTrue();
        assertThat(ComplaintRules.builder().addRules("noop.drl", "package x;").build().ruleBase().precompiled()).isFalse();
        String triage = ComplaintRules.standardRuleText("triage.drl");
        assertThat(ComplaintRules.builder().replaceRules("triage.drl", triage + "\n// changed\n").build().ruleBase()
                .precompiled()).isFalse();
    }

    @Test
    void newCategory_joinsTriageRepeatsAndEscalationWithNoRuleChange() {
        ComplaintRules rules = ComplaintRules.builder().categories(STRAP_FAILURE, TOE_CAP_CRACK, BUCKLE_CORROSION).build();
        Complaint s1 = aComplaint().on(tote).withDefect("STRAP_FAILURE").receivedDaysAgo(9).build();
        Complaint s2 = aComplaint().on(tote).withDefect("STRAP_FAILURE").receivedDaysAgo(6).build();
        Complaint s3 = aComplaint().on(tote).withDefect("STRAP_FAILURE").receivedDaysAgo(2).build();
        Complaint crack = aComplaint().on(tote).withDefect("TOE_CAP_CRACK").receivedHoursAgo(2).build();
        Complaint b1 = aComplaint().on(tote).withSupplier("Brass & Co").withDefect("BUCKLE_CORROSION").receivedDaysAgo(5).build();
        Complaint b2 = aComplaint().on(belt).withSupplier("Brass & Co").withDefect("BUCKLE_CORROSION").receivedDaysAgo(4).build();
        RulesVerifier.forRules(rules).given(tote, belt, s1, s2, s3, crack, b1, b2)
                .expectSeverity(s1, Severity.MEDIUM)
                .expectSeverity(crack, Severity.CRITICAL).byRule(RuleNames.TRIAGE_SAFETY_DEFECT)
                .expectEscalation(crack, QUALITY_MANAGER)
                .expectFinding(PRODUCT_LINE, "Tote bag", "STRAP_FAILURE", s1, s2, s3)
                .expectFinding(SUPPLIER, "Brass & Co", "BUCKLE_CORROSION", b1, b2);
        RulesVerifier.forStandardRules().given(tote, s1).expectRejected(s1.id(), "defect");
    }

    @Test
    void ownRules_fromTheClasspathJoinTheStandardOnes() {
        ComplaintRules rules = ComplaintRules.builder().categories(STRAP_FAILURE)
                .addRulesFromClasspath(getClass().getClassLoader(), "io/welt/complaints/rules/extra/totes.drl").build();
        Complaint onTote = aComplaint().on(tote).withDefect("STRAP_FAILURE").build();
        Complaint onBelt = aComplaint().on(belt).withDefect("STRAP_FAILURE").build();
        RulesVerifier.forRules(rules).given(tote, belt, onTote, onBelt)
                .expectSeverity(onTote, Severity.HIGH).byRule("Totes: strap failure on a tote is HIGH")
                .expectSeverity(onBelt, Severity.MEDIUM);
    }

    @Test
    void ownRules_fromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("late.drl");
        Files.writeString(file, """
                package com.example;
                import io.welt.complaints.model.*;
                rule "Late: any late delivery is MEDIUM here"
                when
                    Complaint( defect == "LATE_DELIVERY", $id : id )
                then
                    insertLogical( new SeverityAssessment( $id, Severity.MEDIUM, drools.getRule().getName(), "We promise next-day delivery" ) );
                end
                """);
        ComplaintRules rules = ComplaintRules.builder().addRules(file).build();
        Complaint late = aComplaint().on(tote).withDefect("LATE_DELIVERY").build();
        RulesVerifier.forRules(rules).given(tote, late)
                .expectSeverity(late, Severity.MEDIUM).byRule("Late: any late delivery is MEDIUM here");
        RulesVerifier.forStandardRules().given(tote, late).expectSeverity(late, Severity.LOW);
    }

    @Test
    void replaceRules_swapsOneStandardFile() {
        String quiet = ComplaintRules.standardRuleText("escalation.drl")
                .replace("rule \"Escalate: product or supply pattern\"", "rule \"Escalate: product or supply pattern\"\n    enabled false");
        ComplaintRules rules = ComplaintRules.builder().replaceRules("escalation.drl", quiet).build();
        Complaint c1 = aComplaint().on(tote).receivedDaysAgo(3).build();
        Complaint c2 = aComplaint().on(tote).receivedDaysAgo(2).build();
        Complaint c3 = aComplaint().on(tote).receivedDaysAgo(1).build();
        RulesVerifier.forRules(rules).verifyThat(RuleNames.ESCALATE_PRODUCT_PATTERN).given(tote, c1, c2, c3).doesNotFire();
        RulesVerifier.forStandardRules().verifyThat(RuleNames.ESCALATE_PRODUCT_PATTERN).given(tote, c1, c2, c3).fires();
    }

    @Test
    void brokenRules_areReportedWithFileLineAndColumn() {
        String broken = """
                package com.example;
                import io.welt.complaints.model.*;

                rule "Broken: unknown fact type"
                when
                    Complaynt( defect == "SIZING" )
                then
                end
                """;
        assertThatThrownBy(() -> ComplaintRules.builder().addRules("broken.drl", broken).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.file()).isEqualTo("broken.drl"));
                    assertThat(e.errors()).anySatisfy(error -> assertThat(error.line()).isEqualTo(6));
                    assertThat(e.getMessage()).contains("broken.drl:6");
                });
    }

    @Test
    void badRuleSources_areRefusedUpFront() {
        assertThatThrownBy(() -> ComplaintRules.builder().addRules("triage.drl", "package x;"))
                .hasMessageContaining("replaceRules");
        assertThatThrownBy(() -> ComplaintRules.builder().addRules("notes.txt", "package x;"))
                .hasMessageContaining(".drl");
        assertThatThrownBy(() -> ComplaintRules.builder().replaceRules("options.drl", "package x;"))
                .hasMessageContaining("not a standard rule file");
        assertThatThrownBy(() -> ComplaintRules.builder().addRulesFromClasspath(getClass().getClassLoader(), "nowhere/x.drl"))
                .hasMessageContaining("nowhere/x.drl");
        assertThatThrownBy(() -> ComplaintRules.builder().addRules(Path.of("/no/such/dir/rules.drl")))
                .hasMessageContaining("/no/such/dir/rules.drl");
    }
}
