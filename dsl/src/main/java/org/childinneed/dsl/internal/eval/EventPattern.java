package org.childinneed.dsl.internal.eval;

import java.util.List;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;

/**
 * A pattern resolved for evaluation: its event type, its attribute tests, and whether it must refer
 * to the event in hand. Its matches in a case are computed once per evaluation, in its cache slot.
 */
final class EventPattern {

    private final int slot;
    private final EventType type;
    private final AttributeTest[] tests;
    private final AttributeReader reference;
    private final String filters;
    private final String text;
    /** For a pattern of a declared type, the declared type's code; else null. */
    private final String declaredCode;

    /**
     * @param schema the national or declared event type it names
     * @param filters its attribute filters as written, {@code " with outcome in-need"}, or empty
     */
    EventPattern(int slot, EventSchema schema, List<AttributeTest> tests, AttributeReader reference, String filters) {
        this.slot = slot;
        this.type = schema.eventType();
        this.declaredCode = type == EventType.DECLARED ? schema.code() : null;
        this.tests = tests.toArray(new AttributeTest[0]);
        this.reference = reference;
        this.filters = filters;
        this.text = typeCode() + filters + (reference == null ? "" : " referring to it");
    }

    EventType type() {
        return type;
    }

    /** The code of the type it names, as written. */
    String typeCode() {
        return declaredCode != null ? declaredCode : Words.code(type);
    }

    /** The pattern as written. */
    String text() {
        return text;
    }

    /** Its attribute filters as written, {@code " with outcome in-need"}, or empty. */
    String filters() {
        return filters;
    }

    /** The pattern as wanted for the event in hand {@code it}, naming {@code it} for {@code referring to it}. */
    String wanted(CaseEvent it) {
        return reference == null ? text : typeCode() + filters + " referring to " + it.ref().label();
    }

    boolean test(CaseEvent event) {
        return event.type() == type && fits(event);
    }

    /** Whether {@code event}, of the pattern's type, is of its declared type and passes its tests. */
    private boolean fits(CaseEvent event) {
        if (declaredCode != null && !declaredCode.equals(event.typeCode())) {
            return false;
        }
        for (AttributeTest t : tests) {
            if (!t.test(event)) {
                return false;
            }
        }
        return true;
    }

    /** The matching events of the case (ignoring any reference to the event in hand). */
    Matches matches(EvalContext ctx) {
        if (reference != null) {
            return referring(ctx).matches();
        }
        Object cached = ctx.cache[slot];
        if (cached instanceof Matches m) {
            return m;
        }
        Matches m = compute(ctx);
        ctx.cache[slot] = m;
        return m;
    }

    private Matches compute(EvalContext ctx) {
        Matches all = ctx.ofTypeKeyed(type);
        if (tests.length == 0 && declaredCode == null) {
            return all;
        }
        return all.filter(this::fits);
    }

    /** For a pattern {@code referring to it}: its matches, linked by the event each refers to. */
    private Referring referring(EvalContext ctx) {
        Object cached = ctx.cache[slot];
        if (cached instanceof Referring r) {
            return r;
        }
        Referring r = new Referring(compute(ctx), reference);
        ctx.cache[slot] = r;
        return r;
    }

    /**
     * The first matching event with key in {@code [from, to]} other than {@code except}, or null;
     * with {@code referring to it}, among those referring to {@code it}.
     */
    CaseEvent first(EvalContext ctx, CaseEvent it, long from, long to, CaseEvent except) {
        return search(ctx, it, from, to, except, false);
    }

    /** As {@link #first}, the last such event. */
    CaseEvent last(EvalContext ctx, CaseEvent it, long from, long to, CaseEvent except) {
        return search(ctx, it, from, to, except, true);
    }

    private CaseEvent search(EvalContext ctx, CaseEvent it, long from, long to, CaseEvent except, boolean last) {
        if (reference == null) {
            Matches matches = matches(ctx);
            return found(ctx, matches, last ? matches.lastBetween(from, to, except) : matches.firstBetween(from, to, except));
        }
        String target = it.ref().id().orElse(null);
        if (target == null) {
            return null;
        }
        Referring referring = referring(ctx);
        return found(ctx, referring.matches(), last ? referring.lastBetween(target, from, to, except)
                : referring.firstBetween(target, from, to, except));
    }

    /** The {@code i}th of {@code matches}, its key left in {@link EvalContext#foundKey}; null when {@code i} is -1. */
    private static CaseEvent found(EvalContext ctx, Matches matches, int i) {
        if (i < 0) {
            return null;
        }
        ctx.foundKey = matches.key(i);
        return matches.get(i);
    }

    /** The first candidate among several patterns with key in {@code [from, to]} (its key in {@link EvalContext#foundKey}), or null. */
    static CaseEvent first(EventPattern[] patterns, EvalContext ctx, CaseEvent it, long from, long to,
            CaseEvent except) {
        CaseEvent best = null;
        long before = to;
        for (EventPattern pattern : patterns) {
            CaseEvent found = pattern.first(ctx, it, from, before, except);
            if (found != null) {
                // The next patterns look only before it: what they find there comes first.
                best = found;
                before = ctx.foundKey - 1;
            }
        }
        return best;
    }

    /** The events matching any of {@code patterns}, in timeline order, each once. */
    static Matches union(EventPattern[] patterns, EvalContext ctx) {
        if (patterns.length == 1) {
            return patterns[0].matches(ctx);
        }
        Matches[] parts = new Matches[patterns.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = patterns[i].matches(ctx);
        }
        return Matches.union(parts);
    }

    @Override
    public String toString() {
        return text;
    }
}
