package io.welt.complaints.test;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Conclusion;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Every stage of the one-rule path after its facts are given; only that rule's conclusions count. */
final class RuleCheck implements RuleGiven, FiredRuleAssertion {

    private final String rule;
    private final AssessedFacts facts;
    private final String description;

    RuleCheck(String rule, AssessedFacts facts, String description) {
        this.rule = rule;
        this.facts = facts;
        this.description = description;
    }

    @Override
    public RuleAssertion asOf(Instant clock) {
        return new RuleCheck(rule, facts.at(Objects.requireNonNull(clock, "clock")), description);
    }

    @Override
    public RuleAssertion as(String description) {
        return new RuleCheck(rule, facts, Objects.requireNonNull(description, "description"));
    }

    @Override
    public List<Conclusion> conclusions() {
        return facts.assessment().conclusions().stream().filter(c -> c.rule().equals(rule)).toList();
    }

    @Override
    public FiredRuleAssertion fires() {
        if (conclusions().isEmpty()) {
            fail("to derive something", "nothing");
        }
        return this;
    }

    @Override
    public FiredRuleAssertion derives(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("derives(" + count + "): say doesNotFire() for nothing");
        }
        List<Conclusion> derived = conclusions();
        if (derived.size() != count) {
            fail("to derive " + count, derived.size() + ": " + describe(derived));
        }
        return this;
    }

    @Override
    public void doesNotFire() {
        List<Conclusion> derived = conclusions();
        if (!derived.isEmpty()) {
            fail("to derive nothing", describe(derived));
        }
    }

    @Override
    public FiredRuleAssertion derivedFrom(Complaint... complaints) {
        Set<String> expected = ids(complaints);
        List<Conclusion> derived = conclusions();
        if (derived.stream().noneMatch(c -> Derivations.complaintIds(c, facts.assessment()).equals(expected))) {
            fail("to derive a conclusion from exactly complaints " + expected, describe(derived));
        }
        return this;
    }

    @Override
    public FiredRuleAssertion notDerivedFrom(Complaint... complaints) {
        Set<String> excluded = ids(complaints);
        List<Conclusion> resting = conclusions().stream()
                .filter(c -> Derivations.complaintIds(c, facts.assessment()).stream().anyMatch(excluded::contains))
                .toList();
        if (!resting.isEmpty()) {
            fail("to derive nothing from complaints " + excluded, describe(resting));
        }
        return this;
    }

    @Override
    public FiredRuleAssertion withReasonContaining(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        List<Conclusion> derived = conclusions();
        if (derived.stream().noneMatch(c -> c.reason().contains(fragment))) {
            fail("to give a reason containing \"" + fragment + "\"", describe(derived));
        }
        return this;
    }

    private static Set<String> ids(Complaint... complaints) {
        if (complaints.length == 0) {
            throw new IllegalArgumentException("name at least one complaint");
        }
        return Arrays.stream(complaints).map(Complaint::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private String describe(List<Conclusion> derived) {
        return derived.isEmpty() ? "nothing" : derived.stream().map(c -> Derivations.describe(c, facts.assessment()))
                .collect(Collectors.joining(System.lineSeparator() + "    ", System.lineSeparator() + "    ", ""));
    }

    private void fail(String expected, String actual) {
        throw new AssertionError((description == null ? "" : "[" + description + "] ") + "expected rule \"" + rule
                + "\" " + expected + System.lineSeparator() + "  but derived: " + actual
                + System.lineSeparator() + "  " + facts.firedRules());
    }
}
