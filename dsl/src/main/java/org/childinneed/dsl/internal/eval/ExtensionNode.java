package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;

/**
 * {@code extended to ... when ...}: a decision recorded between the trigger and the original due
 * date moves the due date to the extended limit (never earlier).
 *
 * @param when the deciding events
 * @param attribute the count attribute that sets the new limit, or null for a fixed limit
 * @param limit the new limit, or the most the attribute may set
 */
record ExtensionNode(EventPattern[] when, AttributeReader attribute, Span limit) {

    /** The decision that extends an occurrence triggered by {@code trigger}, or null. */
    CaseEvent decision(EvalContext ctx, CaseEvent trigger, LocalDate from, LocalDate due) {
        return EventPattern.first(when, ctx, trigger, Keys.startOf(from), Keys.endOf(due), trigger);
    }

    /** The extended limit {@code decision} grants. */
    Span granted(CaseEvent decision) {
        if (attribute != null && attribute.read(decision) instanceof Integer value && value >= 0) {
            return new Span(Math.min(value, limit.amount()), limit.unit());
        }
        return limit;
    }
}
