package io.welt.complaints.test;

import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;

import java.time.Instant;
import java.util.Objects;

/**
 * The facts of one test with the rules and clock they are assessed by; assessed once, when first
 * asked, and shared by every stage of the chain that follows.
 */
final class AssessedFacts {

    private final ComplaintRules rules;
    private final ComplaintLog log;
    private final Instant asOf;
    private Assessment assessment;

    AssessedFacts(ComplaintRules rules, ComplaintLog log, Instant asOf) {
        this.rules = rules;
        this.log = log;
        this.asOf = Objects.requireNonNull(asOf, "clock");
    }

    /** The same facts and rules at another clock, not yet assessed. */
    AssessedFacts at(Instant clock) {
        return new AssessedFacts(rules, log, clock);
    }

    synchronized Assessment assessment() {
        if (assessment == null) {
            assessment = rules.assess(log, asOf);
        }
        return assessment;
    }

    /** What every failure ends with: which rules fired. */
    String firedRules() {
        return "rules fired: " + assessment().firedRules();
    }
}
