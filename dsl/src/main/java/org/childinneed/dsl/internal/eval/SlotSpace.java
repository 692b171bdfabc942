package org.childinneed.dsl.internal.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * The cache slots of the plans of one policy's compositions, numbered in one space: a pattern
 * planned in any of them has the same slot in all, so that the compositions evaluating one case
 * can share one {@link EvalContext} and compute each pattern's matches once. Written while
 * planning (by one thread), only read afterwards.
 */
public final class SlotSpace {

    private final Map<Planner.PatternKey, Integer> byPattern = new HashMap<>();
    private volatile int size;

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
}
