package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;

/**
 * Explains an obligation's outcomes in words, from the rule's resolved patterns: why it exists, how
 * its due date was computed and what became of it. Evaluation never calls it; an explanation is
 * built when it is first read.
 */
final class ObligationExplainer {

    private final EventPattern[] triggers;
    private final CountedFrom countedFrom;
    private final EventPattern[] metBy;

    ObligationExplainer(EventPattern[] triggers, CountedFrom countedFrom, EventPattern[] metBy) {
        this.triggers = triggers;
        this.countedFrom = countedFrom;
        this.metBy = metBy;
    }

    Explanation explain(ObligationOutcome o) {
        return new Explanation(trigger(o), computation(o, o.workingDays()), resolution(o, o.asOf(), o.workingDays()));
    }

    private String trigger(ObligationOutcome o) {
        if (o.previous() == null) {
            String words = Words.event(o.anchor());
            for (EventPattern pattern : triggers) {
                if (pattern.test(o.anchor())) {
                    words += pattern.filters();
                    break;
                }
            }
            if (countedFrom != null) {
                words += countedFrom.words(o.anchor(), o.from());
            }
            return words;
        }
        String series = "occurrence " + o.occurrence() + " of the series from " + Words.event(o.anchor()) + ": counted from ";
        String before = Words.event(o.previous()) + ", which met occurrence " + (o.occurrence() - 1);
        return series + (o.countedFromAnchor() ? "it, after " + before : before);
    }

    private static String computation(ObligationOutcome o, WorkingDays workingDays) {
        if (o.hours() != null) {
            String span = o.lateness().words();
            if (o.hours().dueAt() != null) {
                return span + " after " + Words.date(o.from()) + " " + o.hours().triggeredAt() + ": " + Words.date(o.due()) + " "
                        + o.hours().dueAt().toLocalTime();
            }
            return span + " after " + Words.date(o.from()) + ", a day with no time recorded: judged by date, the " + span
                    + " ending on " + Words.date(o.due()) + " at the latest";
        }
        String words = o.rule().explain(o.from(), workingDays);
        if (o.extendedBy() != null) {
            words += "; extended by " + Words.event(o.extendedBy()) + " to " + o.granted().explain(o.from(), o.due(), workingDays);
        }
        return words;
    }

    private String resolution(ObligationOutcome o, LocalDate asOf, WorkingDays workingDays) {
        ObligationStatus status = o.status();
        if (o.satisfier() != null && o.hours() != null) {
            return "met by " + Words.event(o.satisfier()) + (o.hours().satisfiedAt() == null ? "" : " at " + o.hours().satisfiedAt())
                    + hoursOutcome(o);
        }
        if (o.satisfier() != null) {
            return "met by " + Words.event(o.satisfier()) + (status == ObligationStatus.MET_LATE
                    ? ", " + lateness(o.due(), o.satisfier().date(), o.lateness(), workingDays) + " late" : ", in time");
        }
        if (status == ObligationStatus.CANCELLED) {
            return o.waiver() != null ? "cancelled: waived by " + Words.event(o.waiver())
                    : "cancelled: " + o.planEnd().words() + (undated(o) ? " before it was met" : " before it fell due");
        }
        if (status == ObligationStatus.OVERDUE) {
            return "overdue since " + Words.date(o.due().plusDays(1)) + ": no " + wanted(o.trigger()) + " " + searched(o)
                    + " as of " + Words.date(asOf);
        }
        if (undated(o)) {
            return "open: no " + wanted(o.trigger()) + " yet; it has no due date";
        }
        return "open: no " + wanted(o.trigger()) + " yet; due by " + Words.date(o.due());
    }

    /** ", in time", ", 3 hours late", or how it was judged by date when a time is not recorded. */
    private static String hoursOutcome(ObligationOutcome o) {
        ObligationRule.Hours hours = o.hours();
        boolean late = o.status() == ObligationStatus.MET_LATE;
        if (hours.timed()) {
            long minutes = java.time.Duration.between(hours.dueAt(), o.satisfier().date().atTime(hours.satisfiedAt())).toMinutes();
            long hoursLate = (minutes + 59) / 60;
            return late ? ", " + Words.count(hoursLate, "hour", "hours") + " late" : ", in time";
        }
        String missing = hours.dueAt() == null ? "the trigger's time is not recorded" : "its time is not recorded";
        if (late) {
            long days = o.satisfier().date().toEpochDay() - o.due().toEpochDay();
            return ", late: " + missing + ", and its day is " + Words.count(days, "day", "days") + " after the last day "
                    + o.lateness().words() + " can reach";
        }
        return ", in time as far as the dates show: " + missing + ", and its day is no later than the last day "
                + o.lateness().words() + " can reach";
    }

    private static boolean undated(ObligationOutcome o) {
        return o.due().equals(org.childinneed.model.compliance.Obligation.UNDATED);
    }

    /** Where a satisfying event was looked for. */
    private static String searched(ObligationOutcome o) {
        if (o.sinceLastClause()) {
            return o.sinceLast() == null ? "at any time" : "since " + Words.event(o.sinceLast());
        }
        if (o.countedFromAnchor()) {
            return "after " + Words.event(o.previous()) + (o.earliest() == null ? "" : " and on or after " + Words.date(o.earliest()));
        }
        return "on or after " + Words.date(o.searchedFrom());
    }

    /** What would satisfy it, naming the event it refers to. */
    private String wanted(CaseEvent trigger) {
        StringBuilder out = new StringBuilder();
        for (EventPattern p : metBy) {
            out.append(out.length() == 0 ? "" : " or ").append(p.wanted(trigger));
        }
        return out.toString();
    }

    private static String lateness(LocalDate due, LocalDate on, Span used, WorkingDays workingDays) {
        if (used != null && used.unit().skipsHolidays()) {
            int late = workingDays.workingDaysBetween(due, on);
            if (late > 0) {
                return Words.count(late, "working day", "working days");
            }
        }
        long days = on.toEpochDay() - due.toEpochDay();
        return Words.count(days, "day", "days");
    }
}
