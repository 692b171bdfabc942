package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.DateCaveat;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.NotRequired;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;

/**
 * An obligation resolved for evaluation (contract section 3): one-off, or recurring with only the
 * next unsatisfied occurrence reported.
 */
final class ObligationRule implements RuleNode {

    private final String rule;
    private final Obligation.Kind kind;
    private final Citation cite;
    private final EventPattern[] triggers;
    private final CountedFrom countedFrom;
    private final Cond condition;
    private final DueRule[] steps;
    private final boolean repeatLast;
    private final EventPattern[] metBy;
    private final EventPattern since;
    private final ExtensionNode[] extensions;
    private final EventPattern[] waivers;
    private final ObligationExplainer explainer;
    /** Whether a step reads its period from the trigger ({@link DueRule.FromAttribute}). */
    private final boolean readsPeriod;

    ObligationRule(String rule, Obligation.Kind kind, Citation cite, EventPattern[] triggers, CountedFrom countedFrom,
            Cond condition, List<DueRule> steps, boolean repeatLast, EventPattern[] metBy, EventPattern since,
            List<ExtensionNode> extensions, EventPattern[] waivers) {
        this.rule = rule;
        this.kind = kind;
        this.cite = cite;
        this.triggers = triggers;
        this.countedFrom = countedFrom;
        this.condition = condition;
        this.steps = steps.toArray(new DueRule[0]);
        this.repeatLast = repeatLast;
        this.metBy = metBy;
        this.since = since;
        this.extensions = extensions.toArray(new ExtensionNode[0]);
        this.waivers = waivers;
        this.explainer = new ObligationExplainer(triggers, countedFrom, metBy);
        this.readsPeriod = java.util.Arrays.stream(this.steps).anyMatch(DueRule.FromAttribute.class::isInstance);
    }

    @Override
    public Citation cite() {
        return cite;
    }

    @Override
    public EventType[] startsFrom() {
        return java.util.Arrays.stream(triggers).map(EventPattern::type).distinct()
                .toArray(EventType[]::new);
    }

    @Override
    public void evaluate(EvalContext ctx, Results out) {
        boolean oneOff = steps.length == 1 && !repeatLast;
        Matches anchors = EventPattern.union(triggers, ctx);
        for (int i = 0; i < anchors.size(); i++) {
            start(ctx, anchors.get(i), anchors.key(i), oneOff, out);
        }
    }

