package org.childinneed.benchmarks.reference;

import static org.childinneed.model.compliance.ObligationKind.*;

import java.time.LocalDate;
import java.util.Map;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.ConferenceOutcome;
import org.childinneed.model.event.CpConference;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MovedIn;
import org.childinneed.model.event.MovedOut;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.Referral;
import org.childinneed.model.event.SignificantChange;

/**
 * The Kent clauses that oblige something by a date (KEN-01 to -03, -05, -06, -08 to -12, -16,
 * -17, -23), and the two Kent inherits from the national baseline (WT-01, WT-02).
 */
final class KentObligations {

    private static final String MEETINGS = "5. Child in Need Meetings";
    private static final String INITIAL = MEETINGS + ": Initial Child in Need meeting";
    private static final String REVIEWS = MEETINGS + ": Child in Need review meetings";
    private static final String DISABLED = "6. Children open to the Disabled Children and Young People's Service";
    private static final String MOVING = "8. Children in Need Moving in or out of Kent Local Authority";
    private static final String WORKING_TOGETHER = "Working Together to Safeguard Children 2018";
    private static final Rule WT_01 = new Rule("WT-01", REFERRAL_DECISION,
            Citation.of(WORKING_TOGETHER, "Chapter 1: Assessing need and providing help"));
    private static final Rule WT_02 = new Rule("WT-02", ASSESSMENT,
            Citation.of(WORKING_TOGETHER, "Chapter 1: Assessing need and providing help, Timeliness"));
    private static final Rule KEN_01 = Rule.of("KEN-01", INITIAL_MEETING, INITIAL);
    private static final Rule KEN_02 = Rule.of("KEN-02", INITIAL_MEETING, INITIAL);
    private static final Rule KEN_03 = Rule.of("KEN-03", TRANSFER_IN_MEETING, MOVING);
    private static final Rule KEN_05 = Rule.of("KEN-05", VISIT, INITIAL);
    private static final Rule KEN_06 = Rule.of("KEN-06", REVIEW_MEETING, REVIEWS);
    private static final Rule KEN_08 = Rule.of("KEN-08", CASE_NOTE, MEETINGS);
    private static final Rule KEN_09 = Rule.of("KEN-09", PLAN_AUTHORISATION, MEETINGS);
    private static final Rule KEN_10 = Rule.of("KEN-10", MINUTES, MEETINGS);
    private static final Rule KEN_11 = Rule.of("KEN-11", EARLY_REVIEW, REVIEWS);
    private static final Rule KEN_12 = Rule.of("KEN-12", REVIEW_MEETING, DISABLED);
    private static final Rule KEN_16 = Rule.of("KEN-16", TRANSFER_NOTIFICATION, MOVING);
    private static final Rule KEN_17 = Rule.of("KEN-17", TRANSFER_INFORMATION, MOVING);
    private static final Rule KEN_23 = Rule.of("KEN-23", CASE_SUMMARY, MOVING);

    private final KentCase kase;
    private final ObligationBook book;
    /** The plan open at the event in hand, or null. */
    private PlanStarted open;

    private KentObligations(KentCase kase, ObligationBook book) {
        this.kase = kase;
        this.book = book;
    }

    static void write(KentCase kase, ObligationBook book) {
        new KentObligations(kase, book).write();
    }

