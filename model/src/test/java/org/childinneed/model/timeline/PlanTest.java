package org.childinneed.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.Visit;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.PlanOrigin;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static PlanStarted started(int index, String date) {
        return new PlanStarted(EventRef.of(index, "p" + index), LocalDate.parse(date), Optional.of(PlanOrigin.ASSESSMENT),
                false, false);
    }

    private static PlanEnded ended(int index, String date) {
        return new PlanEnded(EventRef.of(index, "e" + index), LocalDate.parse(date), ClosureReason.NO_LONGER_IN_NEED);
    }

    private static Timeline timeline(CaseEvent... events) {
        return new CaseRecord("C-1", Child.bornOn(LocalDate.of(2015, 1, 1)), List.of(events)).timeline();
    }

    @Test
    void aPlanRunsFromItsStartToItsEnd() {
        Timeline timeline = timeline(started(0, "2026-01-05"), new Visit(EventRef.at(1), LocalDate.of(2026, 2, 1)),
                ended(2, "2026-04-01"));
        Plan plan = timeline.plans().get(0);
        assertEquals(1, timeline.plans().size());
        assertEquals(LocalDate.of(2026, 1, 5), plan.started());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), plan.stopped());
        assertEquals(Optional.of(ClosureReason.NO_LONGER_IN_NEED), plan.closureReason());
        assertFalse(plan.isOpenOn(LocalDate.of(2026, 1, 4)));
        assertTrue(plan.isOpenOn(LocalDate.of(2026, 1, 5)));
        assertTrue(plan.isOpenOn(LocalDate.of(2026, 3, 31)));
        assertFalse(plan.isOpenOn(LocalDate.of(2026, 4, 1)));
        // 5 Jan to 1 Apr 2026: 26 + 28 + 31 + 1 = 86 days, however late it is asked.
        assertEquals(86, plan.daysOpenOn(LocalDate.of(2027, 1, 1)));
        assertEquals(27, plan.daysOpenOn(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void aNewPlanStartedWhileOneIsOpenSupersedesIt() {
        Timeline timeline = timeline(started(0, "2026-01-05"), started(1, "2026-03-02"), ended(2, "2026-04-01"),
                ended(3, "2026-05-01"));
        List<Plan> plans = timeline.plans();
        assertEquals(2, plans.size());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), plans.get(0).stopped());
        assertTrue(plans.get(0).end().isEmpty());
        assertEquals("p1", plans.get(0).supersededBy().orElseThrow().ref().label());
        assertEquals("e2", plans.get(1).end().orElseThrow().ref().label());
        assertEquals(Optional.of(plans.get(1)), timeline.planOpenOn(LocalDate.of(2026, 3, 2)));
        assertEquals(Optional.empty(), timeline.planOpenOn(LocalDate.of(2026, 4, 15)));
    }

    @Test
    void aPlanStillOpenHasNotStopped() {
        Plan plan = timeline(started(0, "2026-01-05")).plans().get(0);
        assertEquals(Optional.empty(), plan.stopped());
        assertTrue(plan.isOpenOn(LocalDate.of(2099, 1, 1)));
        assertEquals(Optional.of(PlanOrigin.ASSESSMENT), plan.origin());
    }

    @Test
    void aPlanIsEitherEndedOrSuperseded() {
        assertThrows(IllegalArgumentException.class, () -> new Plan(started(0, "2026-01-05"),
                Optional.of(ended(1, "2026-02-01")), Optional.of(started(2, "2026-03-01"))));
    }
}
