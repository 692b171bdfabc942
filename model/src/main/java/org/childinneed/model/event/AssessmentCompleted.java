package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;

/** A child and family assessment was completed (case-file type {@code assessment-completed}). */
public record AssessmentCompleted(EventRef ref, LocalDate date, AssessmentOutcome outcome) implements CaseEvent {

    public AssessmentCompleted {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(outcome, "outcome is required");
    }

    @Override
    public EventType type() {
        return EventType.ASSESSMENT_COMPLETED;
    }
}
