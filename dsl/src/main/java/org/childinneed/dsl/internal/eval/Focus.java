package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.Plan;

/**
 * The event in hand while a condition is evaluated ("it"), the day it is judged on, and the plan
 * open then (null when none). The plan open at an event is looked up only when a condition asks
 * for it: most conditions never do. A finding subject moves one focus from event to event
 * ({@link #moveTo}); what is kept past a visit is {@link #kept}. Read by one thread at a time, as
 * its {@link EvalContext} is.
 */
final class Focus {

    private CaseEvent event;
    private LocalDate date;
    private Plan plan;
    /** The context to look the plan up in; null once the plan is known. */
    private EvalContext plans;

    /** The focus on {@code event} judged on {@code date}, in {@code plan}. */
    Focus(CaseEvent event, LocalDate date, Plan plan) {
        this.event = event;
        this.date = date;
        this.plan = plan;
    }

    /** The focus on {@code event} judged on its own day, in the plan open then in {@code ctx}, looked up when asked for. */
    Focus(CaseEvent event, EvalContext ctx) {
        moveTo(event, ctx);
    }

    /** This focus moved to {@code event}, judged on its own day, its plan looked up in {@code ctx} when asked for. */
    Focus moveTo(CaseEvent event, EvalContext ctx) {
        this.event = event;
        this.date = event.date();
        this.plan = null;
        this.plans = ctx;
        return this;
    }

    /** A focus of its own on what this one is on now, which moving this one leaves as it is. */
    Focus kept() {
        Focus kept = new Focus(event, date, plan);
        kept.plans = plans;
        return kept;
    }

    CaseEvent event() {
        return event;
    }

    LocalDate date() {
        return date;
    }

    /** The plan open at the event, or null when none. */
    Plan plan() {
        if (plans != null) {
            plan = plans.planAt(event);
            plans = null;
        }
        return plan;
    }

    /** The key conditions look back from: the event's own, or the end of the day judged on. */
    long key() {
        return event.date().equals(date) ? Keys.of(event) : Keys.endOf(date);
    }

    /** The first key of the plan, or the start of time when no plan is open. */
    long planStartKey() {
        Plan open = plan();
        return open == null ? Long.MIN_VALUE : Keys.of(open.start());
    }
}
