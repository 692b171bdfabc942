package org.childinneed.dsl.eval;

import java.time.LocalDate;
import java.util.function.Function;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.VersionedPolicy.JudgedDates;
import org.childinneed.model.timeline.CaseRecord;

/** A checked policy resolved into evaluation nodes. */
public interface PolicyPlan {

    /** What the policy is. */
    PolicyInfo info();

    /** The most events a case may hold to be evaluated: its events' indexes are below it. */
    int MAX_EVENTS = Keys.MAX_EVENTS;

    /**
     * Evaluates a case as known on {@code asOf}.
     *
     * @throws IllegalArgumentException if an event's index is {@link #MAX_EVENTS} or more
     */
    ComplianceReport evaluate(CaseRecord record, LocalDate asOf);

    /**
     * Evaluates a case as known on {@code asOf}, leaving out the obligations whose trigger date, and
     * the findings whose date, lies outside the dates {@code judged} gives for their rule's citation
     * (and spending no time on them where it can tell early).
     *
     * @throws IllegalArgumentException if an event's index is {@link #MAX_EVENTS} or more
     */
    ComplianceReport evaluate(CaseRecord record, LocalDate asOf, Function<Citation, JudgedDates> judged);
}
