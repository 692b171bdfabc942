package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A looked-after child review (case-file type {@code looked-after-review}). */
public record LookedAfterReview(EventRef ref, LocalDate date, Optional<LookedAfterReviewOutcome> outcome) implements CaseEvent {

    public LookedAfterReview {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(outcome, "outcome is required");
    }

    @Override
    public EventType type() {
        return EventType.LOOKED_AFTER_REVIEW;
    }
}
