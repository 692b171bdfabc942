package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.VersionedPolicy.Found;
import org.childinneed.model.compliance.VersionedPolicy.JudgedDates;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.Timeline;

/** A checked policy resolved into evaluation nodes. */
public interface PolicyPlan {

    /** What the policy is. */
    PolicyInfo info();

    /** The most events a case may hold to be evaluated: its events' indexes are below it. */
    int MAX_EVENTS = Keys.MAX_EVENTS;

    /**
     * Refuses the events of case {@code caseId} if one's index is {@link #MAX_EVENTS} or more.
     *
     * @throws IllegalArgumentException naming the first such event and the limit
     */
    static void refusePastLimit(String caseId, List<CaseEvent> events) {
        for (CaseEvent event : events) {
            if (event.ref().index() >= MAX_EVENTS) {
                throw new IllegalArgumentException("case " + caseId + ": " + event.ref().describe()
                        + " is past the limit: a policy evaluates at most " + String.format(Locale.ROOT, "%,d", MAX_EVENTS)
                        + " events in one case, indexed from 0");
            }
        }
    }

    /**
     * The timeline of {@code record} as known on {@code asOf}, the record refused if any of its
     * events (also those after {@code asOf}) has an index of {@link #MAX_EVENTS} or more.
     *
     * @throws IllegalArgumentException naming the first such event and the limit
     */
    static Timeline known(CaseRecord record, LocalDate asOf) {
        Timeline whole = record.timeline();
        if (whole.highestIndex() >= MAX_EVENTS) {
            refusePastLimit(record.caseId(), record.events());
        }
        return whole.asOf(asOf);
    }

    /**
     * The plans of a policy's compositions as one policy that evaluates each rule node once, however
     * many of the plans have it, and judges its items by each plan's judging of it: it reports what a
     * {@code VersionedPolicy} of the same compositions reports, and refuses a case past
     * {@link #MAX_EVENTS} ({@link #known}). Plans numbered in one {@link SlotSpace} share their nodes and one context.
     *
     * @param plans the compositions' plans, made by {@link Planner}
     * @param judged how each composition, in the order of {@code plans}, judges a rule by its citation
     */
    static org.childinneed.model.compliance.Policy together(PolicyInfo info, List<PolicyPlan> plans,
            List<Function<Citation, org.childinneed.model.compliance.VersionedPolicy.Judging>> judged) {
        return new VersionsTogether(info, plans.stream().map(p -> (CompiledPlan) p).toList(), judged);
    }

    /**
     * Evaluates a case as known on {@code asOf}.
     *
     * @throws IllegalArgumentException if an event's index is {@link #MAX_EVENTS} or more
     */
    ComplianceReport evaluate(CaseRecord record, LocalDate asOf);

    /**
     * Evaluates a case as known on {@code asOf}, its timeline {@code known} already cut at that date
     * and its record already refused past {@link #MAX_EVENTS} by the caller, leaving out the obligations whose trigger date, and
     * the findings whose date, lies outside the dates {@code judged} gives for their rule's citation
     * (and spending no time on them where it can tell early).
     */
    ComplianceReport evaluate(Timeline known, LocalDate asOf, Function<Citation, JudgedDates> judged);

    /**
     * Evaluates as {@link #evaluate(Timeline, LocalDate, Function)} does, sharing its context with
     * the plans of the policy's other compositions that evaluate the same case: {@code shared} is
     * one map for the whole evaluation of the case (see {@code VersionedPolicy.Selective}).
     */
    ComplianceReport evaluate(Timeline known, LocalDate asOf, Function<Citation, JudgedDates> judged,
            java.util.Map<Object, Object> shared);

    /**
     * What {@link #evaluate(Timeline, LocalDate, Function, java.util.Map)} finds, unsorted: a
     * versioned policy sorts the report it makes of its compositions' items once.
     */
    Found found(Timeline known, LocalDate asOf, Function<Citation, JudgedDates> judged,
            java.util.Map<Object, Object> shared);
}
