package org.childinneed.model.event;

import java.time.LocalDate;

/** The case summary was completed and brought up to date (case-file type {@code case-summary-completed}; Kent section 8: within 5 working days of an unplanned move). */
public record CaseSummaryCompleted(EventRef ref, LocalDate date) implements CaseEvent {

    public CaseSummaryCompleted {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.CASE_SUMMARY_COMPLETED;
    }
}
