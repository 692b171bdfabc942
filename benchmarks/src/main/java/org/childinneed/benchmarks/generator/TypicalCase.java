package org.childinneed.benchmarks.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.AssessmentStarted;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.ConferenceOutcome;
import org.childinneed.model.event.CpConference;
import org.childinneed.model.event.DecisionSubject;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.event.ManagementDecision;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MeetingDecided;
import org.childinneed.model.event.MinutesDistributed;
import org.childinneed.model.event.MovedIn;
import org.childinneed.model.event.MovedOut;
import org.childinneed.model.event.PlanAuthorised;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.PlanUpdated;
import org.childinneed.model.event.ReceivingAuthorityNotified;
import org.childinneed.model.event.Referral;
import org.childinneed.model.event.ShortBreaks;
import org.childinneed.model.event.SignificantChange;
import org.childinneed.model.event.TransferInformationSent;
import org.childinneed.model.event.Visit;
import org.childinneed.model.event.WorkerChanged;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.PlanElement;
import org.childinneed.model.plan.PlanElementCode;
import org.childinneed.model.plan.PlanOrigin;

/**
 * Drafts one year-long Child in Need case (about 40 events): a route in (assessment, step-down
 * from child protection, or a family moving in), the initial meeting and plan, reviews every 10 to
 * 13 weeks, visits every 3 to 5 weeks, the case note, authorisation and minutes after each meeting,
 * the odd significant change, early review and change of worker, and a closure. Most deadlines are
 * met; a realistic few are late or missed, and a few chairs and closures break the rules.
 */
final class TypicalCase {

    private static final LocalDate FIRST_REFERRAL = LocalDate.of(2021, 1, 4);
    private static final Set<PlanElementCode> ELEMENTS = Set.of(PlanElement.OBJECTIVES, PlanElement.SERVICES,
            PlanElement.RESPONSIBILITIES, PlanElement.TIMESCALES, PlanElement.CONTINGENCY, PlanElement.SAFETY_PLAN);

    private final SplittableRandom random;
    private final boolean irregular;
    private final CaseDraft draft = new CaseDraft();
    /** The day of the initial meeting, when the plan starts. */
    private LocalDate initialMeeting;

    private TypicalCase(SplittableRandom random, boolean irregular) {
        this.random = random;
        this.irregular = irregular;
    }

    static SyntheticCase draft(String caseId, SplittableRandom random) {
        return new TypicalCase(random, false).build(caseId);
    }

    /** A typical case with {@link IrregularEvents} added and its events in shuffled file order. */
    static SyntheticCase draftIrregular(String caseId, SplittableRandom random) {
        return new TypicalCase(random, true).build(caseId);
    }

    private SyntheticCase build(String caseId) {
        LocalDate referral = weekday(FIRST_REFERRAL.plusDays(random.nextInt(4 * 365)));
        LocalDate born = referral.minusDays(150 + random.nextInt(18 * 365 - 150));
        boolean disabled = chance(10);
        Child child = new Child(born, disabled);
        Optional<PlanOrigin> route = routeIn(referral);
        if (route.isEmpty()) {
            return finish(caseId, child, referral, referral.plusDays(60 + random.nextInt(60)));
        }
        PlanOrigin origin = route.get();
        LocalDate planStart = initialMeeting;
        boolean shortPlan = origin == PlanOrigin.CHILD_PROTECTION && chance(4);
        LocalDate end = weekday(planStart.plusDays(shortPlan ? 40 + random.nextInt(60) : 300 + random.nextInt(150)));
        if (shortPlan && chance(2)) {
            draft.add(weekday(end.minusDays(5)), (r, d) -> new ManagementDecision(r, d, Optional.of(DecisionSubject.EARLY_CLOSURE),
                    Optional.of(Role.ASSISTANT_DIRECTOR), Optional.of(new FreeText("view"))));
        }
        LocalDate eighteenth = born.plusYears(18);
        boolean endsAtEighteen = eighteenth.isBefore(end) && eighteenth.isAfter(planStart) && chance(2);
        if (endsAtEighteen) {
            end = eighteenth;
        }
        visits(planStart, end);
        reviews(planStart, end);
        if (chance(3)) {
            draft.add(between(planStart, end), WorkerChanged::new);
        }
        if (disabled) {
            int nights = 10 + random.nextInt(100);
            int settings = 1 + random.nextInt(3);
            draft.add(weekday(planStart.plusDays(random.nextInt(30))),
                    (r, d) -> new ShortBreaks(r, d, Optional.of(nights), Optional.of(settings)));
        }
        LocalDate closed = endsAtEighteen ? closeAtEighteen(end) : close(end);
        LocalDate asOf = chance(3) ? between(planStart.plusDays(40), closed) : closed.plusDays(random.nextInt(60));
        return finish(caseId, child, referral, asOf);
    }

