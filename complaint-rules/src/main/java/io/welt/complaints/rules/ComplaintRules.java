package io.welt.complaints.rules;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.facts.ComplaintSeries;
import io.welt.complaints.rules.facts.FindingGroup;
import io.welt.complaints.rules.facts.OrderComplaints;
import io.welt.complaints.rules.internal.LogValidator;
import io.welt.complaints.rules.internal.ProblemLinks;
import io.welt.complaints.rules.internal.RuleBase;
import io.welt.complaints.rules.internal.RuleSource;
import io.welt.complaints.rules.internal.SeriesIndex;
import io.welt.complaints.rules.internal.SessionFacts;
import io.welt.complaints.rules.internal.StandardRules;
import io.welt.complaints.rules.internal.ValidatedLog;
import io.welt.complaints.rules.policy.Policy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Rule authors add rule files of their own, or replace a standard one, without forking:
 * <pre>{@code
 * ComplaintRules bagRules = ComplaintRules.builder()
 *         .categories(strapFailure, zipFailure)
 *         .addRules(Path.of("rules/bags.drl"))
 *         .build();
 * }</pre>
 * Rules are code: load them only from sources you trust, never from complaint submitters.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument, naming it.
 */
public final class ComplaintRules {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintRules.class);

    /** The standard rule files, one per concern, in the order they are compiled. */
    public static final List<String> STANDARD_RULE_FILES = StandardRules.FILES;

    /** The standard texts, read once. */
    private static final class StandardSources {
        static final List<RuleSource> SOURCES = StandardRules.sources();
    }

    /** The standard rules, compiled once on first use and shared. */
    private static final class StandardHolder {
        static final RuleBase STANDARD = RuleBase.compile(StandardSources.SOURCES);
    }

    private final RuleBase ruleBase;
    private final Policy policy;
    private final Taxonomy taxonomy;

    /** The wall time of one session, or null for none. */
    private final java.time.Duration maxSessionTime;
    /** The matches one session may hold waiting to fire, or 0 for the limit scaled to the log. */
    private final long maxPendingMatches;

    private ComplaintRules(RuleBase ruleBase, Policy policy, Taxonomy taxonomy, java.time.Duration maxSessionTime,
                           long maxPendingMatches) {
        this.ruleBase = ruleBase;
        this.policy = policy;
        this.taxonomy = taxonomy;
        this.maxSessionTime = maxSessionTime;
        this.maxPendingMatches = maxPendingMatches;
    }

    /**
     * The standard rules under the default policy and taxonomy. The compiled rules are shared.
     *
     * @return the standard rules, ready to assess
     */
    public static ComplaintRules standard() {
        return builder().build();
    }

    /**
     * Starts rules of your own: a policy, a taxonomy, further categories, further DRL.
     *
     * @return a new builder, with the standard rules, the default policy and the default taxonomy
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The policy these rules assess under: every threshold, window, target, cost and calendar.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * The defect taxonomy these rules read complaint codes by.
     *
     * @return the taxonomy
     */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Assesses a log as of {@code asOf}. Records that cannot be assessed are rejected with their
     * reason and never stop the rest; same log and clock, equal assessment.
     *
     * @param log  the complaints, products, batches, actions and people's steps to assess
     * @param asOf the clock of the time rules; the system clock is never read
     * @return what the rules concluded, with the records rejected
     * @throws RunawayRulesException when a rule keeps firing, or a session limit is reached
     * @throws RuleFailedException when a rule throws, naming the rule and the type thrown
     * @throws AssessmentOutOfMemoryError when the heap runs out, naming the stage; the rules stay usable
     * @throws NullPointerException when {@code log} or {@code asOf} is null
     */
    public Assessment assess(ComplaintLog log, Instant asOf) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(asOf, "asOf");
        String[] stage = {"checking the log of " + log.complaints().size() + " complaints"};
        try {
            return assess(log, asOf, stage);
        } catch (AssessmentOutOfMemoryError e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new AssessmentOutOfMemoryError(stage[0], e);
        } catch (RuntimeException e) {
            OutOfMemoryError hidden = AssessmentOutOfMemoryError.find(e);
            if (hidden != null) {
                throw new AssessmentOutOfMemoryError(stage[0], e);
            }
            throw e;
        }
    }

    /** The assessment, with {@code stage[0]} naming what it is doing, for a failure to say. */
    private Assessment assess(ComplaintLog log, Instant asOf, String[] stage) {
        long t0 = System.nanoTime();
        ValidatedLog valid = new LogValidator(taxonomy).validate(log, asOf);
        long t1 = System.nanoTime();
        stage[0] = "building the facts of " + valid.complaints().size() + " complaints";
        Map<String, Complaint> byId = new HashMap<>(Math.max(16, valid.complaints().size() * 4 / 3 + 1));
        for (Complaint complaint : valid.complaints()) {
            byId.putIfAbsent(complaint.id(), complaint);
        }
        People people = People.validate(log, byId.keySet(), asOf);
        List<Object> facts = SessionFacts.of(ruleBase, policy, taxonomy, valid, log.rootCauses(), people.acknowledgements(),
                byId::get, asOf).all();
        facts.addAll(valid.complaints());
        if (ruleBase.canMatch(ComplaintSeries.class)) {
            facts.addAll(SeriesIndex.build(valid.complaints(), valid.batches(),
                    new SeriesIndex.Sizing(valid.products(), taxonomy)));
        }
        if (ruleBase.canMatch(OrderComplaints.class)) {
            facts.addAll(SeriesIndex.orders(valid.complaints()));
        }
        long maxFirings = SessionFacts.maxFirings(facts.size());
        long t2 = System.nanoTime();
        stage[0] = "running the rules on " + valid.complaints().size() + " complaints (" + facts.size() + " facts)";
        RuleBase.Result result = ruleBase.run(facts, limits(maxFirings), firstPass -> ruleBase.canMatch(FindingGroup.class)
                ? ProblemLinks.group(findingsOf(firstPass), byId::get, valid.batches()::get, taxonomy)
                : List.of());
        long t3 = System.nanoTime();
        stage[0] = "assembling the assessment of " + valid.complaints().size() + " complaints";
        Assessment assessment = Assessment.assemble(asOf, valid.complaints(), valid.actions(), log.rootCauses(), result.conclusions(),
                concat(valid.rejected(), people.rejected()), result.firedRules(), people);
        long t4 = System.nanoTime();
        LOG.debug("assessed {} complaints ({} rejected): validate {} ms, facts {} ms, rules {} ms, assemble {} ms",
                valid.complaints().size(), valid.rejected().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return assessment;
    }

    /**
     * Starts a monitor over {@code history} as of {@code asOf}: the rules kept warm for a host that
     * calls them for every new complaint. Close it when done.
     *
     * @param history the log so far; its bad records are rejected as {@link #assess} rejects them
     * @param asOf    the monitor's clock to start with
     * @return an open monitor, to be closed when done
     * @throws RunawayRulesException when a rule keeps firing, or a session limit is reached
     * @throws RuleFailedException when a rule throws, naming the rule and the type thrown
     * @throws AssessmentOutOfMemoryError when the heap runs out while the history is loaded
     * @throws NullPointerException when {@code history} or {@code asOf} is null
     */
    public ComplaintMonitor monitor(ComplaintLog history, Instant asOf) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(asOf, "asOf");
        LogValidator validator = new LogValidator(taxonomy);
        ValidatedLog valid = validator.validate(history, asOf);
        java.util.Set<String> ids = new java.util.HashSet<>();
        valid.complaints().forEach(c -> ids.add(c.id()));
        return new ComplaintMonitor(this, validator, valid, history.rootCauses(), People.validate(history, ids, asOf), asOf);
    }

    /** The findings among conclusions. */
    static List<io.welt.complaints.model.RepeatFinding> findingsOf(java.util.Collection<? extends io.welt.complaints.model.Conclusion> conclusions) {
        List<io.welt.complaints.model.RepeatFinding> findings = new ArrayList<>();
        for (io.welt.complaints.model.Conclusion conclusion : conclusions) {
            if (conclusion instanceof io.welt.complaints.model.RepeatFinding finding) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private static List<Rejection> concat(List<Rejection> a, List<Rejection> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Rejection> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The bounds of one session for a given firing limit: the same number of matches waiting to fire at once. */
    RuleBase.Limits limits(long maxFirings) {
        return new RuleBase.Limits(maxFirings, maxPendingMatches > 0 ? maxPendingMatches : maxFirings,
                maxSessionTime == null ? 0 : maxSessionTime.toNanos());
    }

    RuleBase ruleBase() {
        return ruleBase;
    }

    /** Sessions not yet disposed of; for tests that prove none leak. */
    int openSessions() {
        return ruleBase.openSessions();
    }

    /**
     * The text of a standard rule file, e.g. to start a replacement from it.
     *
     * @param file one of {@link #STANDARD_RULE_FILES}, e.g. {@code "escalation.drl"}
     * @return its DRL text
     * @throws IllegalArgumentException when {@code file} is not a standard rule file
     * @throws NullPointerException     when {@code file} is null
     */
    public static String standardRuleText(String file) {
        return StandardRules.text(file);
    }

    private static void requireStandard(String file) {
        if (!STANDARD_RULE_FILES.contains(file)) {
            throw new IllegalArgumentException("'" + file + "' is not a standard rule file; they are " + STANDARD_RULE_FILES);
        }
    }

    /**
     * Configures the rules; each method returns this builder. The policy, the taxonomy and each limit are
     * set at most once (a second call throws {@link IllegalStateException}); categories and rule files
     * add up, and categories apply on top of the taxonomy whichever is given first.
     */
    public static final class Builder {
        private Policy policy = Policy.defaults();
        private Taxonomy taxonomy = Taxonomy.footwearAndLeather();
        private final List<DefectCategory> categories = new ArrayList<>();
        private final java.util.Set<String> given = new java.util.HashSet<>();
        /** Standard files by name (null text: the library's own), then the author's, in the order added. */
        private final Map<String, String> files = new LinkedHashMap<>();
        private java.time.Duration maxSessionTime;
        private long maxPendingMatches;

        private Builder() {
            STANDARD_RULE_FILES.forEach(file -> files.put(file, null));
        }

        /**
         * Adds a rule file given as text.
         *
         * @param name the name errors are reported under, ending in ".drl"
         * @param drl  the rules
         * @return this builder
         * @throws IllegalArgumentException when a file of that name was already added or is standard
         * @throws NullPointerException     when {@code name} or {@code drl} is null
         */
        public Builder addRules(String name, String drl) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(drl, "drl");
            if (!name.endsWith(".drl") || name.contains("/") || name.contains("\\")) {
                throw new IllegalArgumentException("a rule file's name is a plain file name ending in .drl, was '" + name + "'");
            }
            if (files.containsKey(name)) {
                throw new IllegalArgumentException("rules named '" + name + "' were already added"
                        + (STANDARD_RULE_FILES.contains(name) ? "; to replace a standard file use replaceRules" : ""));
            }
            files.put(name, drl);
            return this;
        }

        /**
         * Adds a rule file from the file system; errors are reported under its file name.
         *
         * @param file the {@code .drl} file
         * @return this builder
         * @throws UncheckedIOException     when the file cannot be read
         * @throws IllegalArgumentException when a file of that name was already added or is standard
         * @throws NullPointerException     when {@code file} is null
         */
        public Builder addRules(Path file) {
            Objects.requireNonNull(file, "file");
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule file " + file + ": " + e.getMessage(), e);
            }
            return addRules(file.getFileName().toString(), ruleText(file.getFileName().toString(), bytes));
        }

        /**
         * The DRL in {@code bytes}, read as UTF-8 (a byte-order mark is dropped).
         *
         * @throws IllegalArgumentException saying what the file is instead: binary (it holds NUL bytes), or
         *                                  text in another encoding (the first byte that is not UTF-8, by line)
         */
        static String ruleText(String name, byte[] bytes) {
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            for (int i = start; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new IllegalArgumentException("the rule file " + name + " is a binary file (it holds a NUL"
                            + " byte at byte " + i + "), not DRL text");
                }
            }
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(in).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                int at = in.position();
                int line = 1;
                for (int i = start; i < at && i < bytes.length; i++) {
                    line += bytes[i] == '\n' ? 1 : 0;
                }
                throw new IllegalArgumentException("the rule file " + name + " is not UTF-8 text (byte "
                        + String.format("0x%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF) + " on line " + line
                        + " is not UTF-8; a file saved as Windows-1252 or Latin-1, perhaps): save it as UTF-8");
            }
        }

        /**
         * Adds a rule file from the class path of {@code loader}, e.g. "com/acme/rules/bags.drl".
         *
         * @param loader   the class loader to read it with
         * @param resource its path on the class path
         * @return this builder
         * @throws IllegalArgumentException when there is no such resource, or a file of that name was already
         *                                  added or is standard
         * @throws NullPointerException     when {@code loader} or {@code resource} is null
         */
        public Builder addRulesFromClasspath(ClassLoader loader, String resource) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no rule file '" + resource + "' on the class path");
                }
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                return addRules(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule file " + resource, e);
            }
        }

        /**
         * Replaces one standard rule file (e.g. "escalation.drl") with your own text; the other standard
         * files stay. Rules in other files that chain on the replaced file's conclusions will see only yours.
         *
         * @param standardFile one of {@link #STANDARD_RULE_FILES}
         * @param drl          the rules to use instead
         * @return this builder
         * @throws IllegalArgumentException when {@code standardFile} is not one of {@link #STANDARD_RULE_FILES}
         * @throws NullPointerException     when {@code standardFile} or {@code drl} is null
         */
        public Builder replaceRules(String standardFile, String drl) {
            requireStandard(standardFile);
            files.put(standardFile, Objects.requireNonNull(drl, "drl"));
            return this;
        }

        /**
         * Bounds the wall time of each session's work: an assessment, a monitor's opening, each submission,
         * update and move of the clock. Past it the session is halted and {@link RunawayRulesException}
         * ({@link RunawayRulesException.Limit#WALL_TIME}) names the rule that fired or matched most in the
         * last window. Default: none (a million complaints take half a minute and more). Returns this builder.
         *
         * @param limit the longest a session may work
         * @return this builder
         * @throws IllegalArgumentException when not positive
         * @throws NullPointerException     when {@code limit} is null
         */
        public Builder maxSessionTime(java.time.Duration limit) {
            once("maxSessionTime");
            Objects.requireNonNull(limit, "limit");
            if (limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException("the session time limit must be positive, was " + limit);
            }
            this.maxSessionTime = limit;
            return this;
        }

        /**
         * Bounds each session's working memory: the matches it may hold waiting to fire at once. A join of
         * unconstrained patterns ({@code Complaint() Complaint() Complaint()}) builds all its matches before
         * the first firing, where a firing limit cannot stop it; past this limit the session is halted and
         * {@link RunawayRulesException} ({@link RunawayRulesException.Limit#PENDING_MATCHES}) names the rule
         * that matched most. Default: the firing limit of the log (at least 100 per fact and the square of
         * the facts up to ten million), far above what the standard rules hold. Returns this builder.
         *
         * @param limit the most matches a session may hold waiting to fire
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxPendingMatches(long limit) {
            once("maxPendingMatches");
            if (limit <= 0) {
                throw new IllegalArgumentException("the pending-match limit must be positive, was " + limit);
            }
            this.maxPendingMatches = limit;
            return this;
        }

        /**
         * The thresholds, windows and targets (default {@link Policy#defaults()}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(Policy policy) {
            once("policy");
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The defect taxonomy (default {@link Taxonomy#footwearAndLeather()}).
         *
         * @param taxonomy the taxonomy
         * @return this builder
         */
        public Builder taxonomy(Taxonomy taxonomy) {
            once("taxonomy");
            this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
            return this;
        }

        /**
         * Adds categories to the taxonomy, each replacing any category with the same code; they apply on
         * top of the taxonomy, whether it is given before or after them.
         *
         * @param categories the categories to add, e.g. a bag maker's STRAP_FAILURE
         * @return this builder
         */
        public Builder categories(DefectCategory... categories) {
            for (DefectCategory category : categories) {
                this.categories.add(Objects.requireNonNull(category, "category"));
            }
            return this;
        }

        private void once(String what) {
            if (!given.add(what)) {
                throw new IllegalStateException(what + " already set on this builder");
            }
        }

        /**
         * Compiles the rules, or reuses the compiled standard rules.
         *
         * @return the rules, immutable and thread-safe
         * @throws RuleCompilationException when a rule file does not compile, listing every error
         */
        public ComplaintRules build() {
            Taxonomy taxonomy = categories.isEmpty() ? this.taxonomy
                    : this.taxonomy.with(categories.toArray(DefectCategory[]::new));
            boolean standardOnly = files.values().stream().allMatch(Objects::isNull);
            if (standardOnly) {
                return new ComplaintRules(StandardHolder.STANDARD, policy, taxonomy, maxSessionTime,
                        maxPendingMatches);
            }
            List<RuleSource> sources = new ArrayList<>();
            files.forEach((name, text) -> sources.add(new RuleSource(name, text != null ? text
                    : StandardSources.SOURCES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().text())));
            return new ComplaintRules(RuleBase.compile(sources), policy, taxonomy, maxSessionTime,
                    maxPendingMatches);
        }
    }
}
