package org.childinneed.model.event;

import java.time.LocalDate;

/**
 * A social worker decided the next steps on a referral (case-file type {@code referral-decided}):
 * the decision Working Together expects within one working day of the referral.
 */
public record ReferralDecided(EventRef ref, LocalDate date) implements CaseEvent {

    public ReferralDecided {
        CaseEvent.requireRefAndDate(ref, date);
    }

    @Override
    public EventType type() {
        return EventType.REFERRAL_DECIDED;
    }
}
