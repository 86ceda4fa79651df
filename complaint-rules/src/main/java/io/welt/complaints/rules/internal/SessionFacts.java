package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.facts.ActionChecks;
import io.welt.complaints.rules.facts.AssessmentClock;
import io.welt.complaints.rules.facts.AssessmentDay;
import io.welt.complaints.rules.facts.AssessmentHour;
import io.welt.complaints.rules.facts.Catalogue;
import io.welt.complaints.rules.facts.OptionCosting;
import io.welt.complaints.rules.facts.QuietCutoff;
import io.welt.complaints.rules.policy.Policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one place that turns a validated log into a session's facts, for a whole assessment and for a
 * monitor alike: the clock's four facts, and the standing facts that do not change as complaints come
 * (policy, taxonomy, master data, corrective actions, root causes, acknowledgements and the helper facts
 * made from them). The complaints and the groups made of them (series, orders) are the caller's: an
 * assessment inserts them at once, a monitor one by one. A helper fact is made only for a rule base
 * with a rule that can match it. Also the one place that says how many firings a session may take.
 *
 * @param clock    now
 * @param day      today, for rules that look back whole days
 * @param hour     now to the hour, for rules that compare instants cheaply
 * @param quiet    the instant before which a finding that saw no complaint has gone quiet
 * @param standing every other fact that stands while complaints come and go, in insertion order
 */
public record SessionFacts(AssessmentClock clock, AssessmentDay day, AssessmentHour hour, QuietCutoff quiet,
                           List<Object> standing) {

    /** A session may fire at most the square of its facts up to this many (a rule author's finite join). */
    private static final long MAX_SQUARE_FIRINGS = 10_000_000L;

    public SessionFacts {
        standing = List.copyOf(standing);
    }

    /**
     * The facts of a session over {@code log} as of {@code asOf}.
     *
     * @param complaintById finds a complaint of the session by id: the log's, or those a monitor holds now
     */
    public static SessionFacts of(RuleBase ruleBase, Policy policy, Taxonomy taxonomy, ValidatedLog log,
                                  List<RootCause> rootCauses, List<Acknowledgement> acknowledgements,
                                  Function<String, Complaint> complaintById, Instant asOf) {
        List<Object> standing = new ArrayList<>();
        standing.add(policy);
        standing.addAll(taxonomy.categories());
        standing.addAll(log.products().values());
        standing.addAll(log.batches().values());
        standing.addAll(log.actions());
        standing.addAll(rootCauses);
        standing.addAll(acknowledgements);
        boolean checks = ruleBase.canMatch(ActionChecks.class);
        boolean costing = ruleBase.canMatch(OptionCosting.class);
        if (checks || costing || ruleBase.canMatch(Catalogue.class)) {
            Catalogue catalogue = new Catalogue(log.products().values(), log.batches().values(), complaintById);
            standing.add(catalogue);
            if (checks) {
                standing.add(new ActionChecks(catalogue, log.actions()));
            }
            if (costing) {
                standing.add(new OptionCosting(catalogue, log.actions(), policy));
            }
        }
        AssessmentDay day = AssessmentDay.of(asOf);
        return new SessionFacts(new AssessmentClock(asOf), day, AssessmentHour.of(asOf),
                QuietCutoff.of(day, policy.findingQuietPeriod()), standing);
    }

    /** The clock's facts, then the standing ones: what a session starts from before any complaint. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(standing.size() + 4);
        all.add(clock);
        all.add(day);
        all.add(hour);
        all.add(quiet);
        all.addAll(standing);
        return all;
    }

    /**
     * How many times the rules may fire in a session holding this many facts. Generous: the standard
     * rules fire a handful of times per fact; a runaway rule fires without end. At least the square of
     * the facts (up to ten million), so that a rule author's finite join of two patterns over a few
     * hundred complaints is not taken for a runaway; what a larger join costs is bounded by the
     * working-memory and wall-time limits.
     */
    public static long maxFirings(long facts) {
        return Math.max(1_000L + 100L * facts, Math.min(facts * facts, MAX_SQUARE_FIRINGS));
    }
}
