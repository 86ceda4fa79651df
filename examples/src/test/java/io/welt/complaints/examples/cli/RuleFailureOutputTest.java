package io.welt.complaints.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** What a failing rule puts on stderr (issue 20): its name and the type it threw, never a customer's words. */
class RuleFailureOutputTest {

    private final Cli cli;

    RuleFailureOutputTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    @Test
    void ruleThrowingWithTheDescription_isReportedByNameAndType() {
        String drl = """
                package com.example.boom;
                import io.welt.complaints.model.*;
                rule "Mine: quotes the customer"
                when
                    $c : Complaint( description != "" )
                then
                    throw new IllegalStateException( "customer wrote: " + $c.description() );
                end
                """;
        Cli.Result result = cli.assessJson(HEADER + "C-1,2026-02-01,CU-1,CH-42,STITCHING,Chelsea boot,,my heel broke on the stairs\n",
                "--rules", cli.file("boom.drl", drl));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("the assessment failed: rule \"Mine: quotes the customer\" threw"
                + " java.lang.IllegalStateException").doesNotContain("heel").doesNotContain("customer wrote");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aForeignExceptionsMessage_isNotShown() {
        RuntimeException foreign = (RuntimeException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Integer.parseInt("my heel broke"));
        assertThat(Main.failure(foreign)).doesNotContain("heel").contains("java.lang.NumberFormatException");
    }
}
