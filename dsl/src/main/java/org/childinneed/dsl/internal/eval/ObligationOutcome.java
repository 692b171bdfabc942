package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;

/**
 * What evaluation decided for one occurrence of an obligation, as plain values and no words: the
 * explainer turns it into an explanation only when one is read. Absent events and dates are null.
 *
 * @param anchor the event that began it (for a series, its first trigger)
 * @param trigger the event it is counted from (for a later occurrence, the anchor or what met the one before)
 * @param from the date it is counted from
 * @param occurrence its place in a series, from 1; 0 for a one-off
 * @param previous in a series, the event that met the occurrence before
 * @param rule the deadline it falls due by
 * @param earliest for a window, the first day it may be met
 * @param due the last day it is met in time, extended if an extension applied
 * @param extendedBy the decision that extended it
 * @param granted the extended limit that decision granted
 * @param lateness the span lateness is counted in (the deadline's, or the extension's)
 * @param searchedFrom the first day a satisfying event was looked for
 * @param sinceLastClause whether a one-off looks only since the last of an event ({@code since the last})
 * @param sinceLast that last event
 * @param satisfier the event that met it
 * @param status where it stands
 * @param waiver the event that waived it
 * @param planEnd the end of the plan that cancelled it or bounds it
 * @param hours for an obligation counted in hours, the times that decided it; else null
 */
record ObligationOutcome(CaseEvent anchor, CaseEvent trigger, LocalDate from, int occurrence, CaseEvent previous,
        DueRule rule, LocalDate earliest, LocalDate due, CaseEvent extendedBy, Span granted, Span lateness,
        LocalDate searchedFrom, boolean sinceLastClause, CaseEvent sinceLast, CaseEvent satisfier, ObligationStatus status,
        CaseEvent waiver, EvalContext.PlanEnd planEnd, ObligationRule.Hours hours) {

    /** Whether a later occurrence of a series is counted from the series' trigger rather than from the one before. */
    boolean countedFromAnchor() {
        return previous != null && trigger == anchor;
    }
}
