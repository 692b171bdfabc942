package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.plan.PlanElementCode;

/** The plan was written or updated (case-file type {@code plan-updated}). */
public record PlanUpdated(EventRef ref, LocalDate date, Optional<Integer> points, Optional<Set<PlanElementCode>> elements) implements CaseEvent {

    public PlanUpdated {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(points, "points is required");
        Objects.requireNonNull(elements, "elements is required");
        elements = elements.map(Set::copyOf);
    }

    @Override
    public EventType type() {
        return EventType.PLAN_UPDATED;
    }
}
