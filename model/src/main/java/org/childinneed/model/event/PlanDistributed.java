package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Copies of the plan were distributed (case-file type {@code plan-distributed}). */
public record PlanDistributed(EventRef ref, LocalDate date, Optional<String> meetingRef) implements CaseEvent {

    public PlanDistributed {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(meetingRef, "meetingRef is required");
    }

    @Override
    public EventType type() {
        return EventType.PLAN_DISTRIBUTED;
    }
}
