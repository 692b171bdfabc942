package org.childinneed.model.event;

import java.time.LocalDate;

/**
 * A social work visit to the child (case-file type {@code visit}).
 *
 * @param childNotSeen whether the record says the child was not seen on the visit (the Standard
 *     Safeguarding Dataset's {@code cinv_cin_visit_seen} is N); absent in a case file: no, the child
 *     was seen or the record does not say
 */
public record Visit(EventRef ref, LocalDate date, boolean childNotSeen) implements CaseEvent {

    public Visit {
        CaseEvent.requireRefAndDate(ref, date);
    }

    /** A visit with nothing recorded of the child not being seen. */
    public Visit(EventRef ref, LocalDate date) {
        this(ref, date, false);
    }

    @Override
    public EventType type() {
        return EventType.VISIT;
    }
}
