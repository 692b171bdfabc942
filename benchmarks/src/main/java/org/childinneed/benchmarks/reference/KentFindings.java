package org.childinneed.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.meeting.RoleCode;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.ClosureView;
import org.childinneed.model.plan.PlanOrigin;

/**
 * The Kent clauses that find departures in the record (KEN-04, -07, -13 to -15, -18 to -22, -24, and
 * KENX-01 and -02, section 7 clauses the catalog does not list yet). A
 * condition about other events looks, as in the policy language, from the start of the plan open
 * at the event in hand (or of the case, when none is) to the end of that event's day.
 */
final class KentFindings {

    private static final Citation MEETINGS = Citation.of("kent.txt", "5. Child in Need Meetings");
    private static final Citation DISABLED = Citation.of("kent.txt", "6. Children open to the Disabled Children and Young People's Service");
    private static final Citation ENDING = Citation.of("kent.txt", "7. Ending a Child in Need Plan");
    private static final Citation PRINCIPLES = Citation.of("kent.txt", "2. Principles of Child in Need");
    private static final Citation OVERSIGHT = Citation.of("kent.txt", "9. Management Oversight");
    /** Section 7's reasons; a review's decision that the child no longer needs services covers step-down to Early Help. */
    private static final Set<ClosureReason> PERMITTED_ENDINGS = EnumSet.of(ClosureReason.NO_LONGER_IN_NEED,
            ClosureReason.STEPPED_DOWN_TO_EARLY_HELP, ClosureReason.CHILD_PROTECTION_PLAN, ClosureReason.LOOKED_AFTER,
            ClosureReason.SUPERVISION_ORDER_ENDED, ClosureReason.TRANSFERRED_TO_ANOTHER_AUTHORITY,
            ClosureReason.MOVED_OUTSIDE_ENGLAND_AND_WALES, ClosureReason.EIGHTEENTH_BIRTHDAY, ClosureReason.DIED);
    /** Endings that a review decides (KEN-15, KEN-18). */
    private static final Set<ClosureReason> DECIDED_ENDINGS = EnumSet.of(ClosureReason.NO_LONGER_IN_NEED,
            ClosureReason.STEPPED_DOWN_TO_EARLY_HELP);

    /** Endings after which the child is not closed, or whose views cannot be sought (KEN-21). */
    private static final Set<ClosureReason> NO_CLOSURE_SUMMARY = EnumSet.of(ClosureReason.CHILD_PROTECTION_PLAN,
            ClosureReason.LOOKED_AFTER, ClosureReason.DIED);
    /** Endings after which the child is not closed (KENX-01). */
    private static final Set<ClosureReason> NOT_CLOSED = EnumSet.of(ClosureReason.CHILD_PROTECTION_PLAN,
            ClosureReason.LOOKED_AFTER);
    /** Review outcomes that end the plan: no next meeting is agreed (KEN-22). */
    private static final Set<ReviewOutcome> ENDING_OUTCOMES = EnumSet.of(ReviewOutcome.NO_LONGER_IN_NEED,
            ReviewOutcome.STEP_DOWN_EARLY_HELP, ReviewOutcome.CAF);
    /** Review outcomes that decide the plan ends (KEN-18). */
    private static final Set<ReviewOutcome> DECIDING_ENDINGS = EnumSet.of(ReviewOutcome.NO_LONGER_IN_NEED,
            ReviewOutcome.STEP_DOWN_EARLY_HELP);

    private final KentCase kase;
    private final LocalDate asOf;
    private final WorkingDays workingDays;
    private final List<Finding> findings = new ArrayList<>();

    private KentFindings(KentCase kase, LocalDate asOf, WorkingDays workingDays) {
        this.kase = kase;
        this.asOf = asOf;
        this.workingDays = workingDays;
    }

    static List<Finding> of(KentCase kase, LocalDate asOf, WorkingDays workingDays) {
        return new KentFindings(kase, asOf, workingDays).find();
    }

