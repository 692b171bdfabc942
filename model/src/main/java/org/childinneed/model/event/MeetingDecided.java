package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.meeting.RoleCode;

/**
 * The decision that a CIN meeting is required (case-file type {@code meeting-decided}), with the
 * role of whoever took it where recorded.
 */
public record MeetingDecided(EventRef ref, LocalDate date, Optional<RoleCode> by) implements CaseEvent {

    public MeetingDecided {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(by, "by is required");
    }

    /** A decision whose maker is not recorded. */
    public MeetingDecided(EventRef ref, LocalDate date) {
        this(ref, date, Optional.empty());
    }

    @Override
    public EventType type() {
        return EventType.MEETING_DECIDED;
    }
}
