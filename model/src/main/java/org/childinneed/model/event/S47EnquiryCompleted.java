package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A section 47 enquiry completed (case-file type {@code s47-enquiry-completed}; the SSD's {@code s47e_s47_end_date}). */
public record S47EnquiryCompleted(EventRef ref, LocalDate date, Optional<S47Outcome> outcome) implements CaseEvent {

    public S47EnquiryCompleted {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(outcome, "outcome is required");
    }

    @Override
    public EventType type() {
        return EventType.S47_ENQUIRY_COMPLETED;
    }
}
