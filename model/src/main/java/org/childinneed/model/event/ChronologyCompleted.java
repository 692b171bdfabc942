package org.childinneed.model.event;

import java.time.LocalDate;

/** The chronology of significant events was completed and brought up to date (case-file type {@code chronology-completed}). */
public record ChronologyCompleted(EventRef ref, LocalDate date) implements CaseEvent {

    public ChronologyCompleted {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.CHRONOLOGY_COMPLETED;
    }
}
