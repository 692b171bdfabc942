package org.childinneed.dsl.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;

/**
 * An obligation resolved for evaluation (contract section 3): one-off, or recurring with only the
 * next unsatisfied occurrence reported.
 */
final class ObligationRule implements RuleNode {

    private final String rule;
    private final ObligationKind kind;
    private final Citation cite;
    private final EventPattern[] triggers;
    private final AttributeReader countedFrom;
    private final Cond condition;
    private final DueRule[] steps;
    private final boolean repeatLast;
    private final EventPattern[] metBy;
    private final EventPattern since;
    private final String metByText;
    private final ExtensionNode[] extensions;
    private final EventPattern[] waivers;

    ObligationRule(String rule, ObligationKind kind, Citation cite, EventPattern[] triggers, AttributeReader countedFrom,
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
        this.metByText = text(metBy);
        this.extensions = extensions.toArray(new ExtensionNode[0]);
        this.waivers = waivers;
    }

    private static String text(EventPattern[] patterns) {
        StringBuilder out = new StringBuilder();
        for (EventPattern p : patterns) {
            out.append(out.length() == 0 ? "" : " or ").append(p.text());
        }
        return out.toString();
    }

    @Override
    public void evaluate(EvalContext ctx, Results out) {
        for (CaseEvent anchor : EventPattern.union(triggers, ctx)) {
            if (condition != null && !condition.test(new Focus(anchor, anchor.date(), ctx.planAt(anchor)), ctx)) {
                continue;
            }
            LocalDate from = triggerDate(anchor);
            if (steps.length == 1 && !repeatLast) {
                once(ctx, anchor, from, out);
            } else {
                series(ctx, anchor, from, out);
            }
        }
    }

    private LocalDate triggerDate(CaseEvent anchor) {
        if (countedFrom != null && countedFrom.read(anchor) instanceof LocalDate date) {
            return date;
        }
        return anchor.date();
    }

    private void once(EvalContext ctx, CaseEvent trigger, LocalDate from, Results out) {
        DueRule step = steps[0];
        LocalDate earliest = step.earliest(from, ctx.workingDays);
        LocalDate due = step.due(from, ctx.workingDays);
        String computation = step.explain(from, ctx.workingDays);
        Span used = step instanceof DueRule.Within w ? w.span() : null;
        for (ExtensionNode extension : extensions) {
            CaseEvent decision = extension.decision(ctx, trigger, from, due);
            if (decision != null) {
                Span granted = extension.granted(decision);
                LocalDate extended = granted.after(from, ctx.workingDays);
                if (extended.isAfter(due)) {
                    computation += "; extended by " + Words.event(decision) + " to "
                            + granted.explain(from, extended, ctx.workingDays);
                    due = extended;
                    used = granted;
                }
                break;
            }
        }
        EvalContext.PlanEnd planEnd = ctx.planEndOf(trigger);
        LocalDate first = earliest == null || earliest.isBefore(from) ? from : earliest;
        long lower = Keys.startOf(first);
        String searched = "on or after " + Words.date(first);
        if (since != null) {
            CaseEvent last = since.candidates(ctx, trigger).lastBetween(Long.MIN_VALUE, Keys.of(trigger) - 1, trigger);
            lower = last == null ? Long.MIN_VALUE : Keys.of(last) + 1;
            searched = last == null ? "at any time" : "since " + Words.event(last);
        }
        CaseEvent satisfier = EventPattern.first(metBy, ctx, trigger, lower, Long.MAX_VALUE, trigger);
        out.add(obligation(ctx, trigger, from, triggerWords(trigger, from), earliest, due, computation, used,
                satisfier, planEnd, searched));
    }

