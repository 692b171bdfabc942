package org.childinneed.dsl.internal.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.childinneed.dsl.internal.ast.RuleDecl;
import org.childinneed.dsl.internal.checked.CheckedRule;
import org.childinneed.dsl.internal.checked.Resolved;
import org.childinneed.model.compliance.Citation;

/**
 * The cache slots and rule nodes of the plans of one policy's compositions, numbered in one space.
 * A pattern planned in any of them has the same slot in all, so that the compositions evaluating
 * one case share one {@link EvalContext} and compute each pattern's matches once. A rule node
 * planned alike in several (the same rule of the same parsed script, its names resolved alike and
 * its citation naming the same version) is planned once, the same node in all, so that
 * {@link VersionsTogether} evaluates it once for all of them. Written while planning (by one thread), only read afterwards.
 */
public final class SlotSpace {

    private final Map<Planner.PatternKey, Integer> byPattern = new HashMap<>();
    private volatile int size;

    /** What makes two rule nodes alike: the rule as parsed, which of its parts, how its names resolve, its citation. */
    private record NodeKey(int rule, int part, int resolution, Citation cite) {
    }

    private final Map<NodeKey, RuleNode> byNode = new HashMap<>();
    private final Map<RuleDecl, Integer> rules = new IdentityHashMap<>();
    /** For each rule, one resolution of each way its names have been resolved. */
    private final Map<RuleDecl, List<Resolved>> resolutions = new IdentityHashMap<>();

    /** The slot of a pattern that may be shared: the same for every identical pattern. */
    int slotOf(Planner.PatternKey pattern) {
        return byPattern.computeIfAbsent(pattern, k -> size++);
    }

    /** A slot of its own, for a pattern no other shares. */
    int newSlot() {
        return size++;
    }

    /**
     * Lets go of what only planning reads (the keys of patterns and rule nodes planned so far), so
     * that the plans do not keep the scripts' trees alive: a plan planned in this space afterwards
     * numbers slots after theirs but shares none of their patterns or nodes.
     */
    public void planned() {
        byPattern.clear();
        byNode.clear();
        rules.clear();
        resolutions.clear();
    }

    /** The number of slots numbered so far. */
    int size() {
        return size;
    }

    /**
     * The node of part {@code part} of {@code rule}, cited {@code cite}: the one planned alike in
     * this space already, or the one {@code plan} makes, kept for the next.
     */
    RuleNode nodeOf(CheckedRule rule, int part, Citation cite, java.util.function.Supplier<RuleNode> plan) {
        int ruleNumber = rules.computeIfAbsent(rule.rule(), r -> rules.size());
        return byNode.computeIfAbsent(new NodeKey(ruleNumber, part, resolution(rule), cite), key -> plan.get());
    }

    /** Which of the ways {@code rule} has been resolved so far it is resolved in: a number of its own if none alike. */
    private int resolution(CheckedRule rule) {
        List<Resolved> known = resolutions.computeIfAbsent(rule.rule(), r -> new ArrayList<>());
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i).resolvesAlike(rule.rule(), rule.resolved())) {
                return i;
            }
        }
        known.add(rule.resolved());
        return known.size() - 1;
    }
}
