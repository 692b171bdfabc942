package org.childinneed.dsl.eval;

import java.util.List;
import org.childinneed.model.timeline.Plan;
import org.childinneed.model.timeline.Timeline;

/** The plans of one case (as the model finds them), in order, found by key in logarithmic time. */
final class PlanIndex {

    private final List<Plan> plans;
    private final long[] starts;
    private final long[] lasts;

    private PlanIndex(List<Plan> plans) {
        this.plans = plans;
        this.starts = plans.stream().mapToLong(p -> Keys.of(p.start())).toArray();
        this.lasts = plans.stream().mapToLong(Keys::lastOf).toArray();
    }

    /** The plans of {@code timeline}, keyed for look-up. */
    static PlanIndex of(Timeline timeline) {
        return new PlanIndex(timeline.plans());
    }

    List<Plan> plans() {
        return plans;
    }

    /** The plan open at {@code key}, or null when no plan was open then. */
    Plan at(long key) {
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
        return lo > 0 && key <= lasts[lo - 1] ? plans.get(lo - 1) : null;
    }
}
