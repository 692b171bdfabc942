package org.childinneed.model.event;

import java.time.LocalDate;

/** Information was sent to the receiving authority (case-file type {@code transfer-information-sent}). */
public record TransferInformationSent(EventRef ref, LocalDate date) implements CaseEvent {

    public TransferInformationSent {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.TRANSFER_INFORMATION_SENT;
    }
}
