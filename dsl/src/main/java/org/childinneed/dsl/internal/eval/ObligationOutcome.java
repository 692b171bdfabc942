package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;

/**
 * What evaluation decided for one occurrence of an obligation, as plain values and no words: the
 * explainer turns it into an explanation only when one is read ({@link #get()}: the outcome is its
 * own deferred explanation). Absent events and dates are null. One is kept per obligation of
 * every report, so it holds only what cannot be worked out from the rest: what most occurrences
 * lack (an extension, a waiver, hours) is one {@link Unusual} or none.
 *
 * @param anchor the event that began it (for a series, its first trigger)
 * @param from the date it is counted from
 * @param occurrence its place in a series, from 1; 0 for a one-off
 * @param previous in a series, the event that met the occurrence before
 * @param rule the deadline it falls due by
 * @param earliest for a window, the first day it may be met
 * @param due the last day it is met in time, extended if an extension applied
 * @param searchedFrom the first day a satisfying event was looked for
 * @param satisfier the event that met it
 * @param status where it stands
 * @param planEnd the end of the plan that cancelled it or bounds it
 * @param unusual what few occurrences have, or null when it has none of it
 * @param node the obligation rule that decided it, which words it
 * @param asOf the date the case was evaluated as of
 * @param workingDays the working days it was counted in
 */
record ObligationOutcome(CaseEvent anchor, LocalDate from, int occurrence, CaseEvent previous, DueRule rule,
        LocalDate earliest, LocalDate due, LocalDate searchedFrom, CaseEvent satisfier, ObligationStatus status,
        EvalContext.PlanEnd planEnd, Unusual unusual, ObligationRule node, LocalDate asOf, WorkingDays workingDays)
        implements Supplier<Explanation> {

    /**
     * What few occurrences have.
     *
     * @param extendedBy the decision that extended it
     * @param granted the extended limit that decision granted
     * @param sinceLast for a one-off that looks only since the last of an event ({@code since the last}), that last event
     * @param waiver the event that waived it
     * @param hours for an obligation counted in hours, the times that decided it; else null
     */
    record Unusual(CaseEvent extendedBy, Span granted, CaseEvent sinceLast, CaseEvent waiver, ObligationRule.Hours hours) {

        /** The unusual values given, or null when all are null. */
        static Unusual of(CaseEvent extendedBy, Span granted, CaseEvent sinceLast, CaseEvent waiver, ObligationRule.Hours hours) {
            return extendedBy == null && granted == null && sinceLast == null && waiver == null && hours == null ? null
                    : new Unusual(extendedBy, granted, sinceLast, waiver, hours);
        }
    }

    /** Its explanation, in words. */
    @Override
    public Explanation get() {
        return node.explain(this);
    }

    /**
     * The event it is counted from: the anchor, or in a series the event that met the occurrence
     * before (the anchor again for a step counted from the trigger).
     */
    CaseEvent trigger() {
        return previous == null || rule.fromTrigger() ? anchor : previous;
    }

    /** Whether a later occurrence of a series is counted from the series' trigger rather than from the one before. */
    boolean countedFromAnchor() {
        return previous != null && rule.fromTrigger();
    }

    /** The span lateness is counted in: the extension's, or the deadline's. */
    Span lateness() {
        return granted() != null ? granted() : rule.counted();
    }

    CaseEvent extendedBy() {
        return unusual == null ? null : unusual.extendedBy();
    }

    Span granted() {
        return unusual == null ? null : unusual.granted();
    }

    /** Whether a one-off looks only since the last of an event ({@code since the last}). */
    boolean sinceLastClause() {
        return node.looksSinceLast();
    }

    CaseEvent sinceLast() {
        return unusual == null ? null : unusual.sinceLast();
    }

    CaseEvent waiver() {
        return unusual == null ? null : unusual.waiver();
    }

    ObligationRule.Hours hours() {
        return unusual == null ? null : unusual.hours();
    }
}
