package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.child.Child;
import org.childinneed.model.compliance.VersionedPolicy.JudgedDates;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.timeline.Plan;
import org.childinneed.model.timeline.Timeline;

/**
 * The state of one evaluation: the case as of a date, and per-pattern caches. Not shared while
 * evaluating; afterwards the words of deferred findings read it, one at a time ({@link #explaining}).
 */
final class EvalContext {

    final Timeline timeline;
    final LocalDate asOf;
    final Child child;
    final WorkingDays workingDays;
    /** The as-of date and the working days, together: what an obligation's words read after the evaluation. */
    final Counted counted;
    final Object[] cache;
    private PlanIndex plans;
    /**
     * The key of the event the last search of a pattern found ({@link EventPattern#first},
     * {@link EventPattern#last}), for a caller that reads it at once: the search knows it, and
     * working it out again from the event costs more.
     */
    long foundKey;
    private Matches planEnds;
    /** The dates the rule in hand is judged on: its items dated otherwise are left out. */
    private LocalDate judgedFrom = LocalDate.MIN;
    private LocalDate judgedUntil = LocalDate.MAX;
    /** Whether the rule in hand is judged on every date (most are: a policy with one version, undated). */
    private boolean judgesEveryDate = true;

    EvalContext(Timeline timeline, LocalDate asOf, WorkingDays workingDays, int slots) {
        this.timeline = timeline;
        this.asOf = asOf;
        this.child = timeline.child();
        this.workingDays = workingDays;
        this.counted = new Counted(asOf, workingDays);
        this.cache = new Object[slots];
    }

    /**
     * Builds words from this context after the evaluation, when a report's reader first asks for
     * them: the reader may be any thread, and the context's caches are not thread-safe, so words are
     * built one at a time under the context's lock. The evaluation wrote the caches before the
     * report was made, so that a reader given the report sees them.
     */
    <T> T explaining(java.util.function.Supplier<T> words) {
        synchronized (this) {
            return words.get();
        }
    }

    /** The time of day {@code event} happened, or null when its case file records none. */
    java.time.LocalTime timeOf(CaseEvent event) {
        return timeline.timeOf(event).orElse(null);
    }

    /** Sets the dates the next rule's items are judged on. */
    void judge(JudgedDates dates) {
        judgedFrom = dates.from();
        judgedUntil = dates.until();
        judgesEveryDate = judgedFrom.equals(LocalDate.MIN) && judgedUntil.equals(LocalDate.MAX);
    }

    /** Whether the rule in hand keeps an item dated {@code date}: one it leaves out need not be decided. */
    boolean judges(LocalDate date) {
        // Judged on every date: every date but the last of all (LocalDate.MAX, the end of the dates) is judged.
        return judgesEveryDate && date.getYear() < java.time.Year.MAX_VALUE
                || !date.isBefore(judgedFrom) && date.isBefore(judgedUntil);
    }

    /**
     * The events of one type, with their keys: computed once per evaluation and type, so that every
     * pattern of the type filters them rather than keying them again.
     */
    Matches ofTypeKeyed(EventType type) {
        Matches known = byType[type.ordinal()];
        if (known == null) {
            List<CaseEvent> events = timeline.ofType(type);
            known = events.isEmpty() ? Matches.NONE : new Matches(events);
            byType[type.ordinal()] = known;
        }
        return known;
    }

    private final Matches[] byType = new Matches[TYPES];

    /** Whether the case has an event of any of {@code types}. */
    boolean hasAny(EventType[] types) {
        for (EventType type : types) {
            if (ofTypeKeyed(type).size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static final int TYPES = EventType.values().length;

    PlanIndex plans() {
        if (plans == null) {
            plans = PlanIndex.of(timeline);
        }
        return plans;
    }

    /** The plan open at {@code event}, or null. */
    Plan planAt(CaseEvent event) {
        return plans().at(Keys.of(event));
    }

    /**
     * How the plan of an obligation triggered by {@code anchor} ends, or null when it has not: the
     * plan open at the anchor ends at its plan-ended or, superseded, just before the next
     * plan-started. An anchor in no plan (or a plan's own plan-ended) looks to the first plan-ended
     * after it. The caller knows the anchor's key, {@code anchorKey}.
     */
    PlanEnd planEndOf(CaseEvent anchor, long anchorKey) {
        PlanIndex index = plans();
        int i = index.indexAt(anchorKey);
        if (i >= 0 && index.plans().get(i).end().orElse(null) != anchor) {
            return index.endOf(i);
        }
        if (planEnds == null) {
            planEnds = ofTypeKeyed(EventType.PLAN_ENDED);
        }
        // The first plan-ended after the anchor in timeline order, if any.
        int after = planEnds.firstFrom(anchorKey == Long.MAX_VALUE ? anchorKey : anchorKey + 1);
        return after < planEnds.size() ? new PlanEnd(planEnds.get(after), planEnds.key(after), false) : null;
    }

    /** The date a case was evaluated as of, and the working days its obligations were counted in. */
    record Counted(LocalDate asOf, WorkingDays workingDays) {
    }

    /**
     * The end of a plan, as obligations see it.
     *
     * @param event the plan-ended, or the plan-started that superseded the plan
     * @param lastKey the last key inside the plan: no event after it satisfies the plan's obligations
     * @param superseded whether {@code event} is a plan-started
     */
    record PlanEnd(CaseEvent event, long lastKey, boolean superseded, boolean periodSetAgain) {

        PlanEnd(CaseEvent event, long lastKey, boolean superseded) {
            this(event, lastKey, superseded, false);
        }

        /** The end of a series whose period its trigger set, at the next trigger, which sets it again. */
        static PlanEnd periodSetAgain(CaseEvent next) {
            return new PlanEnd(next, Keys.of(next) - 1, false, true);
        }

        LocalDate date() {
            return event.date();
        }

        /** "the plan ended (plan-ended e1 on Wed 1 Apr 2026)". */
        String words() {
            if (periodSetAgain) {
                return "the period was set again (" + Words.event(event) + ")";
            }
            return "the plan " + (superseded ? "was superseded" : "ended") + " (" + Words.event(event) + ")";
        }
    }

}
