package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.Plan;

/**
 * Orders events as the timeline does (by date, then by place in the case file) with one long:
 * the epoch day in the high 40 bits (every {@code LocalDate} fits), the file index in the low 24
 * bits, so indexes below {@link #MAX_EVENTS} ({@link CompiledPlan} refuses a record with others).
 */
final class Keys {

    private static final int INDEX_BITS = 24;
    /** The number of file indexes a key tells apart: 16,777,216. */
    static final int MAX_EVENTS = 1 << INDEX_BITS;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private Keys() {
    }

    /** The key of an event. */
    static long of(CaseEvent event) {
        return (event.date().toEpochDay() << INDEX_BITS) | (event.ref().index() & INDEX_MASK);
    }

    /**
     * The last key inside {@code plan}: its {@code plan-ended}, or just before the
     * {@code plan-started} that superseded it, or the end of time while it is open.
     */
    static long lastOf(Plan plan) {
        if (plan.end().isPresent()) {
            return of(plan.end().get());
        }
        return plan.supersededBy().map(next -> of(next) - 1).orElse(Long.MAX_VALUE);
    }

    /** The smallest key of any event on {@code date}. */
    static long startOf(LocalDate date) {
        return date.toEpochDay() << INDEX_BITS;
    }

    /** The largest key of any event on {@code date}. */
    static long endOf(LocalDate date) {
        return (date.toEpochDay() << INDEX_BITS) | INDEX_MASK;
    }
}
