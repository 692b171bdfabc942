package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;

/**
 * {@code nextReview within 3 months after it}: a date the event in hand records lies from its day
 * to that long after it ({@code after}), or from that long before it to its day.
 */
record DateWithin(AttributeReader attribute, Span span, boolean after) implements Cond {

    @Override
    public boolean test(Focus focus, EvalContext ctx) {
        if (!(attribute.read(focus.event()) instanceof LocalDate date)) {
            return false;
        }
        LocalDate day = focus.event().date();
        return after ? !date.isBefore(day) && !date.isAfter(span.after(day, ctx.workingDays))
                : !date.isAfter(day) && !date.isBefore(span.before(day, ctx.workingDays));
    }

    @Override
    public String why(Focus focus, EvalContext ctx, boolean held) {
        LocalDate day = focus.event().date();
        String limit = "within " + span.words() + (after ? " after " : " before ") + Words.date(day) + ", "
                + (after ? "by " + Words.date(span.after(day, ctx.workingDays)) : "from " + Words.date(span.before(day, ctx.workingDays)));
        if (!(attribute.read(focus.event()) instanceof LocalDate date)) {
            return "with no " + attribute.name() + " recorded; required: one " + limit;
        }
        return "with " + attribute.name() + " " + Words.date(date) + (held ? ", " : "; required: ") + limit;
    }
}
