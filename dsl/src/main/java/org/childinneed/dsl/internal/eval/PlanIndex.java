package org.childinneed.dsl.internal.eval;

import java.util.List;
import org.childinneed.model.timeline.Plan;
import org.childinneed.model.timeline.Timeline;

/**
 * The plans of one case (as the model finds them), in order, found by key in logarithmic time,
 * each with its end as obligations see it, computed once.
 */
final class PlanIndex {

    private final List<Plan> plans;
    private final long[] starts;
    private final long[] lasts;
    /** Each plan's end as obligations see it, or null while it is open. */
    private final EvalContext.PlanEnd[] ends;

    private PlanIndex(List<Plan> plans) {
        this.plans = plans;
        int n = plans.size();
        this.starts = new long[n];
        this.lasts = new long[n];
        this.ends = new EvalContext.PlanEnd[n];
        for (int i = 0; i < n; i++) {
            Plan plan = plans.get(i);
            starts[i] = Keys.of(plan.start());
            lasts[i] = Keys.lastOf(plan);
            if (plan.end().isPresent()) {
                ends[i] = new EvalContext.PlanEnd(plan.end().get(), lasts[i], false);
            } else if (plan.supersededBy().isPresent()) {
                ends[i] = new EvalContext.PlanEnd(plan.supersededBy().get(), lasts[i], true);
            }
        }
    }

    /** The plans of {@code timeline} ({@link Timeline#plans()}), keyed for look-up. */
    static PlanIndex of(Timeline timeline) {
        return new PlanIndex(timeline.plans());
    }

    List<Plan> plans() {
        return plans;
    }

    /** The plan open at {@code key}, or null when no plan was open then. */
    Plan at(long key) {
        int i = indexAt(key);
        return i < 0 ? null : plans.get(i);
    }

    /** The index of the plan open at {@code key}, or -1 when no plan was open then. */
    int indexAt(long key) {
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
        return lo > 0 && key <= lasts[lo - 1] ? lo - 1 : -1;
    }

    /** How plan {@code i} ends, as obligations see it: its plan-ended, or the plan-started superseding it; null while open. */
    EvalContext.PlanEnd endOf(int i) {
        return ends[i];
    }
}
