package org.childinneed.model.event;

import java.time.LocalDate;

/** An assessment was updated (case-file type {@code assessment-updated}). */
public record AssessmentUpdated(EventRef ref, LocalDate date) implements CaseEvent {

    public AssessmentUpdated {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.ASSESSMENT_UPDATED;
    }
}
