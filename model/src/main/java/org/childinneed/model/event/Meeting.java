package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.RoleCode;

/** A Child in Need meeting (case-file type {@code meeting}). */
public record Meeting(EventRef ref, LocalDate date, MeetingType meetingType, RoleCode chair, Optional<ReviewOutcome> outcome, Optional<LocalDate> nextReview, boolean parentalNonEngagement) implements CaseEvent {

    public Meeting {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(meetingType, "meeting is required");
        Objects.requireNonNull(chair, "chair is required");
        Objects.requireNonNull(outcome, "outcome is required");
        Objects.requireNonNull(nextReview, "nextReview is required");
    }

    @Override
    public EventType type() {
        return EventType.MEETING;
    }
}
