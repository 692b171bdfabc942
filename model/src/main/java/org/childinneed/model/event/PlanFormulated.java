package org.childinneed.model.event;

import java.time.LocalDate;

/** A Child in Need plan was written (case-file type {@code plan-formulated}), as distinct from the plan starting ({@code plan-started}). */
public record PlanFormulated(EventRef ref, LocalDate date) implements CaseEvent {

    public PlanFormulated {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.PLAN_FORMULATED;
    }
}