    /**
     * What the trigger {@code anchor} (whose key is {@code anchorKey}) starts: a one-off obligation
     * or a series, unless its condition lifts it.
     */
    private void start(EvalContext ctx, CaseEvent anchor, long anchorKey, boolean oneOff, Results out) {
        LocalDate from = triggerDate(anchor);
        if (oneOff && !ctx.judges(from)) {
            return;
        }
        if (condition != null) {
            Focus focus = new Focus(anchor, ctx);
            if (!condition.test(focus, ctx)) {
                // Nothing disappears silently: what the condition lifted is shown, and why, worded
                // when first read (the context is read under its lock); an anchor outside the
                // judged dates is another's to show.
                if (ctx.judges(from)) {
                    out.add(NotRequired.deferred(rule, kind, anchor.ref(), from,
                            () -> ctx.explaining(() -> condition.fact(focus, ctx, false)), cite));
                }
                return;
            }
        }
        DueRule[] steps = this.steps;
        if (readsPeriod) {
            // The period is the trigger's: read once per trigger, for these rules alone.
            steps = new DueRule[this.steps.length];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = this.steps[i].forAnchor(anchor);
                if (steps[i] == null) {
                    DueRule.FromAttribute reads = (DueRule.FromAttribute) this.steps[i];
                    if (ctx.judges(from)) {
                        out.add(NotRequired.deferred(rule, kind, anchor.ref(), from,
                                () -> ctx.explaining(() -> reads.whyNot(anchor)), cite));
                    }
                    return;
                }
            }
        }
        if (oneOff) {
            once(ctx, anchor, anchorKey, from, steps, out);
        } else {
            series(ctx, anchor, anchorKey, from, steps, out);
        }
    }

    private LocalDate triggerDate(CaseEvent anchor) {
        return countedFrom == null ? anchor.date() : countedFrom.date(anchor);
    }

    private void once(EvalContext ctx, CaseEvent trigger, long triggerKey, LocalDate from, DueRule[] steps,
            Results out) {
        DueRule step = steps[0];
        LocalDate earliest = step.earliest(from, ctx.workingDays);
        LocalDate due = step.due(from, ctx.workingDays);
        Span used = step.counted();
        CaseEvent extendedBy = null;
        Span granted = null;
        boolean pastHolidayData = pastHolidayData(step, from, earliest, due, ctx.workingDays);
        for (ExtensionNode extension : extensions) {
            CaseEvent decision = extension.decision(ctx, trigger, from, due);
            if (decision != null) {
                Span limit = extension.granted(decision);
                LocalDate extended = limit.after(from, ctx.workingDays);
                if (extended.isAfter(due)) {
                    extendedBy = decision;
                    granted = limit;
                    due = extended;
                    used = limit;
                    pastHolidayData = limit.pastHolidayData(extended, ctx.workingDays);
                }
                break;
            }
        }
        LocalDate first = firstDaySearched(from, earliest, true);
        long lower = Keys.startOf(first);
        CaseEvent last = null;
        if (since != null) {
            last = since.last(ctx, trigger, Long.MIN_VALUE, triggerKey - 1, trigger);
            lower = last == null ? Long.MIN_VALUE : ctx.foundKey + 1;
        }
        CaseEvent satisfier = EventPattern.first(metBy, ctx, trigger, lower, Long.MAX_VALUE, trigger);
        // The plan's end matters only to an obligation not met: it may cancel it.
        EvalContext.PlanEnd planEnd = satisfier == null ? ctx.planEndOf(trigger, triggerKey) : null;
        Hours hours = null;
        if (used != null && used.unit() == org.childinneed.dsl.internal.ast.TimeUnit.HOURS) {
            // Counted in hours: to the minute from a trigger whose time is recorded (counted from its own day).
            java.time.LocalTime at = from.equals(trigger.date()) ? ctx.timeOf(trigger) : null;
            java.time.LocalDateTime dueAt = at == null ? null : from.atTime(at).plusHours(used.amount());
            if (dueAt != null) {
                due = dueAt.toLocalDate();
            }
            hours = new Hours(at, dueAt, satisfier == null ? null : ctx.timeOf(satisfier));
        }
        out.add(decide(ctx, trigger, trigger, from, 0, null, earliest, due, satisfier,
                satisfier == null ? null : satisfier.date(), planEnd, pastHolidayData,
                ObligationOutcome.Unusual.of(extendedBy, granted, last, hours)));
    }

    private void series(EvalContext ctx, CaseEvent anchor, long anchorKey, LocalDate anchorDate, DueRule[] steps,
            Results out) {
        EvalContext.PlanEnd planEnd = ctx.planEndOf(anchor, anchorKey);
        if (readsPeriod) {
            // The next trigger sets the period again: this series ends just before it.
            CaseEvent next = EventPattern.first(triggers, ctx, anchor, anchorKey + 1, Long.MAX_VALUE, anchor);
            if (next != null && (planEnd == null || ctx.foundKey - 1 < planEnd.lastKey())) {
                planEnd = EvalContext.PlanEnd.periodSetAgain(next);
            }
        }
        long last = planEnd == null ? Long.MAX_VALUE : planEnd.lastKey();
        LocalDate ends = planEnd == null ? null : planEnd.date();
        CaseEvent previous = null;
        // The date of the event that met the occurrence before, read once: it is the next one's start.
        LocalDate previousDate = null;
        long lower = Keys.startOf(anchorDate);
        for (int occurrence = 1, step = 0; ; occurrence++) {
            DueRule rule = steps[step];
            // Counted from the anchor (the first occurrence, or 'then at'), else from what met the one before.
            boolean fromAnchor = previous == null || rule.fromTrigger();
            CaseEvent trigger = fromAnchor ? anchor : previous;
            LocalDate from = fromAnchor ? anchorDate : previousDate;
            LocalDate earliest = rule.earliest(from, ctx.workingDays);
            LocalDate due = rule.due(from, ctx.workingDays);
            long from0 = earliest == null ? lower : Math.max(lower, Keys.startOf(earliest));
            CaseEvent satisfier = EventPattern.first(metBy, ctx, trigger, from0, last, anchor);
            long satisfierKey = ctx.foundKey;
            LocalDate satisfiedOn = satisfier == null ? null : satisfier.date();
            if (ctx.judges(from)) {
                out.add(decide(ctx, anchor, trigger, from, occurrence, previous, earliest, due, satisfier, satisfiedOn,
                        planEnd, pastHolidayData(rule, from, earliest, due, ctx.workingDays), null));
            }
            if (satisfier == null || (ends != null && !satisfiedOn.isBefore(ends))) {
                return;
            }
            if (step + 1 < steps.length) {
                step++;
            } else if (!repeatLast) {
                return;
            }
            previous = satisfier;
            previousDate = satisfiedOn;
            lower = satisfierKey + 1;
        }
    }

    /**
     * Whether {@code rule} counted working days past the bank-holiday data to reach {@code earliest}
     * or {@code due}: only a date past the data can be, so the rule is asked (and counts again)
     * only for such a date.
     */
    private static boolean pastHolidayData(DueRule rule, LocalDate from, LocalDate earliest, LocalDate due,
            WorkingDays workingDays) {
        boolean past = workingDays.pastHolidayData(due) || earliest != null && workingDays.pastHolidayData(earliest);
        return past && rule.pastHolidayData(from, workingDays);
    }

    /**
     * Decides where an occurrence stands; its explanation is built from the outcome when first read.
     * The caller gives the satisfying event's date ({@code satisfiedOn}, null when none), which it
     * has read already, and what few occurrences have ({@code unusual}, or null), but a waiver,
     * which only an occurrence not met looks for.
     */
    private Obligation decide(EvalContext ctx, CaseEvent anchor, CaseEvent trigger, LocalDate from, int occurrence,
            CaseEvent previous, LocalDate earliest, LocalDate due, CaseEvent satisfier, LocalDate satisfiedOn,
            EvalContext.PlanEnd planEnd, boolean pastHolidayData, ObligationOutcome.Unusual unusual) {
        ObligationStatus status;
        if (satisfier != null) {
            Hours hours = unusual == null ? null : unusual.hours();
            boolean late = hours != null && hours.timed()
                    ? satisfiedOn.atTime(hours.satisfiedAt()).isAfter(hours.dueAt()) : satisfiedOn.isAfter(due);
            status = late ? ObligationStatus.MET_LATE : ObligationStatus.MET;
        } else {
            CaseEvent waiver = waivers.length == 0 ? null
                    : EventPattern.first(waivers, ctx, trigger, Keys.startOf(from), Keys.endOf(due), trigger);
            if (waiver != null) {
                unusual = ObligationOutcome.Unusual.waivedBy(unusual, waiver);
            }
            if (waiver != null || (planEnd != null && planEnd.date().isBefore(due))) {
                status = ObligationStatus.CANCELLED;
            } else {
                status = due.isBefore(ctx.asOf) ? ObligationStatus.OVERDUE : ObligationStatus.OPEN;
            }
        }
        ObligationOutcome outcome = new ObligationOutcome(anchor, occurrence, previous, satisfier, planEnd, unusual,
                this, ctx.counted);
        Obligation obligation = new Obligation(this.rule, kind, trigger.ref(), from, Optional.ofNullable(earliest), due, status,
                satisfier == null ? Optional.empty() : Optional.of(satisfier.ref()),
                satisfier == null ? Optional.empty() : Optional.of(satisfiedOn),
                cite, Explanation.deferred(pastHolidayData ? Set.of(DateCaveat.BEYOND_HOLIDAY_DATA) : Set.of(),
                        outcome));
        outcome.decided(obligation);
        return obligation;
    }

    /**
     * The first day a satisfying event is looked for: the earliest day it may be met, or the day it
     * is counted from when there is no earliest day or, for a one-off, that day is later.
     */
    static LocalDate firstDaySearched(LocalDate from, LocalDate earliest, boolean oneOff) {
        return earliest == null || oneOff && earliest.isBefore(from) ? from : earliest;
    }

    /**
     * The deadline occurrence {@code occurrence} (0 for a one-off) of what {@code anchor} starts
     * falls due by: a schedule's steps in turn, its last repeated; read from the anchor where the
     * rule reads its period from the trigger.
     */
    DueRule stepOf(CaseEvent anchor, int occurrence) {
        DueRule step = steps[Math.min(Math.max(occurrence - 1, 0), steps.length - 1)];
        return readsPeriod ? step.forAnchor(anchor) : step;
    }

    /** The words of an outcome it decided. */
    Explanation explain(ObligationOutcome outcome) {
        return explainer.explain(outcome);
    }

    /** Whether it looks for what meets it only since the last of an event ({@code since the last}). */
    boolean looksSinceLast() {
        return since != null;
    }

    /**
     * An obligation counted in hours: the trigger's time of day and the moment it falls due, when the
     * case file records the time; the satisfying event's time, if recorded. Without both times, it
     * is judged by date: in time on any day up to the last day the hours can reach.
     */
    record Hours(java.time.LocalTime triggeredAt, java.time.LocalDateTime dueAt, java.time.LocalTime satisfiedAt) {

        /** Whether both times are known, so that being met is judged to the minute. */
        boolean timed() {
            return dueAt != null && satisfiedAt != null;
        }
    }
}
