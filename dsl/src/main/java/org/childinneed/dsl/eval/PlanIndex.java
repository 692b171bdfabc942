package org.childinneed.dsl.eval;

import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;

/** The plans of one case, in order, found by key in logarithmic time. */
final class PlanIndex {

    private final List<PlanSpan> spans;
    private final long[] starts;

    private PlanIndex(List<PlanSpan> spans) {
        this.spans = spans;
        this.starts = spans.stream().mapToLong(PlanSpan::startKey).toArray();
    }

    static PlanIndex of(List<CaseEvent> timeline) {
        List<PlanSpan> spans = new ArrayList<>();
        CaseEvent open = null;
        for (CaseEvent event : timeline) {
            if (event.type() == EventType.PLAN_STARTED) {
                if (open != null) {
                    spans.add(new PlanSpan(open, null, Keys.of(open), Keys.of(event) - 1));
                }
                open = event;
            } else if (event.type() == EventType.PLAN_ENDED && open != null) {
                spans.add(new PlanSpan(open, event, Keys.of(open), Keys.of(event)));
                open = null;
            }
        }
        if (open != null) {
            spans.add(new PlanSpan(open, null, Keys.of(open), Long.MAX_VALUE));
        }
        return new PlanIndex(spans);
    }

    List<PlanSpan> spans() {
        return spans;
    }

    /** The plan open at {@code key}, or null when no plan was open then. */
    PlanSpan at(long key) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == 0) {
            return null;
        }
        PlanSpan span = spans.get(lo - 1);
        return span.contains(key) ? span : null;
    }
}
