package org.childinneed.dsl.eval;

import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.Plan;
import org.childinneed.model.timeline.Timeline;

/** The plans of one case, in order, found by key in logarithmic time. */
final class PlanIndex {

    private final List<PlanSpan> spans;
    private final long[] starts;

    private PlanIndex(List<PlanSpan> spans) {
        this.spans = spans;
        this.starts = spans.stream().mapToLong(PlanSpan::startKey).toArray();
    }

    /** The plans of {@code timeline} (as the model finds them), keyed for look-up. */
    static PlanIndex of(Timeline timeline) {
        List<PlanSpan> spans = new ArrayList<>();
        for (Plan plan : timeline.plans()) {
            CaseEvent end = plan.end().orElse(null);
            CaseEvent next = plan.supersededBy().orElse(null);
            long lastKey = end != null ? Keys.of(end) : next != null ? Keys.of(next) - 1 : Long.MAX_VALUE;
            spans.add(new PlanSpan(plan.start(), end, next, Keys.of(plan.start()), lastKey));
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
