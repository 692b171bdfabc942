package org.childinneed.model.event;

import java.time.LocalDate;

/** A referral to children's social care (case-file type {@code referral}). */
public record Referral(EventRef ref, LocalDate date) implements CaseEvent {

    public Referral {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.REFERRAL;
    }
}
