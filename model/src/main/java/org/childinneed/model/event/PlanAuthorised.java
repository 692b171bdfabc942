package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.meeting.RoleCode;

/** The plan was authorised (case-file type {@code plan-authorised}). */
public record PlanAuthorised(EventRef ref, LocalDate date, Optional<String> meetingRef, Optional<RoleCode> by) implements CaseEvent {

    public PlanAuthorised {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(meetingRef, "meetingRef is required");
        Objects.requireNonNull(by, "by is required");
    }

    @Override
    public EventType type() {
        return EventType.PLAN_AUTHORISED;
    }
}
