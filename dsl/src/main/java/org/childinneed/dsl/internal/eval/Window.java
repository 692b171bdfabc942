package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;

/** Where, around the event in hand, a condition looks for other events: a range of keys. */
sealed interface Window {

    /** The first key of the window (inclusive); with {@link #to}, two numbers rather than an array made for each look. */
    long from(Focus focus, EvalContext ctx);

    /** The last key of the window (inclusive). */
    long to(Focus focus, EvalContext ctx);

    /** The window in words, for messages. */
    String words(Focus focus, EvalContext ctx);

    /** On or before the day in hand, since the plan started (the default). */
    record InPlan() implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            return focus.planStartKey();
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            return Keys.endOf(focus.date());
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "on or before " + Words.date(focus.date()) + (focus.plan() == null ? ""
                    : " since the plan started on " + Words.date(focus.plan().start().date()));
        }
    }

    /** At any time up to the end of the day in hand, in this plan or before it. */
    record BeforeIt() implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            return Long.MIN_VALUE;
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            return Keys.endOf(focus.date());
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "on or before " + Words.date(focus.date());
        }
    }

    /** At any time from the day in hand on. */
    record AfterIt() implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            return Keys.startOf(focus.date());
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            return Long.MAX_VALUE;
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "on or after " + Words.date(focus.date());
        }
    }

    /** After the last event matching {@code pattern} before the one in hand (or since the plan started). */
    record SinceLast(EventPattern pattern) implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            CaseEvent last = last(focus, ctx);
            return last == null ? focus.planStartKey() : ctx.foundKey + 1;
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            return Keys.endOf(focus.date());
        }

        private CaseEvent last(Focus focus, EvalContext ctx) {
            return pattern.last(ctx, focus.event(), focus.planStartKey(), focus.key() - 1, focus.event());
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            CaseEvent last = last(focus, ctx);
            return last == null ? "since the plan started, with no " + pattern.text() + " before"
                    : "since the last " + pattern.text() + " (" + last.ref().label() + ", " + Words.date(last.date())
                            + ")";
        }
    }

    /** On or before the day of the last event matching {@code pattern}, in the plan. */
    record BeforeLast(EventPattern pattern) implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            return focus.planStartKey();
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            CaseEvent last = last(focus, ctx);
            return Keys.endOf(last == null ? focus.date() : last.date());
        }

        private CaseEvent last(Focus focus, EvalContext ctx) {
            return pattern.last(ctx, focus.event(), focus.planStartKey(), focus.key(), focus.event());
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            CaseEvent last = last(focus, ctx);
            return last == null ? "on or before " + Words.date(focus.date()) + ", with no " + pattern.text()
                    : "on or before the last " + pattern.text() + " (" + last.ref().label() + ", "
                            + Words.date(last.date()) + ")";
        }
    }

    /** Within a span before or after the day in hand. */
    record Within(Span span, boolean after) implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            return Keys.startOf(after ? focus.date() : span.before(focus.date(), ctx.workingDays));
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            return Keys.endOf(after ? span.after(focus.date(), ctx.workingDays) : focus.date());
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "within " + span.words() + (after ? " after " : " before ") + Words.date(focus.date());
        }
    }

    /** Within a span after (or before) the day the current plan started; nothing when no plan is open. */
    record WithinOfPlanStart(Span span, boolean after) implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            if (focus.plan() == null) {
                return 0;
            }
            LocalDate started = focus.plan().start().date();
            return Keys.startOf(after ? started : span.before(started, ctx.workingDays));
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            if (focus.plan() == null) {
                return -1;
            }
            LocalDate started = focus.plan().start().date();
            return Keys.endOf(after ? span.after(started, ctx.workingDays) : started);
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            if (focus.plan() == null) {
                return "within " + span.words() + (after ? " after" : " before") + " the plan started, with no plan"
                        + " open on " + Words.date(focus.date());
            }
            CaseEvent start = focus.plan().start();
            LocalDate started = start.date();
            String within = "within " + span.words() + (after ? " after" : " before") + " the plan started ("
                    + start.ref().label() + ", " + Words.date(started) + ")";
            return after ? within + ": by " + Words.date(span.after(started, ctx.workingDays))
                    : within + ": from " + Words.date(span.before(started, ctx.workingDays));
        }
    }

    /** On the day in hand. */
    record SameDay() implements Window {
        @Override
        public long from(Focus focus, EvalContext ctx) {
            return Keys.startOf(focus.date());
        }

        @Override
        public long to(Focus focus, EvalContext ctx) {
            return Keys.endOf(focus.date());
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "on " + Words.date(focus.date());
        }
    }
}
