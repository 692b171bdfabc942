package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The family moved into the authority's area (case-file type {@code moved-in}). */
public record MovedIn(EventRef ref, LocalDate date, Optional<LocalDate> notified) implements CaseEvent {

    public MovedIn {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(notified, "notified is required");
    }

    @Override
    public EventType type() {
        return EventType.MOVED_IN;
    }
}
