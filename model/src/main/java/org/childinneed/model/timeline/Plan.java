package org.childinneed.model.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.PlanOrigin;

/**
 * One Child in Need plan of a case: from its {@code plan-started} to its {@code plan-ended}, or
 * to just before the next {@code plan-started} that supersedes it, or still open.
 *
 * @param start the event that started it
 * @param end the event that ended it, if it was ended
 * @param supersededBy the next {@code plan-started}, if one came while this plan was still open
 */
public record Plan(PlanStarted start, Optional<PlanEnded> end, Optional<PlanStarted> supersededBy) {

    public Plan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(supersededBy, "supersededBy");
        if (end.isPresent() && supersededBy.isPresent()) {
            throw new IllegalArgumentException("a plan is either ended or superseded, not both");
        }
    }

    /** The day the plan started. */
    public LocalDate started() {
        return start.date();
    }

    /** The day the plan stopped: its {@code plan-ended}, or the day a new plan superseded it. */
    public Optional<LocalDate> stopped() {
        return end.<CaseEvent>map(e -> e).or(() -> supersededBy).map(CaseEvent::date);
    }

    /** How the plan came about, where the case file says. */
    public Optional<PlanOrigin> origin() {
        return start.origin();
    }

    /** Why the plan ended, if it was ended. */
    public Optional<ClosureReason> closureReason() {
        return end.map(PlanEnded::reason);
    }

    /** Whether the plan was open on {@code date}: started on or before it and not yet stopped. */
    public boolean isOpenOn(LocalDate date) {
        return !date.isBefore(started()) && stopped().map(date::isBefore).orElse(true);
    }

    /** Whole days from its start to {@code date}, or to the day it stopped if that came first. */
    public long daysOpenOn(LocalDate date) {
        LocalDate until = stopped().filter(d -> d.isBefore(date)).orElse(date);
        return Math.max(0, ChronoUnit.DAYS.between(started(), until));
    }
}
