package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.plan.PlanOrigin;

/** A Child in Need plan started (case-file type {@code plan-started}). */
public record PlanStarted(EventRef ref, LocalDate date, Optional<PlanOrigin> origin, boolean complexPackage, boolean longTermSupport) implements CaseEvent {

    public PlanStarted {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(origin, "origin is required");
    }

    @Override
    public EventType type() {
        return EventType.PLAN_STARTED;
    }
}