    private SyntheticCase finish(String caseId, Child child, LocalDate referral, LocalDate asOf) {
        if (!irregular) {
            return new SyntheticCase(draft.toRecord(caseId, child), asOf);
        }
        IrregularEvents.add(draft, random, referral.minusDays(30), asOf.plusDays(30));
        return new SyntheticCase(draft.toShuffledRecord(caseId, child, random), asOf);
    }

    /** Drafts the way into a plan and its initial meeting; the plan's origin, or empty for no plan. */
    private Optional<PlanOrigin> routeIn(LocalDate referral) {
        int route = random.nextInt(20);
        LocalDate initial;
        MeetingType type = MeetingType.INITIAL;
        PlanOrigin origin;
        if (route < 15) {
            draft.add(referral, Referral::new);
            LocalDate started = weekday(referral.plusDays(random.nextInt(4)));
            draft.add(started, AssessmentStarted::new);
            LocalDate completed = weekday(started.plusDays(14 + random.nextInt(35)));
            if (chance(30)) {
                draft.add(completed, (r, d) -> new AssessmentCompleted(r, d, AssessmentOutcome.NOT_IN_NEED));
                return Optional.empty();
            }
            draft.add(completed, (r, d) -> new AssessmentCompleted(r, d, AssessmentOutcome.IN_NEED));
            if (chance(2)) {
                draft.add(completed, MeetingDecided::new);
            }
            initial = weekday(completed.plusDays(5 + random.nextInt(14)));
            origin = PlanOrigin.ASSESSMENT;
        } else if (route < 18) {
            draft.add(referral, (r, d) -> new CpConference(r, d, Optional.of(ConferenceOutcome.STEP_DOWN_TO_CIN)));
            initial = weekday(referral.plusDays(10 + random.nextInt(26)));
            origin = PlanOrigin.CHILD_PROTECTION;
        } else {
            LocalDate notified = referral.plusDays(random.nextInt(10));
            draft.add(referral, (r, d) -> new MovedIn(r, d, Optional.of(notified)));
            initial = weekday(notified.plusDays(14 + random.nextInt(20)));
            type = MeetingType.TRANSFER_IN;
            origin = PlanOrigin.TRANSFER_IN;
        }
        Role chair = chance(10) ? Role.SENIOR_PRACTITIONER : Role.TEAM_MANAGER;
        meeting(initial, type, chair, Optional.empty());
        draft.add(initial, (r, d) -> new PlanStarted(r, d, Optional.of(origin), false, false));
        initialMeeting = initial;
        return Optional.of(origin);
    }

    private void visits(LocalDate planStart, LocalDate end) {
        for (LocalDate visit = weekday(planStart.plusDays(3 + random.nextInt(20))); visit.isBefore(end);
                visit = weekday(visit.plusDays(18 + random.nextInt(16)))) {
            draft.add(visit, Visit::new);
        }
    }

    private void reviews(LocalDate planStart, LocalDate end) {
        LocalDate last = planStart;
        for (LocalDate review = weekday(last.plusDays(reviewGap())); review.isBefore(end.minusDays(14));
                review = weekday(last.plusDays(reviewGap()))) {
            if (chance(7)) {
                LocalDate change = between(last.plusDays(7), review.minusDays(20));
                draft.add(change, SignificantChange::new);
                if (!chance(4)) {
                    meeting(weekday(change.plusDays(2 + random.nextInt(12))), MeetingType.EARLY_REVIEW, reviewChair(),
                            Optional.of(ReviewOutcome.CONTINUE));
                }
            }
            meeting(review, MeetingType.REVIEW, reviewChair(), Optional.of(ReviewOutcome.CONTINUE));
            last = review;
        }
    }

