package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;

/**
 * What evaluation decided for one occurrence of an obligation, as plain values and no words: the
 * explainer turns it into an explanation only when one is read ({@link #get()}: the outcome is its
 * own deferred explanation). Absent events and dates are null. One is kept per obligation of
 * every report, so it holds only what its obligation does not (the dates and the status are read
 * from the obligation itself, the deadline from the rule) and what most occurrences lack (an
 * extension, a waiver, hours) is one {@link Unusual} or none.
 */
final class ObligationOutcome implements Supplier<Explanation> {

    private final CaseEvent anchor;
    private final int occurrence;
    private final CaseEvent previous;
    private final CaseEvent satisfier;
    private final EvalContext.PlanEnd planEnd;
    private final Unusual unusual;
    private final ObligationRule node;
    private final EvalContext.Counted counted;
    /**
     * The obligation it decided, noted once ({@link #decided}) as soon as it is made, before the
     * obligation is handed on: a report's reader reaches the outcome only through the obligation.
     */
    private Obligation obligation;

    /**
     * @param anchor the event that began it (for a series, its first trigger)
     * @param occurrence its place in a series, from 1; 0 for a one-off
     * @param previous in a series, the event that met the occurrence before
     * @param satisfier the event that met it
     * @param planEnd the end of the plan that cancelled it or bounds it
     * @param unusual what few occurrences have, or null when it has none of it
     * @param node the obligation rule that decided it, which words it and knows its deadline
     * @param counted the date the case was evaluated as of, and the working days it was counted in
     */
    ObligationOutcome(CaseEvent anchor, int occurrence, CaseEvent previous, CaseEvent satisfier,
            EvalContext.PlanEnd planEnd, Unusual unusual, ObligationRule node, EvalContext.Counted counted) {
        this.anchor = anchor;
        this.occurrence = occurrence;
        this.previous = previous;
        this.satisfier = satisfier;
        this.planEnd = planEnd;
        this.unusual = unusual;
        this.node = node;
        this.counted = counted;
    }

    /** Notes the obligation it decided; once. */
    void decided(Obligation decided) {
        this.obligation = decided;
    }

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

        /** The unusual values given, no waiver among them (only deciding looks for one), or null when all are null. */
        static Unusual of(CaseEvent extendedBy, Span granted, CaseEvent sinceLast, ObligationRule.Hours hours) {
            return extendedBy == null && granted == null && sinceLast == null && hours == null ? null
                    : new Unusual(extendedBy, granted, sinceLast, null, hours);
        }

        /** {@code unusual} (or none) and the event that waived the occurrence. */
        static Unusual waivedBy(Unusual unusual, CaseEvent waiver) {
            return unusual == null ? new Unusual(null, null, null, waiver, null)
                    : new Unusual(unusual.extendedBy(), unusual.granted(), unusual.sinceLast(), waiver, unusual.hours());
        }
    }

    /** Its explanation, in words. */
    @Override
    public Explanation get() {
        return node.explain(this);
    }

    CaseEvent anchor() {
        return anchor;
    }

    /** The date it is counted from. */
    LocalDate from() {
        return obligation.triggerDate();
    }

    int occurrence() {
        return occurrence;
    }

    CaseEvent previous() {
        return previous;
    }

    /** The deadline it falls due by. */
    DueRule rule() {
        return node.stepOf(anchor, occurrence);
    }

    /** For a window, the first day it may be met; else null. */
    LocalDate earliest() {
        return obligation.earliest().orElse(null);
    }

    /** The last day it is met in time, extended if an extension applied. */
    LocalDate due() {
        return obligation.due();
    }

    /** The first day a satisfying event was looked for ({@link ObligationRule#firstDaySearched}). */
    LocalDate searchedFrom() {
        return ObligationRule.firstDaySearched(from(), earliest(), occurrence == 0);
    }

    CaseEvent satisfier() {
        return satisfier;
    }

    ObligationStatus status() {
        return obligation.status();
    }

    EvalContext.PlanEnd planEnd() {
        return planEnd;
    }

    /** The date the case was evaluated as of. */
    LocalDate asOf() {
        return counted.asOf();
    }

    /** The working days it was counted in. */
    WorkingDays workingDays() {
        return counted.workingDays();
    }

    /**
     * The event it is counted from: the anchor, or in a series the event that met the occurrence
     * before (the anchor again for a step counted from the trigger).
     */
    CaseEvent trigger() {
        return previous == null || rule().fromTrigger() ? anchor : previous;
    }

    /** Whether a later occurrence of a series is counted from the series' trigger rather than from the one before. */
    boolean countedFromAnchor() {
        return previous != null && rule().fromTrigger();
    }

    /** The span lateness is counted in: the extension's, or the deadline's. */
    Span lateness() {
        return granted() != null ? granted() : rule().counted();
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
