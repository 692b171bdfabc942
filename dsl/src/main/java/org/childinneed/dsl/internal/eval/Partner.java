package org.childinneed.dsl.internal.eval;

import org.childinneed.model.event.CaseEvent;

/**
 * {@code its assessment-completed with outcome not-in-need}: the event in hand's partner of one
 * type, the event that completes what it began, tested against the pattern. The partner is the
 * first event of that type referring to it (when the type refers to other events); else the first
 * one after it, provided it refers to no other event and no event of the in-hand type comes
 * between (a second start begins another): so an unrelated completion a year later, after a second
 * start, is not its partner.
 *
 * @param wanted the pattern the partner must match
 * @param next events of the partner's type, any attributes
 * @param referring events of the partner's type referring to the event in hand, or null when the type refers to none
 * @param reference the partner type's reference attribute, or null
 * @param between events of the in-hand types, any attributes: one of them between ends the search
 */
record Partner(EventPattern wanted, EventPattern next, EventPattern referring, AttributeReader reference,
        EventPattern[] between) implements Cond {

    /** The partner of {@code it}, or null. */
    CaseEvent of(CaseEvent it, EvalContext ctx) {
        if (referring != null) {
            CaseEvent named = referring.first(ctx, it, Long.MIN_VALUE, Long.MAX_VALUE, it);
            if (named != null) {
                return named;
            }
        }
        long after = Keys.of(it) + 1;
        CaseEvent first = next.first(ctx, it, after, Long.MAX_VALUE, it);
        if (first == null || (reference != null && reference.read(first) != null)) {
            return null;
        }
        long firstKey = ctx.foundKey;
        return EventPattern.first(between, ctx, it, after, firstKey - 1, it) == null ? first : null;
    }

    @Override
    public boolean test(Focus focus, EvalContext ctx) {
        CaseEvent partner = of(focus.event(), ctx);
        return partner != null && wanted.test(partner);
    }

    @Override
    public String why(Focus focus, EvalContext ctx, boolean held) {
        CaseEvent partner = of(focus.event(), ctx);
        if (partner == null) {
            return "no " + Words.code(next.type()) + " of " + focus.event().ref().label() + " recorded";
        }
        return "its " + Words.event(partner) + (held ? "" : ", not") + wanted.filters();
    }
}
