package io.welt.complaints.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RuleCompilationException;

import org.junit.jupiter.api.Test;

/**
 * Issue #7: a rule file that does not compile names file, line AND column. One parse error whose
 * position the parser knows (its own text says "Line 6:25"): the ')' where a value belongs, at
 * column 26 (1-based; 25 counted from 0) of line 6.
 */
class CompileErrorColumnTest {

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
    void aParseError_namesItsColumn() {
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ComplaintRules.builder().addRules("parse.drl", PARSE_ERROR).build());
        assertThat(e).isNotNull();
        assertThat(e.errors()).as(e.getMessage()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("parse.drl");
            assertThat(error.line()).isEqualTo(6);
            assertThat(error.column()).isIn(25, 26);
        });
    }
}
