package io.welt.complaints.rules;

import io.welt.complaints.rules.internal.StandardRules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's rules table is where a newcomer looks a rule up: it names every standard rule, each in
 * its file, and its count of rules and files is the count of the rule files themselves.
 */
class ReadmeRulesTest {

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| ([^|]+?) \\| ([\\w-]+\\.drl) \\|");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");

    @Test
    void the_rules_table_names_every_standard_rule_in_its_file_and_nothing_else() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(readme());
        while (row.find()) {
            assertThat(rows.put(row.group(1), row.group(2))).as("%s listed twice", row.group(1)).isNull();
        }

        Map<String, String> rules = standardRules();
        assertThat(rows).as("the README's rules table, rule -> file").isEqualTo(rules);
    }

    @Test
    void the_count_of_rules_and_files_is_the_count_of_the_rule_files() throws IOException {
        String sentence = spelled(standardRules().size()) + " rules in " + spelled(StandardRules.FILES.size()) + " files";
        assertThat(readme()).as("the README says how many rules there are").contains(
                Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
    }

    private static Map<String, String> standardRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String file : StandardRules.FILES) {
            Matcher rule = RULE.matcher(StandardRules.text(file));
            while (rule.find()) {
                rules.put(rule.group(1), file);
            }
        }
        return rules;
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"));
    }

    /** A count as the README writes it: eighty-seven, seven. */
    static String spelled(int n) {
        if (n < 20) {
            return NUMBERS.get(n);
        }
        if (n < 100) {
            return TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + NUMBERS.get(n % 10));
        }
        throw new IllegalArgumentException("no words for " + n + " yet");
    }
}
