package io.welt.complaints.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every standard rule has a constant in RuleNames and every constant names a standard rule. */
class RuleNamesTest {

    @Test
    void constantsAndRuleFilesAgree() throws IllegalAccessException {
        List<String> inFiles = new ArrayList<>();
        Matcher rule = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE).matcher("");
        for (String file : ComplaintRules.STANDARD_RULE_FILES) {
            rule.reset(ComplaintRules.standardRuleText(file));
            while (rule.find()) {
                inFiles.add(rule.group(1));
            }
        }
        List<String> constants = new ArrayList<>();
        for (Field field : RuleNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(inFiles).doesNotHaveDuplicates().hasSize(87);
        assertThat(constants).containsExactlyInAnyOrderElementsOf(inFiles);
    }
}
