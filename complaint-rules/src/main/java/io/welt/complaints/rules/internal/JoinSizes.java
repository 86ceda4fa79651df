package io.welt.complaints.rules.internal;

import io.welt.complaints.rules.RunawayRulesException;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.JoinNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.RuleTerminalNode;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The joins of unconstrained patterns in a rule base, sized before the rules fire. A rule such as
 * {@code Complaint() Complaint() Complaint()} makes every triple of complaints, and the engine builds all
 * of them before the first firing (22.9 million for 284 complaints: 4.7 GB and 22 s, or an
 * OutOfMemoryError), so neither a firing limit nor a check as matches reach the rule can stop it in time.
 * Patterns with no constraint at all, joined with no constraint between them, make exactly the product
 * of their facts' numbers: that is known from the facts inserted, before anything is built. A pattern
 * with a constraint, or any other node (not, exists, accumulate, eval, from), ends a chain: what it lets
 * through cannot be known in advance (the guard's count of matches waiting to fire watches that).
 */
final class JoinSizes {

    /** One rule's chain of at least two unconstrained patterns, by the classes they match. */
    record Chain(String rule, List<Class<?>> classes) {
    }

    private final List<Chain> chains;

    private JoinSizes(List<Chain> chains) {
        this.chains = chains;
    }

    /** The chains of a rule base; none when it is not the kind of rule base this knows how to read. */
    static JoinSizes of(KieBase kieBase) {
        List<Chain> chains = new ArrayList<>();
        if (kieBase instanceof InternalRuleBase internal) {
            try {
                for (Map.Entry<String, TerminalNode[]> entry : internal.getReteooBuilder().getTerminalNodes().entrySet()) {
                    for (TerminalNode terminal : entry.getValue()) {
                        if (terminal instanceof RuleTerminalNode) {
                            String rule = terminal.getRule() != null ? terminal.getRule().getName() : entry.getKey();
                            collect(rule, terminal.getLeftTupleSource(), chains);
                        }
                    }
                }
            } catch (RuntimeException | LinkageError e) {
                return new JoinSizes(List.of()); // another engine version's network: the guard still counts matches
            }
        }
        return new JoinSizes(List.copyOf(chains));
    }

    private static void collect(String rule, LeftTupleSource node, List<Chain> chains) {
        List<Class<?>> chain = new ArrayList<>();
        while (node != null) {
            if (node instanceof JoinNode join && join.getRawConstraints().isEmpty()
                    && unconstrained(join.getRightInput().getParent(), join.getObjectTypeNode())) {
                chain.add(classOf(join.getObjectTypeNode()));
                node = join.getLeftTupleSource();
            } else if (node instanceof LeftInputAdapterNode adapter) {
                if (unconstrained(adapter.getParentObjectSource(), adapter.getObjectTypeNode())) {
                    chain.add(classOf(adapter.getObjectTypeNode()));
                }
                node = null;
            } else {
                add(rule, chain, chains);
                chain = new ArrayList<>();
                node = node instanceof BetaNode || node.getLeftTupleSource() != null ? node.getLeftTupleSource() : null;
            }
        }
        add(rule, chain, chains);
    }

    /** Whether a pattern's facts come straight from their type's node, through no constraint. */
    private static boolean unconstrained(Object parent, ObjectTypeNode typeNode) {
        return parent == typeNode && classOf(typeNode) != null;
    }

    private static Class<?> classOf(ObjectTypeNode node) {
        ObjectType type = node == null ? null : node.getObjectType();
        return type instanceof ClassObjectType classType ? classType.getClassType() : null;
    }

    private static void add(String rule, List<Class<?>> chain, List<Chain> chains) {
        if (chain.size() >= 2 && !chain.contains(null)) {
            chains.add(new Chain(rule, List.copyOf(chain)));
        }
    }

    /**
     * Throws when a chain would build more than {@code limit} matches from the facts counted.
     *
     * @param counts how many facts of each class the session holds
     * @throws RunawayRulesException naming the rule, the patterns, the number of matches and the limit
     */
    void check(Map<Class<?>, Long> counts, long limit) {
        for (Chain chain : chains) {
            long product = 1;
            for (Class<?> type : chain.classes()) {
                long facts = 0;
                for (Map.Entry<Class<?>, Long> count : counts.entrySet()) {
                    if (type.isAssignableFrom(count.getKey())) {
                        facts += count.getValue();
                    }
                }
                product = facts == 0 ? 0 : product > Long.MAX_VALUE / facts ? Long.MAX_VALUE : product * facts;
            }
            if (product > limit) {
                String patterns = chain.classes().stream().map(Class::getSimpleName).collect(Collectors.joining("() "))
                        + "()";
                throw new RunawayRulesException(chain.rule(), RunawayRulesException.Limit.PENDING_MATCHES,
                        "rule \"" + chain.rule() + "\" joins " + chain.classes().size() + " patterns with no constraint"
                                + " (" + patterns + "): " + (product == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE
                                : String.valueOf(product)) + " matches, more than the limit of " + limit
                                + " matches waiting to fire in one session for this log; it was not run. Join the"
                                + " patterns on a key, or ask a ComplaintSeries for the complaints that belong together");
            }
        }
    }
}
