package org.childinneed.benchmarks.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.AssessmentStarted;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MinutesDistributed;
import org.childinneed.model.event.PlanAuthorised;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.Referral;
import org.childinneed.model.event.Visit;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.PlanOrigin;
import org.childinneed.model.timeline.CaseRecord;

/**
 * Drafts one long-running case of exactly N events, for measuring how evaluation scales: a
 * referral, assessment and initial meeting, then a fortnightly rhythm of a review meeting with its
 * case note, authorisation and minutes, and two visits, each a day or so early or late. 10,000
 * events span about 64 years from 1970.
 */
final class LongCase {

    private static final LocalDate REFERRAL = LocalDate.of(1970, 1, 5);

    private LongCase() {
    }

    static SyntheticCase draft(String caseId, int events, SplittableRandom random) {
        CaseDraft draft = new CaseDraft();
        draft.add(REFERRAL, Referral::new);
        draft.add(REFERRAL.plusDays(1), AssessmentStarted::new);
        draft.add(REFERRAL.plusDays(22), (r, d) -> new AssessmentCompleted(r, d, AssessmentOutcome.IN_NEED));
        LocalDate meeting = REFERRAL.plusDays(32);
        draft.add(meeting, (r, d) -> new PlanStarted(r, d, Optional.of(PlanOrigin.ASSESSMENT), false, false));
        MeetingType type = MeetingType.INITIAL;
        while (draft.size() < events) {
            MeetingType kind = type;
            Optional<String> ref = Optional.of(draft.addMeeting(meeting, (r, d) -> new Meeting(r, d, kind,
                    Role.TEAM_MANAGER, Optional.of(ReviewOutcome.CONTINUE), Optional.of(d.plusWeeks(2)), false)));
            draft.add(meeting.plusDays(random.nextInt(3)), (r, d) -> new CaseNote(r, d, ref));
            draft.add(meeting.plusDays(2 + random.nextInt(3)), Visit::new);
            draft.add(meeting.plusDays(3 + random.nextInt(4)),
                    (r, d) -> new PlanAuthorised(r, d, ref, Optional.of(Role.TEAM_MANAGER)));
            draft.add(meeting.plusDays(7 + random.nextInt(7)), (r, d) -> new MinutesDistributed(r, d, ref));
            draft.add(meeting.plusDays(9 + random.nextInt(3)), Visit::new);
            meeting = meeting.plusDays(13 + random.nextInt(3));
            type = MeetingType.REVIEW;
        }
        CaseRecord record = draft.toRecord(caseId, new Child(REFERRAL.minusYears(3), false), events);
        List<CaseEvent> written = record.events();
        return new SyntheticCase(record, written.get(written.size() - 1).date().plusDays(1));
    }
}
