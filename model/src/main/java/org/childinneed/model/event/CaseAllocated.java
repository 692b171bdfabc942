package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.meeting.RoleCode;

/** The case was allocated to a worker (case-file type {@code case-allocated}; the SSD's {@code ssd_involvements} start dates), with the worker's role where recorded. */
public record CaseAllocated(EventRef ref, LocalDate date, Optional<RoleCode> to) implements CaseEvent {

    public CaseAllocated {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(to, "to is required");
    }

    @Override
    public EventType type() {
        return EventType.CASE_ALLOCATED;
    }
}
