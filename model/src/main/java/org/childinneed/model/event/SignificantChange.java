package org.childinneed.model.event;

import java.time.LocalDate;

/** A significant change in the family's circumstances (case-file type {@code significant-change}). */
public record SignificantChange(EventRef ref, LocalDate date) implements CaseEvent {

    public SignificantChange {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.SIGNIFICANT_CHANGE;
    }
}
