package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An initial child protection conference (case-file type {@code initial-cp-conference}; the census's {@code DateOfInitialCPC}, the SSD's {@code ssd_initial_cp_conference}). Distinct from the older, general {@code cp-conference}. */
public record InitialCpConference(EventRef ref, LocalDate date, Optional<ConferenceOutcome> outcome) implements CaseEvent {

    public InitialCpConference {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(outcome, "outcome is required");
    }

    @Override
    public EventType type() {
        return EventType.INITIAL_CP_CONFERENCE;
    }
}
