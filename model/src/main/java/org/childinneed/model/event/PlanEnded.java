package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.ClosureView;

/**
 * The Child in Need plan ended (case-file type {@code plan-ended}).
 *
 * @param ref where the event stands in its case file
 * @param date the day the plan ended
 * @param reason why it ended
 * @param views whose views the closure record holds, when the case file says
 */
public record PlanEnded(EventRef ref, LocalDate date, ClosureReason reason, Optional<Set<ClosureView>> views)
        implements CaseEvent {

    public PlanEnded {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(reason, "reason is required");
        Objects.requireNonNull(views, "views must not be null");
        views = views.map(Set::copyOf);
    }

    /** A plan ended for {@code reason}, with no record of whose views the closure holds. */
    public PlanEnded(EventRef ref, LocalDate date, ClosureReason reason) {
        this(ref, date, reason, Optional.empty());
    }

    @Override
    public EventType type() {
        return EventType.PLAN_ENDED;
    }
}
