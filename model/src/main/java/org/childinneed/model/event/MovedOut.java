package org.childinneed.model.event;

import java.time.LocalDate;

/** The child moved out of the authority's area (case-file type {@code moved-out}). */
public record MovedOut(EventRef ref, LocalDate date) implements CaseEvent {

    public MovedOut {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.MOVED_OUT;
    }
}
