package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A child protection conference (case-file type {@code cp-conference}). */
public record CpConference(EventRef ref, LocalDate date, Optional<ConferenceOutcome> outcome) implements CaseEvent {

    public CpConference {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(outcome, "outcome is required");
    }

    @Override
    public EventType type() {
        return EventType.CP_CONFERENCE;
    }
}
