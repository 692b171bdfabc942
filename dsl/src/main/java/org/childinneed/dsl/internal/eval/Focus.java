package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.Plan;

/**
 * The event in hand while a condition is evaluated ("it"), the day it is judged on, and the plan
 * open then (null when none).
 */
record Focus(CaseEvent event, LocalDate date, Plan plan) {

    /** The key conditions look back from: the event's own, or the end of the day judged on. */
    long key() {
        return event.date().equals(date) ? Keys.of(event) : Keys.endOf(date);
    }

    /** The first key of the plan, or the start of time when no plan is open. */
    long planStartKey() {
        return plan == null ? Long.MIN_VALUE : Keys.of(plan.start());
    }
}
