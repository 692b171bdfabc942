package org.childinneed.model.event;

import java.time.LocalDate;

/** A section 47 enquiry started (case-file type {@code s47-enquiry-started}; the census's {@code S47ActualStartDate}, the SSD's {@code s47e_s47_start_date}). */
public record S47EnquiryStarted(EventRef ref, LocalDate date) implements CaseEvent {

    public S47EnquiryStarted {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.S47_ENQUIRY_STARTED;
    }
}
