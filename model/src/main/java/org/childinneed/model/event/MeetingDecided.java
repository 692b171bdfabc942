package org.childinneed.model.event;

import java.time.LocalDate;

/** The decision that a CIN meeting is required (case-file type {@code meeting-decided}). */
public record MeetingDecided(EventRef ref, LocalDate date) implements CaseEvent {

    public MeetingDecided {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.MEETING_DECIDED;
    }
}
