package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.Plan;

/**
 * Orders events as the timeline does (by date, then by place in the case file) with one long:
 * the date in the high 40 bits, as {@code year * 512 + month * 32 + day} (ordered as dates are,
 * cheaper to compute than an epoch day, and every {@code LocalDate} fits), the file index in the
 * low 24 bits, so indexes below {@link #MAX_EVENTS} ({@link PolicyPlan#refusePastLimit} refuses a record with
 * others). A key orders; it is never turned back into a date or counted in days.
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
        return (day(event.date()) << INDEX_BITS) | (event.ref().index() & INDEX_MASK);
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
        return day(date) << INDEX_BITS;
    }

    /** The largest key of any event on {@code date}. */
    static long endOf(LocalDate date) {
        return (day(date) << INDEX_BITS) | INDEX_MASK;
    }

    /** The date as one number, in date order: year, month and day in fields of their own. */
    private static long day(LocalDate date) {
        return date.getYear() * 512L + date.getMonthValue() * 32 + date.getDayOfMonth();
    }
}
