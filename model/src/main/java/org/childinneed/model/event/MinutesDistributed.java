package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A meeting's minutes were distributed (case-file type {@code minutes-distributed}). */
public record MinutesDistributed(EventRef ref, LocalDate date, Optional<String> meetingRef) implements CaseEvent {

    public MinutesDistributed {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(meetingRef, "meetingRef is required");
    }

    @Override
    public EventType type() {
        return EventType.MINUTES_DISTRIBUTED;
    }
}
