package org.childinneed.model.event;

import java.time.LocalDate;

/** A social work visit to the child (case-file type {@code visit}). */
public record Visit(EventRef ref, LocalDate date) implements CaseEvent {

    public Visit {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.VISIT;
    }
}