    private void series(EvalContext ctx, CaseEvent anchor, LocalDate anchorDate, Results out) {
        EvalContext.PlanEnd planEnd = ctx.planEndOf(anchor);
        long last = planEnd == null ? Long.MAX_VALUE : planEnd.lastKey();
        CaseEvent previous = null;
        long lower = Keys.startOf(anchorDate);
        for (int occurrence = 1, step = 0; ; occurrence++) {
            DueRule rule = steps[step];
            // Counted from the anchor (the first occurrence, or 'then at'), else from what met the one before.
            boolean fromAnchor = previous == null || rule.fromTrigger();
            CaseEvent trigger = fromAnchor ? anchor : previous;
            LocalDate from = fromAnchor ? anchorDate : previous.date();
            LocalDate earliest = rule.earliest(from, ctx.workingDays);
            LocalDate due = rule.due(from, ctx.workingDays);
            long from0 = earliest == null ? lower : Math.max(lower, Keys.startOf(earliest));
            CaseEvent satisfier = EventPattern.first(metBy, ctx, trigger, from0, last, anchor);
            String words;
            String searched;
            if (previous == null) {
                words = triggerWords(anchor, anchorDate);
                searched = "on or after " + Words.date(earliest == null ? from : earliest);
            } else if (fromAnchor) {
                words = "occurrence " + occurrence + " of the series from " + Words.event(anchor) + ": counted from "
                        + "it, after " + Words.event(previous) + ", which met occurrence " + (occurrence - 1);
                searched = "after " + Words.event(previous)
                        + (earliest == null ? "" : " and on or after " + Words.date(earliest));
            } else {
                words = "occurrence " + occurrence + " of the series from " + Words.event(anchor) + ": counted from "
                        + Words.event(previous) + ", which met occurrence " + (occurrence - 1);
                searched = "on or after " + Words.date(earliest == null ? from : earliest);
            }
            Span used = rule instanceof DueRule.Within w ? w.span() : null;
            out.add(obligation(ctx, trigger, from, words, earliest, due, rule.explain(from, ctx.workingDays), used,
                    satisfier, planEnd, searched));
            if (satisfier == null || (planEnd != null && !satisfier.date().isBefore(planEnd.date()))) {
                return;
            }
            if (step + 1 < steps.length) {
                step++;
            } else if (!repeatLast) {
                return;
            }
            previous = satisfier;
            lower = Keys.of(satisfier) + 1;
        }
    }

    private String triggerWords(CaseEvent trigger, LocalDate from) {
        String words = Words.event(trigger);
        for (EventPattern pattern : triggers) {
            if (pattern.test(trigger)) {
                words += pattern.text().substring(pattern.typeCode().length());
                break;
            }
        }
        if (!from.equals(trigger.date())) {
            words += "; counted from its " + countedFrom.name() + " date, " + Words.date(from);
        }
        return words;
    }

    private Obligation obligation(EvalContext ctx, CaseEvent trigger, LocalDate from, String triggerWords,
            LocalDate earliest, LocalDate due, String computation, Span used, CaseEvent satisfier,
            EvalContext.PlanEnd planEnd, String searched) {
        ObligationStatus status;
        String resolution;
        if (satisfier != null) {
            boolean late = satisfier.date().isAfter(due);
            status = late ? ObligationStatus.MET_LATE : ObligationStatus.MET;
            resolution = "met by " + Words.event(satisfier) + (late ? ", " + lateness(ctx, due, satisfier.date(), used)
                    + " late" : ", in time");
        } else {
            CaseEvent waiver = waivers.length == 0 ? null
                    : EventPattern.first(waivers, ctx, trigger, Keys.startOf(from), Keys.endOf(due), trigger);
            if (waiver != null) {
                status = ObligationStatus.CANCELLED;
                resolution = "cancelled: waived by " + Words.event(waiver);
            } else if (planEnd != null && planEnd.date().isBefore(due)) {
                status = ObligationStatus.CANCELLED;
                resolution = "cancelled: " + planEnd.words() + " before it fell due";
            } else if (due.isBefore(ctx.asOf)) {
                status = ObligationStatus.OVERDUE;
                resolution = "overdue since " + Words.date(due.plusDays(1)) + ": no " + wanted(trigger) + " "
                        + searched + " as of " + Words.date(ctx.asOf);
            } else {
                status = ObligationStatus.OPEN;
                resolution = "open: no " + wanted(trigger) + " yet; due by " + Words.date(due);
            }
        }
        return new Obligation(rule, kind, trigger.ref(), from, Optional.ofNullable(earliest), due, status,
                Optional.ofNullable(satisfier).map(CaseEvent::ref), Optional.ofNullable(satisfier).map(CaseEvent::date),
                cite, new Explanation(triggerWords, computation, resolution));
    }

    /** What would satisfy it, naming the event it refers to. */
    private String wanted(CaseEvent trigger) {
        return metByText.replace(" referring to it", " referring to " + trigger.ref().label());
    }

    private static String lateness(EvalContext ctx, LocalDate due, LocalDate on, Span used) {
        if (used != null && used.unit().skipsHolidays()) {
            int late = ctx.workingDays.workingDaysBetween(due, on);
            if (late > 0) {
                return Words.count(late, "working day", "working days");
            }
        }
        long days = on.toEpochDay() - due.toEpochDay();
        return Words.count(days, "day", "days");
    }
}
