package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** {@code --rules}: rule files of one's own join the standard rules; broken or missing ones stop the command. */
class RulesOptionTest {

    /** A late delivery is LOW by default. */
    private static final String LATE = HEADER + "C-1,2026-02-01,CU-1,CH-42,LATE_DELIVERY,Chelsea boot,,\n";
    private static final String NEXT_DAY = """
            package com.example.shop;
            import io.welt.complaints.model.*;

            rule "Next day: a late delivery is MEDIUM here"
            when
                Complaint( defect == "LATE_DELIVERY", $id : id )
            then
                insertLogical( new SeverityAssessment( $id, Severity.MEDIUM, drools.getRule().getName(),
                        "We promise next-day delivery" ) );
            end
            """;
    private static final String BROKEN = """
            package com.example.shop;
            import io.welt.complaints.model.*;

            rule "Broken: unknown fact type"
            when
                Complaynt( defect == "SIZING" )
            then
            end
            """;

    private final Cli cli;

    RulesOptionTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    @Test
    void withoutRules_aLateDeliveryIsLow() {
        assertThat(cli.assessJson(LATE).json().get("complaints").get(0).get("severity").asText()).isEqualTo("LOW");
    }

    @Test
    void addedRuleFile_raisesTheSeverity() {
        Cli.Result result = cli.assessJson(LATE, "--rules", cli.file("next-day.drl", NEXT_DAY));

        assertThat(result.status()).as(result.err()).isZero();
        var complaint = result.json().get("complaints").get(0);
        assertThat(complaint.get("severity").asText()).isEqualTo("MEDIUM");
        assertThat(complaint.get("rule").asText()).isEqualTo("Next day: a late delivery is MEDIUM here");
    }

    @Test
    void rulesGivenTwice_addsBothFiles() {
        String other = NEXT_DAY.replace("Next day: a late delivery is MEDIUM here", "Other: nothing").replace(
                "LATE_DELIVERY", "NO_SUCH_CODE");

        Cli.Result result = cli.assessJson(LATE, "--rules", cli.file("other.drl", other), "--rules=" + cli.file(
                "next-day.drl", NEXT_DAY));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("complaints").get(0).get("severity").asText()).isEqualTo("MEDIUM");
    }

    @Test
    void severalFilesAfterOneRules_isAUsageErrorSayingHow() {
        Cli.Result result = cli.assessJson(LATE, "--rules", cli.file("a.drl", NEXT_DAY), cli.file("b.drl", NEXT_DAY));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("give --rules once for each rule file");
    }

    @Test
    void brokenRuleFile_exitsTwoWithEveryErrorAsFileLineColumn() {
        Cli.Result result = cli.assessJson(LATE, "--rules", cli.file("broken.drl", BROKEN));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("the rule files do not compile").containsPattern(
                "(?m)^broken\\.drl:6:\\d+: .*Complaynt");
    }

    @Test
    void missingRuleFile_exitsTwoNamingIt() {
        Cli.Result result = cli.assessJson(LATE, "--rules", cli.path("nowhere.drl"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("cannot read --rules").contains("nowhere.drl").contains("no such file");
    }

    @Test
    void directoryAsRuleFile_exitsTwoSayingSo() {
        Cli.Result result = cli.assessJson(LATE, "--rules", cli.path(""));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("cannot read --rules").contains("it is a directory");
    }

    @Test
    void ruleFileNamedLikeAStandardOne_exitsTwoSayingSo() {
        Cli.Result result = cli.assessJson(LATE, "--rules", cli.file("triage.drl", NEXT_DAY));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("triage.drl").contains("a standard rule file has that name");
    }
}
