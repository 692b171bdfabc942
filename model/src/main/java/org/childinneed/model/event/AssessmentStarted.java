package org.childinneed.model.event;

import java.time.LocalDate;

/** A child and family assessment began (case-file type {@code assessment-started}). */
public record AssessmentStarted(EventRef ref, LocalDate date) implements CaseEvent {

    public AssessmentStarted {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.ASSESSMENT_STARTED;
    }
}
