package org.childinneed.model.event;

import java.time.LocalDate;

/** The allocated worker changed (case-file type {@code worker-changed}). */
public record WorkerChanged(EventRef ref, LocalDate date) implements CaseEvent {

    public WorkerChanged {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.WORKER_CHANGED;
    }
}
