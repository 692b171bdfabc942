package org.childinneed.model.event;

import java.time.LocalDate;

/**
 * The child moved out of the authority's area (case-file type {@code moved-out}).
 *
 * @param planned whether the move was planned with the authority beforehand (absent in a case
 *     file: no, an unplanned move, recorded on the day the authority learned of it)
 */
public record MovedOut(EventRef ref, LocalDate date, boolean planned) implements CaseEvent {

    public MovedOut {
        CaseEvent.requireRefAndDate(ref, date);
    }

    /** A move with nothing recorded of whether it was planned. */
    public MovedOut(EventRef ref, LocalDate date) {
        this(ref, date, false);
    }

    @Override
    public EventType type() {
        return EventType.MOVED_OUT;
    }
}
