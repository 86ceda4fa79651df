package io.welt.complaints.rules;

import java.util.List;
import java.util.Objects;

/**
 * One firing of a rule and the facts it matched, in pattern order: the trainer's trace.
 *
 * @param rule    the rule's name
 * @param matched the facts of the match (complaints, categories, series, conclusions, the policy, the clock)
 */
public record RuleFiring(String rule, List<Object> matched) {

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param rule the rule's name
     * @param matched the facts of the match (complaints, categories, series, conclusions, the policy, the
     *   clock)
     * @throws NullPointerException when a required value is null; the message names it
     */
    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        matched = List.copyOf(matched);
    }
}
