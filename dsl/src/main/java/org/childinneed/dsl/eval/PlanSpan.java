package org.childinneed.dsl.eval;

import org.childinneed.model.event.CaseEvent;

/**
 * One Child in Need plan in a case: from its {@code plan-started} to its {@code plan-ended}, or
 * to just before the next {@code plan-started}, or still open.
 *
 * @param start the plan-started event
 * @param end the plan-ended event, or null when it has not ended
 * @param supersededBy the next plan-started, when it started before this plan ended; else null
 * @param startKey the key of {@code start}
 * @param lastKey the last key inside the plan
 */
record PlanSpan(CaseEvent start, CaseEvent end, CaseEvent supersededBy, long startKey, long lastKey) {

    boolean contains(long key) {
        return key >= startKey && key <= lastKey;
    }
}
