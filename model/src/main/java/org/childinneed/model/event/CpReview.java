package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A review child protection conference (case-file type {@code cp-review}; the census's {@code CPPreviewDate}, the SSD's {@code ssd_cp_reviews}); outcome {@code cp-plan} means the plan continues. */
public record CpReview(EventRef ref, LocalDate date, Optional<ConferenceOutcome> outcome) implements CaseEvent {

    public CpReview {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(outcome, "outcome is required");
    }

    @Override
    public EventType type() {
        return EventType.CP_REVIEW;
    }
}