    private List<Finding> find() {
        PlanStarted open = null;
        for (CaseEvent event : kase.timeline.events()) {
            if (event instanceof Meeting m) {
                chair(m, open);
                agreed(m, open);
            } else if (event instanceof PlanStarted p) {
                open = p;
            } else if (event instanceof PlanEnded e) {
                ended(e, open);
                open = null;
            }
        }
        if (open != null) {
            LocalDate birthday = kase.timeline.child().eighteenthBirthday();
            LocalDate first = open.date().isAfter(birthday) ? open.date() : birthday.plusDays(1);
            if (!first.isAfter(asOf)) {
                add("KEN-20", FindingKind.PLAN_PAST_EIGHTEENTH_BIRTHDAY, open, "plan still open after the eighteenth birthday", ENDING);
            }
        }
        return findings;
    }

    /** KEN-04, KEN-07, KEN-13, for a meeting held while plan {@code open} was open (null: none). */
    private void chair(Meeting m, PlanStarted open) {
        RoleCode chair = m.chair();
        if (m.meetingType() == MeetingType.INITIAL || m.meetingType() == MeetingType.TRANSFER_IN) {
            if (chair != Role.TEAM_MANAGER) {
                add("KEN-04", FindingKind.CHAIR_NOT_PERMITTED, m, m.meetingType().code() + " meeting chaired by "
                        + chair.code() + "; permitted: team-manager", MEETINGS);
            }
        } else if (kase.overnightShortBreaks.firstBetween(null, m.date()) != null) {
            if (chair != Role.INDEPENDENT_REVIEWING_OFFICER) {
                add("KEN-13", FindingKind.CHAIR_NOT_PERMITTED, m, "review of a child with overnight short breaks chaired by "
                        + chair.code() + "; permitted: independent-reviewing-officer", DISABLED);
            }
        } else if (chair != Role.TEAM_MANAGER && chair != Role.SENIOR_PRACTITIONER) {
            add("KEN-07", FindingKind.CHAIR_NOT_PERMITTED, m, m.meetingType().code() + " meeting chaired by "
                    + chair.code() + "; permitted: team-manager, senior-practitioner", MEETINGS);
        }
    }

    /** KEN-22 and KEN-24, for a meeting held while plan {@code open} was open (null: none). */
    private void agreed(Meeting m, PlanStarted open) {
        // The date agreed lies within three months of the meeting (from its day to three months after);
        // at a disabled child's review (section 6), within six.
        boolean disabledReview = kase.timeline.child().disabled()
                && (m.meetingType() == MeetingType.REVIEW || m.meetingType() == MeetingType.EARLY_REVIEW);
        LocalDate limit = m.date().plusMonths(disabledReview ? 6 : 3);
        boolean agreed = m.nextReview().filter(d -> !d.isBefore(m.date()) && !d.isAfter(limit)).isPresent();
        if (!agreed && m.outcome().filter(ENDING_OUTCOMES::contains).isEmpty()) {
            add("KEN-22", FindingKind.NEXT_REVIEW_NOT_SET, m, "no date agreed for the next meeting", MEETINGS);
        }
        if (m.meetingType() == MeetingType.INITIAL && kase.timeline.child().disabled()
                && kase.managersReasons.firstBetween(open, workingDays.addWorkingDays(m.date(), 5)) == null) {
            add("KEN-24", FindingKind.DECISION_NOT_AUTHORISED, m,
                    "no Team Manager's decision on the frequency of meetings and visits", DISABLED);
        }
    }

