package org.childinneed.benchmarks.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.AssessmentStarted;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.CaseSummaryCompleted;
import org.childinneed.model.event.ChronologyCompleted;
import org.childinneed.model.event.ConferenceOutcome;
import org.childinneed.model.event.CpConference;
import org.childinneed.model.event.DecisionSubject;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.event.ManagementDecision;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MinutesDistributed;
import org.childinneed.model.event.MovedIn;
import org.childinneed.model.event.MovedOut;
import org.childinneed.model.event.PlanAuthorised;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.ReceivingAuthorityNotified;
import org.childinneed.model.event.Referral;
import org.childinneed.model.event.ReferralDecided;
import org.childinneed.model.event.ShortBreaks;
import org.childinneed.model.event.SignificantChange;
import org.childinneed.model.event.TransferInformationSent;
import org.childinneed.model.event.Visit;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.meeting.RoleCode;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.PlanOrigin;

/**
 * Adds a few events of any type, on any day of a span (weekends included), with arbitrary
 * attributes: second plans, ends with no plan, meetings after closure, notes referring to any
 * meeting, short breaks and decisions of every shape. Records like these reach the corners of the
 * evaluation semantics (same-day order, as-of cuts, plan spans) that typical cases do not.
 */
final class IrregularEvents {

    private static final Role[] ROLES = {Role.TEAM_MANAGER, Role.SENIOR_PRACTITIONER, Role.SOCIAL_WORKER,
            Role.INDEPENDENT_REVIEWING_OFFICER, Role.ASSISTANT_DIRECTOR};
    private static final int KINDS = 21;

    private IrregularEvents() {
    }

    static void add(CaseDraft draft, SplittableRandom random, LocalDate from, LocalDate to) {
        int count = 3 + random.nextInt(10);
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        for (int i = 0; i < count; i++) {
            LocalDate date = from.plusDays(random.nextLong(span));
            addOne(draft, random, date, random.nextInt(KINDS));
        }
    }

    private static void addOne(CaseDraft draft, SplittableRandom random, LocalDate date, int kind) {
        switch (kind) {
            case 0 -> draft.add(date, Visit::new);
            case 1 -> draft.add(date, SignificantChange::new);
            case 2 -> {
                MeetingType type = pick(random, MeetingType.values());
                Role chair = pick(random, ROLES);
                Optional<ReviewOutcome> outcome = random.nextBoolean() ? Optional.empty() : Optional.of(pick(random, ReviewOutcome.values()));
                draft.addMeeting(date, (r, d) -> new Meeting(r, d, type, chair, outcome, Optional.empty(), false));
            }
            case 3 -> {
                Optional<String> ref = meetingRef(draft, date, random);
                draft.add(date, (r, d) -> new CaseNote(r, d, ref));
            }
            case 4 -> {
                Optional<String> ref = meetingRef(draft, date, random);
                draft.add(date, (r, d) -> new PlanAuthorised(r, d, ref, Optional.of(Role.TEAM_MANAGER)));
            }
            case 5 -> {
                Optional<String> ref = meetingRef(draft, date, random);
                draft.add(date, (r, d) -> new MinutesDistributed(r, d, ref));
            }
            case 6 -> {
                PlanOrigin origin = pick(random, PlanOrigin.values());
                draft.add(date, (r, d) -> new PlanStarted(r, d, Optional.of(origin), false, false));
            }
            case 7 -> {
                ClosureReason reason = pick(random, ClosureReason.values());
                draft.add(date, (r, d) -> new PlanEnded(r, d, reason));
            }
            case 8 -> {
                Optional<Integer> nights = Optional.of(random.nextInt(120));
                Optional<Integer> settings = random.nextBoolean() ? Optional.empty() : Optional.of(random.nextInt(5));
                draft.add(date, (r, d) -> new ShortBreaks(r, d, nights, settings));
            }
            case 9 -> {
                Optional<DecisionSubject> about = Optional.of(pick(random, DecisionSubject.values()));
                Optional<RoleCode> by = Optional.of(pick(random, ROLES));
                int text = random.nextInt(3);
                Optional<FreeText> rationale = text == 0 ? Optional.empty() : Optional.of(new FreeText(text == 1 ? " " : "why"));
                draft.add(date, (r, d) -> new ManagementDecision(r, d, about, by, rationale));
            }
            case 10 -> {
                Optional<LocalDate> notified = random.nextBoolean() ? Optional.empty() : Optional.of(date.plusDays(random.nextInt(21) - 5));
                draft.add(date, (r, d) -> new MovedIn(r, d, notified));
            }
            case 11 -> {
                boolean planned = random.nextInt(3) == 0;
                draft.add(date, (r, d) -> new MovedOut(r, d, planned));
            }
            case 12 -> draft.add(date, ReceivingAuthorityNotified::new);
            case 13 -> draft.add(date, TransferInformationSent::new);
            case 14 -> {
                ConferenceOutcome outcome = pick(random, ConferenceOutcome.values());
                draft.add(date, (r, d) -> new CpConference(r, d, Optional.of(outcome)));
            }
            case 15 -> {
                AssessmentOutcome outcome = pick(random, AssessmentOutcome.values());
                draft.add(date, (r, d) -> new AssessmentCompleted(r, d, outcome));
            }
            case 16 -> draft.add(date, Referral::new);
            case 17 -> draft.add(date, ReferralDecided::new);
            case 18 -> draft.add(date, CaseSummaryCompleted::new);
            case 19 -> draft.add(date, ChronologyCompleted::new);
            default -> draft.add(date, AssessmentStarted::new);
        }
    }

    /** A reference to one of the meetings drafted so far and held by {@code date}, or none. */
    private static Optional<String> meetingRef(CaseDraft draft, LocalDate date, SplittableRandom random) {
        List<String> ids = draft.meetingIdsOnOrBefore(date);
        return ids.isEmpty() || random.nextInt(8) == 0 ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
