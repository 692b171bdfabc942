package org.childinneed.dsl.internal.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.childinneed.dsl.internal.ast.RuleDecl;
import org.childinneed.dsl.internal.checked.Resolved;

/**
 * The cache slots of the plans of one policy's compositions, numbered in one space: a pattern
 * planned in any of them has the same slot in all, so that the compositions evaluating one case
 * can share one {@link EvalContext} and compute each pattern's matches once. A rule that resolves
 * alike in several compositions (an authority's own rule, checked against each version of the
 * baseline) is planned once: its nodes are shared, and what they find in a case is kept in a slot
 * of their own, found once for all the compositions. Written while planning (by one thread), only
 * read afterwards.
 */
public final class SlotSpace {

    private final Map<Planner.PatternKey, Integer> byPattern = new HashMap<>();
    private volatile int size;
    /** The rules planned so far, by the rule as written. */
    private final Map<RuleDecl, List<PlannedRule>> byRule = new IdentityHashMap<>();
    /** The result slots of the nodes that more than one composition evaluates. */
    private final BitSet shared = new BitSet();

    /** The slot of a pattern that may be shared: the same for every identical pattern. */
    int slotOf(Planner.PatternKey pattern) {
        return byPattern.computeIfAbsent(pattern, k -> size++);
    }

    /** A slot of its own, for a pattern no other shares. */
    int newSlot() {
        return size++;
    }

    /** The number of slots numbered so far. */
    int size() {
        return size;
    }

    /**
     * A rule planned for one composition, with the slot of each of its nodes in which an evaluation
     * keeps what the node found, when several compositions share it.
     */
    record PlannedRule(RuleSource source, List<RuleNode> nodes, int[] resultSlots, Resolved.Recording reads) {
    }

    /**
     * The plan of a rule that resolves as {@code source} does, made for another composition, or
     * null: the rule as written, from the same document and version, checked alike, and every name
     * its planning looked up resolved alike. Its nodes are from now on shared.
     */
    PlannedRule plannedAlike(RuleSource source) {
        for (PlannedRule planned : byRule.getOrDefault(source.rule().rule(), List.of())) {
            RuleSource other = planned.source();
            if (other.document().equals(source.document()) && other.version().equals(source.version())
                    && other.rule().checkedAlike(source.rule()) && planned.reads().answersAlike(source.rule().resolved())) {
                for (int slot : planned.resultSlots()) {
                    shared.set(slot);
                }
                return planned;
            }
        }
        return null;
    }

    /** Notes the plan of {@code source}, made through {@code reads}, giving each node a result slot. */
    PlannedRule planned(RuleSource source, List<RuleNode> nodes, Resolved.Recording reads) {
        int[] slots = new int[nodes.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = newSlot();
        }
        PlannedRule planned = new PlannedRule(source, List.copyOf(nodes), slots, reads);
        byRule.computeIfAbsent(source.rule().rule(), k -> new ArrayList<>()).add(planned);
        return planned;
    }

    /** Forgets the rules planned, once every composition is: only which nodes are shared is kept. */
    public void planningDone() {
        byRule.clear();
    }

    /** Whether the node of result slot {@code slot} is evaluated by more than one composition. */
    boolean shared(int slot) {
        return shared.get(slot);
    }
}
