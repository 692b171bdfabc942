package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.meeting.RoleCode;

/** More time for an assessment was authorised (case-file type {@code assessment-extended}). */
public record AssessmentExtended(EventRef ref, LocalDate date, Optional<RoleCode> by, Optional<Integer> limitWorkingDays) implements CaseEvent {

    public AssessmentExtended {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(by, "by is required");
        Objects.requireNonNull(limitWorkingDays, "limitWorkingDays is required");
    }

    @Override
    public EventType type() {
        return EventType.ASSESSMENT_EXTENDED;
    }
}