    private void write() {
        boolean disabled = kase.timeline.child().disabled();
        for (CaseEvent event : kase.timeline.events()) {
            if (event instanceof PlanStarted p) {
                open = p;
            } else if (event instanceof PlanEnded) {
                open = null;
            }
            if (event instanceof Referral r) {
                once(WT_01, r, r.date(), Deadline.workingDays(1), kase.referralDecisions);
                once(WT_02, r, r.date(), Deadline.workingDays(45), kase.assessmentsCompleted);
            } else if (event instanceof AssessmentCompleted a && a.outcome() == AssessmentOutcome.IN_NEED) {
                CaseEvent start = kase.assessmentsStarted.lastBefore(a);
                // An initial meeting held since the last assessment started (any before, when none is recorded) counts.
                int i = start != null ? kase.initialMeetings.indexOnOrAfter(start.date()) : 0;
                book.add(KEN_01, a, a.date(), Deadline.workingDays(10),
                        i < kase.initialMeetings.size() ? kase.initialMeetings.get(i) : null, planEnd(a));
            } else if (event instanceof CpConference c && c.outcome().filter(o -> o == ConferenceOutcome.STEP_DOWN_TO_CIN).isPresent()) {
                once(KEN_02, c, c.date(), Deadline.weeks(4), kase.initialMeetings);
            } else if (event instanceof MovedIn m) {
                // KEN-03 conflict: section 5 counts from residence, section 8 from notification of the
                // move; the product owner's reading takes the later of the two (the move where none is recorded).
                LocalDate from = m.notified().filter(n -> n.isAfter(m.date())).orElse(m.date());
                once(KEN_03, m, from, Deadline.workingDays(20), kase.transferInOrInitialMeetings);
            } else if (event instanceof MovedOut m) {
                once(KEN_16, m, m.date(), Deadline.workingDays(1), kase.receivingAuthorityNotices);
                once(KEN_17, m, m.date(), Deadline.workingDays(5), kase.transferInformation);
                if (!m.planned()) {   // KEN-23: an unplanned move, the summary and the chronology each
                    once(KEN_23, m, m.date(), Deadline.workingDays(5), kase.caseSummaries);
                    once(KEN_23, m, m.date(), Deadline.workingDays(5), kase.chronologies);
                }
            } else if (event instanceof SignificantChange s) {
                once(KEN_11, s, s.date(), Deadline.atOnce(), kase.reviewMeetings);
            } else if (event instanceof Meeting m) {
                followUp(KEN_08, m, Deadline.workingDays(1), kase.caseNotes);
                followUp(KEN_09, m, Deadline.workingDays(5), kase.authorisations);
                followUp(KEN_10, m, Deadline.workingDays(10), kase.minutes);
            } else if (event instanceof PlanStarted p) {
                if (disabled) {
                    series(KEN_12, p, Deadline.months(3), Deadline.months(6), kase.reviewMeetings);
                } else {
                    series(KEN_05, p, Deadline.weeks(4), Deadline.weeks(4), kase.visits);
                    series(KEN_06, p, Deadline.weeks(12), Deadline.weeks(12), kase.reviewMeetings);
                }
            }
        }
    }

    /** A one-off obligation, met by the first satisfier dated on or after {@code from}. */
    private void once(Rule rule, CaseEvent trigger, LocalDate from, Deadline deadline, ByDate<? extends CaseEvent> satisfiers) {
        int i = satisfiers.indexOnOrAfter(from);
        book.add(rule, trigger, from, deadline, i < satisfiers.size() ? satisfiers.get(i) : null, planEnd(trigger));
    }

    private void followUp(Rule rule, Meeting meeting, Deadline deadline, Map<String, CaseEvent> firstReferring) {
        CaseEvent satisfier = meeting.ref().id().map(firstReferring::get).orElse(null);
        book.add(rule, meeting, meeting.date(), deadline, satisfier, planEnd(meeting));
    }

    /**
     * What ends the plan an obligation triggered by {@code trigger} belongs to, or null: the plan open
     * at the trigger ends at its plan-ended or at the next plan-started; with none open, the first
     * plan-ended after the trigger counts.
     */
    private CaseEvent planEnd(CaseEvent trigger) {
        return open != null ? kase.planEndings.get(open) : kase.planEnds.firstAfter(trigger);
    }

    /**
     * A recurring obligation: the first counted from the plan's start, each next one from the event
     * that met the one before. Only events up to the plan's end (its plan-ended, or before the next
     * plan-started) count; only the first unmet occurrence is written, and none starts once the plan
     * has ended.
     */
    private void series(Rule rule, PlanStarted plan, Deadline first, Deadline then, ByDate<? extends CaseEvent> satisfiers) {
        CaseEvent planEnd = kase.planEndings.get(plan);
        int last = planEnd == null ? satisfiers.size() : satisfiers.indexAfter(planEnd);
        CaseEvent trigger = plan;
        Deadline deadline = first;
        for (int next = satisfiers.indexOnOrAfter(plan.date()); ; next++) {
            CaseEvent satisfier = next < last ? satisfiers.get(next) : null;
            book.add(rule, trigger, trigger.date(), deadline, satisfier, planEnd);
            if (satisfier == null || planEnd != null && !satisfier.date().isBefore(planEnd.date())) {
                return;
            }
            trigger = satisfier;
            deadline = then;
        }
    }
}
