package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.meeting.RoleCode;

/** A recorded management decision (case-file type {@code management-decision}). */
public record ManagementDecision(EventRef ref, LocalDate date, Optional<DecisionSubject> about, Optional<RoleCode> by, Optional<FreeText> rationale) implements CaseEvent {

    public ManagementDecision {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(about, "about is required");
        Objects.requireNonNull(by, "by is required");
        Objects.requireNonNull(rationale, "rationale is required");
    }

    @Override
    public EventType type() {
        return EventType.MANAGEMENT_DECISION;
    }
}
