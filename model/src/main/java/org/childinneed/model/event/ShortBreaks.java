package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Short breaks provided to the child (case-file type {@code short-breaks}). */
public record ShortBreaks(EventRef ref, LocalDate date, Optional<Integer> nightsPerYear, Optional<Integer> settings) implements CaseEvent {

    public ShortBreaks {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(nightsPerYear, "nightsPerYear is required");
        Objects.requireNonNull(settings, "settings is required");
    }

    @Override
    public EventType type() {
        return EventType.SHORT_BREAKS;
    }
}
