package org.childinneed.benchmarks.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic Child in Need cases for measurements and differential tests. The same
 * seed (and index) always give the same case, on any machine; a case depends only on its own seed
 * and index, so cases can be generated in any order.
 */
public final class SyntheticCases {

    private SyntheticCases() {
    }

    /**
     * A typical year-long case (about 40 events) of the {@code index}th in the series of
     * {@code seed}, evaluated as of a date after its closure or, for about a third of cases, part
     * way through its plan.
     */
    public static SyntheticCase typicalCase(long seed, int index) {
        return TypicalCase.draft("S" + seed + "-" + index, randomFor(seed, index));
    }

    /**
     * An irregular case: a typical case with a few events of any type added on any day, with any
     * attributes, and its events listed in random order. For differential tests of the corners of
     * the evaluation semantics, not for measuring speed.
     */
    public static SyntheticCase irregularCase(long seed, int index) {
        return TypicalCase.draftIrregular("I" + seed + "-" + index, randomFor(seed, index));
    }

    /** The first {@code count} typical cases of the series of {@code seed}. */
    public static List<SyntheticCase> typicalCases(long seed, int count) {
        List<SyntheticCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(typicalCase(seed, i));
        }
        return cases;
    }

    /**
     * One long-running case of exactly {@code events} events (at least 1), evaluated as of the day
     * after its last event.
     */
    public static SyntheticCase longCase(long seed, int events) {
        if (events < 1) {
            throw new IllegalArgumentException("a case has at least one event: " + events);
        }
        return LongCase.draft("L" + seed + "-" + events, events, randomFor(seed, events));
    }

    private static SplittableRandom randomFor(long seed, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }
}
