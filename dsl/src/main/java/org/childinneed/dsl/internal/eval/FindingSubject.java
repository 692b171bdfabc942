package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.timeline.Plan;

/** What a finding looks at. */
sealed interface FindingSubject {

    /**
     * Receives each thing looked at, in the evaluation {@code ctx} writing to {@code out}: the
     * focus (the subject's own, moved on after the visit: {@link Focus#kept} keeps it), the
     * event the finding is about, and its description of the focus, built only when a finding
     * is made.
     */
    interface Visitor {
        void visit(EvalContext ctx, Results out, Focus focus, CaseEvent at, Function<Focus, String> what);
    }

    /** The type of the events it looks at, or that begin the plans it looks at. */
    EventType startsFrom();

    /** Hands {@code visitor} each thing it looks at in the case, in order. */
    void forEach(EvalContext ctx, Results out, Visitor visitor);

    /** {@code for each <pattern>}. */
    record Events(EventPattern pattern) implements FindingSubject {

        /** What a finding about an event says it is about: one description for every event, made once. */
        private static final Function<Focus, String> NOUN = focus -> Words.noun(focus.event());

        @Override
        public EventType startsFrom() {
            return pattern.type();
        }

        @Override
        public void forEach(EvalContext ctx, Results out, Visitor visitor) {
            Matches matches = pattern.matches(ctx);
            Focus focus = null;
            for (int i = 0; i < matches.size(); i++) {
                CaseEvent event = matches.get(i);
                focus = focus == null ? new Focus(event, ctx) : focus.moveTo(event, ctx);
                visitor.visit(ctx, out, focus, event, NOUN);
            }
        }
    }

    /** {@code for each plan open longer than <span>} or {@code past the child's Nth birthday}. */
    record PlansPast(Span span, int birthday) implements FindingSubject {
        @Override
        public EventType startsFrom() {
            return EventType.PLAN_STARTED;
        }

        @Override
        public void forEach(EvalContext ctx, Results out, Visitor visitor) {
            for (Plan plan : ctx.plans().plans()) {
                CaseEvent start = plan.start();
                LocalDate limit = span != null ? span.after(start.date(), ctx.workingDays)
                        : ctx.child.attains(birthday);
                Supplier<String> limitWords = () -> (span != null ? "more than " + span.words() + " after it started"
                        : "after the child's " + Words.ordinal(birthday) + " birthday")
                        + " (" + Words.date(limit) + ")";
                if (plan.end().isPresent()) {
                    CaseEvent end = plan.end().get();
                    if (end.date().isAfter(limit)) {
                        visitor.visit(ctx, out, new Focus(start, end.date(), plan), end, focus -> "plan from " + Words.event(start)
                                + " ended " + Words.date(end.date()) + ", " + limitWords.get());
                    }
                    continue;
                }
                LocalDate first = limit.plusDays(1).isBefore(start.date()) ? start.date() : limit.plusDays(1);
                if (plan.supersededBy().isEmpty() && !first.isAfter(ctx.asOf)) {
                    visitor.visit(ctx, out, new Focus(start, first, plan), start, focus -> "plan from " + Words.event(start)
                            + " still open " + limitWords.get());
                }
            }
        }
    }
}
