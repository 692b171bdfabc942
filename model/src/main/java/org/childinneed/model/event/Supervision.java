package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.meeting.RoleCode;

/** Supervision of the case (case-file type {@code supervision}). */
public record Supervision(EventRef ref, LocalDate date, Optional<SupervisionKind> kind, Optional<RoleCode> by) implements CaseEvent {

    public Supervision {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(by, "by is required");
    }

    @Override
    public EventType type() {
        return EventType.SUPERVISION;
    }
}
