package org.childinneed.dsl.eval;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.timeline.Timeline;

/** The state of one evaluation: the case as of a date, and per-pattern caches. Not shared. */
final class EvalContext {

    final Timeline timeline;
    final LocalDate asOf;
    final Child child;
    final WorkingDays workingDays;
    final Object[] cache;
    private PlanIndex plans;
    private Matches planEnds;

    EvalContext(Timeline timeline, LocalDate asOf, WorkingDays workingDays, int slots) {
        this.timeline = timeline;
        this.asOf = asOf;
        this.child = timeline.child();
        this.workingDays = workingDays;
        this.cache = new Object[slots];
    }

    List<CaseEvent> ofType(EventType type) {
        return timeline.ofType(type);
    }

    PlanIndex plans() {
        if (plans == null) {
            plans = PlanIndex.of(timeline.events());
        }
        return plans;
    }

    /** The plan open at {@code event}, or null. */
    PlanSpan planAt(CaseEvent event) {
        return plans().at(Keys.of(event));
    }

    /** The first plan-ended after {@code event} in timeline order, or null. */
    CaseEvent planEndAfter(CaseEvent event) {
        if (planEnds == null) {
            planEnds = new Matches(ofType(EventType.PLAN_ENDED));
        }
        long key = Keys.of(event);
        int i = planEnds.firstFrom(key == Long.MAX_VALUE ? key : key + 1);
        return i < planEnds.size() ? planEnds.get(i) : null;
    }
}
