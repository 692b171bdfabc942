package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;

/** Where, around the event in hand, a condition looks for other events: a range of keys. */
sealed interface Window {

    /** {@code [from, to]}, inclusive. */
    long[] range(Focus focus, EvalContext ctx);

    /** The window in words, for messages. */
    String words(Focus focus, EvalContext ctx);

    /** On or before the day in hand, since the plan started (the default). */
    record InPlan() implements Window {
        @Override
        public long[] range(Focus focus, EvalContext ctx) {
            return new long[] {focus.planStartKey(), Keys.endOf(focus.date())};
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
        public long[] range(Focus focus, EvalContext ctx) {
            return new long[] {Long.MIN_VALUE, Keys.endOf(focus.date())};
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "on or before " + Words.date(focus.date());
        }
    }

    /** At any time from the day in hand on. */
    record AfterIt() implements Window {
        @Override
        public long[] range(Focus focus, EvalContext ctx) {
            return new long[] {Keys.startOf(focus.date()), Long.MAX_VALUE};
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "on or after " + Words.date(focus.date());
        }
    }

    /** After the last event matching {@code pattern} before the one in hand (or since the plan started). */
    record SinceLast(EventPattern pattern) implements Window {
        @Override
        public long[] range(Focus focus, EvalContext ctx) {
            CaseEvent last = last(focus, ctx);
            long from = last == null ? focus.planStartKey() : Keys.of(last) + 1;
            return new long[] {from, Keys.endOf(focus.date())};
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
        public long[] range(Focus focus, EvalContext ctx) {
            CaseEvent last = last(focus, ctx);
            return new long[] {focus.planStartKey(), Keys.endOf(last == null ? focus.date() : last.date())};
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
        public long[] range(Focus focus, EvalContext ctx) {
            if (after) {
                return new long[] {Keys.startOf(focus.date()), Keys.endOf(span.after(focus.date(), ctx.workingDays))};
            }
            return new long[] {Keys.startOf(span.before(focus.date(), ctx.workingDays)), Keys.endOf(focus.date())};
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "within " + span.words() + (after ? " after " : " before ") + Words.date(focus.date());
        }
    }

    /** Within a span after (or before) the day the current plan started; nothing when no plan is open. */
    record WithinOfPlanStart(Span span, boolean after) implements Window {
        @Override
        public long[] range(Focus focus, EvalContext ctx) {
            if (focus.plan() == null) {
                return new long[] {0, -1};
            }
            LocalDate started = focus.plan().start().date();
            if (after) {
                return new long[] {Keys.startOf(started), Keys.endOf(span.after(started, ctx.workingDays))};
            }
            return new long[] {Keys.startOf(span.before(started, ctx.workingDays)), Keys.endOf(started)};
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
        public long[] range(Focus focus, EvalContext ctx) {
            return new long[] {Keys.startOf(focus.date()), Keys.endOf(focus.date())};
        }

        @Override
        public String words(Focus focus, EvalContext ctx) {
            return "on " + Words.date(focus.date());
        }
    }
}
