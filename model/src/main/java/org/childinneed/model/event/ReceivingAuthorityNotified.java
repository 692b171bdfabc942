package org.childinneed.model.event;

import java.time.LocalDate;

/** The receiving authority was notified of a move (case-file type {@code receiving-authority-notified}). */
public record ReceivingAuthorityNotified(EventRef ref, LocalDate date) implements CaseEvent {

    public ReceivingAuthorityNotified {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.RECEIVING_AUTHORITY_NOTIFIED;
    }
}
