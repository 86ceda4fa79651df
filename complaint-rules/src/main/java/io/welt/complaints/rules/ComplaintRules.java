package io.welt.complaints.rules;

import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.internal.LogValidator;
import io.welt.complaints.rules.internal.RuleBase;
import io.welt.complaints.rules.internal.RuleSource;
import io.welt.complaints.rules.internal.SeriesIndex;
import io.welt.complaints.rules.internal.ValidatedLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: the standard rules (and any of your own), compiled once, assessing complaint
 * logs as of a given clock. Build it once and share it: it is immutable and thread-safe, and every
 * assessment runs in a session of its own.
 *
 * <pre>{@code
 * ComplaintRules rules = ComplaintRules.standard();
 * ComplaintLog log = ComplaintLog.builder().products(products).complaints(complaints).build();
 * Assessment assessment = rules.assess(log, Instant.parse("2026-03-01T09:00:00Z"));
 * assessment.findings().forEach(f -> System.out.println(f.reason()));
 * }</pre>
 */
public final class ComplaintRules {

    /** The standard rule files, one per concern, in the order they are compiled. */
    public static final List<String> STANDARD_RULE_FILES = List.of("triage.drl", "repeats.drl", "escalation.drl");

    private static final class StandardHolder {
        static final RuleBase STANDARD = RuleBase.compile(standardSources());
    }

    private final RuleBase ruleBase;
    private final Policy policy;
    private final Taxonomy taxonomy;

    private ComplaintRules(RuleBase ruleBase, Policy policy, Taxonomy taxonomy) {
        this.ruleBase = ruleBase;
        this.policy = policy;
        this.taxonomy = taxonomy;
    }

    /** The standard rules under the default policy and taxonomy. The compiled rules are shared. */
    public static ComplaintRules standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Policy policy() {
        return policy;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Assesses a log as of {@code asOf}. Records that cannot be assessed are rejected with their
     * reason and never stop the rest; same log and clock, equal assessment.
     *
     * @throws RunawayRulesException when a rule keeps firing
     */
    public Assessment assess(ComplaintLog log, Instant asOf) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(asOf, "asOf");
        ValidatedLog valid = new LogValidator(taxonomy).validate(log, asOf);
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.add(new AssessmentClock(asOf, policy.getCalendar()));
        facts.addAll(taxonomy.categories());
        facts.addAll(valid.products().values());
        facts.addAll(valid.batches().values());
        facts.addAll(valid.complaints());
        facts.addAll(SeriesIndex.build(valid.complaints(), valid.batches()));
        // Generous: the standard rules fire a handful of times per fact; a runaway rule fires without end.
        long maxFirings = 1_000L + 100L * facts.size();
        RuleBase.Result result = ruleBase.run(facts, maxFirings);
        return Assessment.assemble(asOf, valid.complaints(), result.conclusions(), valid.rejected(),
                result.firedRules());
    }

    private static List<RuleSource> standardSources() {
        List<RuleSource> sources = new ArrayList<>();
        for (String file : STANDARD_RULE_FILES) {
            sources.add(new RuleSource(file, resource(file)));
        }
        return sources;
    }

    private static String resource(String file) {
        String path = "/io/welt/complaints/rules/" + file;
        try (InputStream in = ComplaintRules.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the library's rule file " + path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library's rule file " + path, e);
        }
    }

    /** Configures the rules; each method returns this builder. */
    public static final class Builder {
        private Policy policy = Policy.defaults();
        private Taxonomy taxonomy = Taxonomy.footwearAndLeather();

        private Builder() {
        }

        /** The thresholds, windows and targets (default {@link Policy#defaults()}). */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The defect taxonomy (default {@link Taxonomy#footwearAndLeather()}). */
        public Builder taxonomy(Taxonomy taxonomy) {
            this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
            return this;
        }

        /** Adds categories to the taxonomy, each replacing any category with the same code. */
        public Builder categories(DefectCategory... categories) {
            this.taxonomy = taxonomy.with(categories);
            return this;
        }

        /**
         * Compiles the rules, or reuses the compiled standard rules.
         *
         * @throws RuleCompilationException when a rule file does not compile
         */
        public ComplaintRules build() {
            return new ComplaintRules(StandardHolder.STANDARD, policy, taxonomy);
        }
    }
}
