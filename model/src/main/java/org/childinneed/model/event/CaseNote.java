package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A case note, usually of a meeting (case-file type {@code case-note}). */
public record CaseNote(EventRef ref, LocalDate date, Optional<String> meetingRef) implements CaseEvent {

    public CaseNote {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(meetingRef, "meetingRef is required");
    }

    @Override
    public EventType type() {
        return EventType.CASE_NOTE;
    }
}