    /** Drafts the plan's end around {@code end}; the day it ended. */
    private LocalDate close(LocalDate end) {
        int way = random.nextInt(10);
        if (way < 7) {
            boolean steppedDown = chance(3);
            if (!chance(7)) {
                Role by = chance(10) ? Role.SOCIAL_WORKER : Role.TEAM_MANAGER;
                draft.add(end.minusDays(1 + random.nextInt(10)), (r, d) -> new ManagementDecision(r, d,
                        Optional.of(DecisionSubject.CLOSURE_RATIONALE), Optional.of(by), Optional.of(new FreeText("rationale"))));
            }
            meeting(end, MeetingType.REVIEW, reviewChair(),
                    Optional.of(steppedDown ? ReviewOutcome.STEP_DOWN_EARLY_HELP : ReviewOutcome.NO_LONGER_IN_NEED));
            ClosureReason reason = chance(30) ? ClosureReason.ADULT_SOCIAL_CARE
                    : steppedDown ? ClosureReason.STEPPED_DOWN_TO_EARLY_HELP : ClosureReason.NO_LONGER_IN_NEED;
            return planEnded(weekday(end.plusDays(random.nextInt(4))), reason);
        }
        if (way == 7) {
            draft.add(end, MovedOut::new);
            if (!chance(10)) {
                draft.add(weekday(end.plusDays(random.nextInt(3))), ReceivingAuthorityNotified::new);
            }
            if (!chance(10)) {
                draft.add(weekday(end.plusDays(1 + random.nextInt(8))), TransferInformationSent::new);
            }
            return planEnded(weekday(end.plusDays(10 + random.nextInt(20))), ClosureReason.TRANSFERRED_TO_ANOTHER_AUTHORITY);
        }
        if (way == 8) {
            draft.add(end, (r, d) -> new CpConference(r, d, Optional.of(ConferenceOutcome.CP_PLAN)));
            return planEnded(end, ClosureReason.CHILD_PROTECTION_PLAN);
        }
        return planEnded(end, ClosureReason.NO_LONGER_IN_NEED);
    }

    private LocalDate closeAtEighteen(LocalDate birthday) {
        if (chance(2)) {
            return planEnded(birthday, ClosureReason.EIGHTEENTH_BIRTHDAY);
        }
        return birthday.plusDays(30 + random.nextInt(60));
    }

    private LocalDate planEnded(LocalDate date, ClosureReason reason) {
        draft.add(date, (r, d) -> new PlanEnded(r, d, reason));
        return date;
    }

    /** A meeting and what follows it: case note, plan authorisation, minutes, now and then a plan update. */
    private void meeting(LocalDate date, MeetingType type, Role chair, Optional<ReviewOutcome> outcome) {
        // Now and then a next date past the three months KEN-22 allows (14 weeks rather than 12).
        Optional<LocalDate> next = Optional.of(date.plusWeeks(date.getDayOfMonth() % 5 == 0 ? 14 : 12));
        String id = draft.addMeeting(date, (r, d) -> new Meeting(r, d, type, chair, outcome, next, false));
        Optional<String> ref = Optional.of(id);
        if (!chance(25)) {
            draft.add(weekday(date.plusDays(chance(8) ? 2 + random.nextInt(3) : random.nextInt(2))),
                    (r, d) -> new CaseNote(r, d, ref));
        }
        if (!chance(25)) {
            draft.add(weekday(date.plusDays(1 + random.nextInt(chance(6) ? 12 : 6))),
                    (r, d) -> new PlanAuthorised(r, d, ref, Optional.of(Role.TEAM_MANAGER)));
        }
        if (!chance(25)) {
            draft.add(weekday(date.plusDays(3 + random.nextInt(chance(6) ? 20 : 11))),
                    (r, d) -> new MinutesDistributed(r, d, ref));
        }
        if (chance(4)) {
            Optional<Integer> points = Optional.of(6 + random.nextInt(3));
            draft.add(date, (r, d) -> new PlanUpdated(r, d, points, Optional.of(ELEMENTS)));
        }
    }

    private Role reviewChair() {
        int pick = random.nextInt(20);
        return pick < 12 ? Role.TEAM_MANAGER : pick < 18 ? Role.SENIOR_PRACTITIONER : Role.SOCIAL_WORKER;
    }

    private int reviewGap() {
        return chance(8) ? 85 + random.nextInt(20) : 70 + random.nextInt(15);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return weekday(from.plusDays(random.nextLong(span)));
    }

    /** {@code date}, or the Monday after it when it falls on a weekend. */
    static LocalDate weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.plusDays(2) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }
}