    /** KEN-14, KEN-15, KEN-18 to KEN-21, KENX-01 and KENX-02, for the end of plan {@code open} (null: no plan was open). */
    private void ended(PlanEnded end, PlanStarted open) {
        ClosureReason reason = end.reason();
        if (!PERMITTED_ENDINGS.contains(reason)) {
            add("KEN-14", FindingKind.CLOSURE_REASON_NOT_PERMITTED, end, "plan ended for " + reason.code(), ENDING);
        }
        if (reason == ClosureReason.SUPERVISION_ORDER_ENDED
                && (open == null || open.origin().filter(o -> o == PlanOrigin.SUPERVISION_ORDER).isEmpty())) {
            add("KEN-14", FindingKind.CLOSURE_REASON_NOT_PERMITTED, end, "supervision order ended for a plan it did not begin",
                    ENDING);
        }
        if (!NO_CLOSURE_SUMMARY.contains(reason)
                && !end.views().filter(v -> v.contains(ClosureView.CHILD) && v.contains(ClosureView.PARENTS)).isPresent()) {
            add("KEN-21", FindingKind.CLOSURE_RECORD_INCOMPLETE, end, "closure summary without the child's and parents' views",
                    ENDING);
        }
        if (!NOT_CLOSED.contains(reason) && (kase.caseSummaries.firstBetween(open, end.date()) == null
                || kase.chronologies.firstBetween(open, end.date()) == null)) {
            add("KENX-01", FindingKind.CLOSURE_RECORD_INCOMPLETE, end, "case summary or chronology not completed at closure",
                    ENDING);
        }
        if (reason == ClosureReason.NO_LONGER_IN_NEED && kase.closureLetters.firstBetween(open, end.date()) == null) {
            add("KENX-02", FindingKind.CLOSURE_RECORD_INCOMPLETE, end, "no formal letters of closure", ENDING);
        }
        if (DECIDED_ENDINGS.contains(reason)) {
            int last = kase.meetings.indexAfter(end) - 1;
            boolean inPlan = last >= 0 && (open == null || last >= kase.meetings.indexAtOrAfter(open));
            LocalDate finalMeeting = inPlan ? kase.meetings.get(last).date() : end.date();
            if (kase.closureRationales.firstBetween(open, finalMeeting) == null) {
                add("KEN-15", FindingKind.CLOSURE_RECORD_INCOMPLETE, end,
                        "no team-manager closure rationale recorded by the final meeting", ENDING);
            }
            if (!closureDecided(open, end)) {
                add("KEN-18", FindingKind.CLOSED_WITHOUT_REVIEW, end, "plan ended without a review meeting deciding it",
                        PRINCIPLES);
            }
        }
        if (open == null) {
            return;
        }
        if (reason != ClosureReason.DIED && open.origin().filter(o -> o == PlanOrigin.CHILD_PROTECTION).isPresent()
                && end.date().isBefore(open.date().plusMonths(3))
                && (kase.directorsDecisions.firstBetween(open, end.date()) == null
                        || kase.reasonedDecisions.firstBetween(open, end.date()) == null)) {
            add("KEN-19", FindingKind.PLAN_CLOSED_TOO_EARLY, end,
                    "plan after child protection ended within 3 months without the assistant director's view and a rationale",
                    OVERSIGHT);
        }
        if (end.date().isAfter(kase.timeline.child().eighteenthBirthday())) {
            add("KEN-20", FindingKind.PLAN_PAST_EIGHTEENTH_BIRTHDAY, end, "plan ended after the eighteenth birthday", ENDING);
        }
    }

    /**
     * KEN-18: a review in the plan (to the end of the day it ended) decided to end it, and no review
     * since the last such decision before the ending (or since the plan started) decided otherwise.
     */
    private boolean closureDecided(PlanStarted open, PlanEnded end) {
        ByDate<Meeting> reviews = kase.decidingReviews;
        boolean decided = false;
        int since = open == null ? 0 : reviews.indexAtOrAfter(open);
        for (int i = since; i < reviews.size() && !reviews.get(i).date().isAfter(end.date()); i++) {
            if (reviews.get(i).outcome().filter(DECIDING_ENDINGS::contains).isPresent()) {
                decided = true;
                if (i < reviews.indexAtOrAfter(end)) {
                    since = i + 1;
                }
            }
        }
        for (int i = since; i < reviews.size() && !reviews.get(i).date().isAfter(end.date()); i++) {
            if (reviews.get(i).outcome().filter(DECIDING_ENDINGS::contains).isEmpty()) {
                return false;
            }
        }
        return decided;
    }

    private void add(String rule, FindingKind kind, CaseEvent event, String message, Citation cite) {
        findings.add(new Finding(rule, kind, event.ref(), event.date(), message, cite));
    }
}
