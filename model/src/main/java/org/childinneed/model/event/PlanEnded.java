package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.plan.ClosureReason;

/** The Child in Need plan ended (case-file type {@code plan-ended}). */
public record PlanEnded(EventRef ref, LocalDate date, ClosureReason reason) implements CaseEvent {

    public PlanEnded {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(reason, "reason is required");
    }

    @Override
    public EventType type() {
        return EventType.PLAN_ENDED;
    }
}
