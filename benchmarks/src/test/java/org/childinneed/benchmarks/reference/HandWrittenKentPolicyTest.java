package org.childinneed.benchmarks.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.ConferenceOutcome;
import org.childinneed.model.event.CpConference;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MinutesDistributed;
import org.childinneed.model.event.MovedIn;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.Visit;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.PlanOrigin;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.calendar.BankHolidays;
import org.junit.jupiter.api.Test;

/**
 * The hand-written Kent policy on small cases whose dates were worked out by hand from the England
 * and Wales bank holidays (25 and 28 Dec 2026, 1 Jan 2027).
 */
class HandWrittenKentPolicyTest {

    private static final HandWrittenKentPolicy KENT = new HandWrittenKentPolicy(BankHolidays.englandAndWalesWorkingDays());
    private static final Child CHILD = Child.bornOn(LocalDate.of(2014, 5, 4));

    private final List<CaseEvent> events = new ArrayList<>();

    @Test
    void initialMeetingIsDueTenWorkingDaysAfterTheAssessmentSkippingChristmas() {
        // KEN-01, the contract's example: 17 Dec 2026 + 10 WD, skipping 25 and 28 Dec and 1 Jan, is 5 Jan 2027.
        events.add(new AssessmentCompleted(EventRef.of(0, "a1"), date("2026-12-17"), AssessmentOutcome.IN_NEED));
        meeting("m1", "2027-01-06", MeetingType.INITIAL, Role.SENIOR_PRACTITIONER);

        ComplianceReport report = evaluate("2027-03-01");

        assertEquals(List.of("KEN-01 a1 2027-01-05 met-late m1"), describe(report, "KEN-01"));
        // KEN-22: the meeting agreed no date for the next one.
        assertEquals(List.of("KEN-04 chair-not-permitted m1", "KEN-22 next-review-not-set m1"), report.findings().stream()
                .map(f -> f.rule() + " " + f.kind().code() + " " + f.event().label()).toList());
    }

    @Test
    void anAssessmentFindingNoNeedObligesNoMeeting() {
        // KEN-01 applies only to an assessment "which identifies the child needs services under s17".
        events.add(new AssessmentCompleted(EventRef.of(0, "a1"), date("2026-12-17"), AssessmentOutcome.NOT_IN_NEED));

        assertTrue(evaluate("2027-03-01").obligations().isEmpty());
    }

    @Test
    void stepDownFromChildProtectionGivesFourCalendarWeeks() {
        // KEN-02: "within four weeks" of the conference: 29 Jan 2027 + 28 days = 26 Feb 2027.
        events.add(new CpConference(EventRef.of(0, "c1"), date("2027-01-29"), Optional.of(ConferenceOutcome.STEP_DOWN_TO_CIN)));

        assertEquals(List.of("KEN-02 c1 2027-02-26 open -"), describe(evaluate("2027-02-26"), "KEN-02"));
        assertEquals(List.of("KEN-02 c1 2027-02-26 overdue -"), describe(evaluate("2027-02-27"), "KEN-02"));
    }

    @Test
    void transferInMeetingCountsFromNotificationOfTheMove() {
        // KEN-03 (conflict, section 8 reading): Mon 7 Dec 2026 + 20 WD, skipping 25, 28 Dec and 1 Jan, is 7 Jan 2027.
        events.add(new MovedIn(EventRef.of(0, "in"), date("2026-12-01"), Optional.of(date("2026-12-07"))));
        meeting("m1", "2027-01-07", MeetingType.TRANSFER_IN, Role.TEAM_MANAGER);

        assertEquals(List.of("KEN-03 in 2027-01-07 met m1"), describe(evaluate("2027-03-01"), "KEN-03"));
    }

    @Test
    void followUpsOfAMeetingAreMatchedByTheirMeetingRef() {
        // KEN-08, -09, -10 after a meeting on Wed 6 Jan 2027: case note by Thu 7 Jan, authorisation by
        // Wed 13 Jan, minutes by Wed 20 Jan.
        meeting("m1", "2027-01-06", MeetingType.INITIAL, Role.TEAM_MANAGER);
        events.add(new CaseNote(EventRef.at(1), date("2027-01-08"), Optional.of("m1")));
        events.add(new MinutesDistributed(EventRef.at(2), date("2027-01-20"), Optional.of("m1")));

        ComplianceReport report = evaluate("2027-03-01");

        assertEquals(List.of("KEN-08 m1 2027-01-07 met-late #1"), describe(report, "KEN-08"));
        assertEquals(List.of("KEN-09 m1 2027-01-13 overdue -"), describe(report, "KEN-09"));
        assertEquals(List.of("KEN-10 m1 2027-01-20 met #2"), describe(report, "KEN-10"));
    }

    @Test
    void visitsRecurFromTheVisitThatMetTheLastOne() {
        // KEN-05: first due 4 weeks after the plan starts (6 Jan -> 3 Feb); a visit on 1 Feb moves the
        // next to 1 Mar; a late visit on 5 Mar moves the next to 2 Apr, overdue on 10 Apr.
        events.add(new PlanStarted(EventRef.of(0, "p1"), date("2027-01-06"), Optional.of(PlanOrigin.ASSESSMENT), false, false));
        events.add(new Visit(EventRef.of(1, "v1"), date("2027-02-01")));
        events.add(new Visit(EventRef.of(2, "v2"), date("2027-03-05")));

        assertEquals(List.of("KEN-05 p1 2027-02-03 met v1", "KEN-05 v1 2027-03-01 met-late v2", "KEN-05 v2 2027-04-02 overdue -"),
                describe(evaluate("2027-04-10"), "KEN-05"));
    }

    @Test
    void anObligationFallingDueAfterThePlanEndedIsCancelled() {
        // Contract section 3: unsatisfied and the plan ended before due -> cancelled; KEN-06's first
        // review (6 Jan + 12 weeks = 31 Mar) is cancelled by the end on 10 Feb, KEN-05's first visit
        // (due 3 Feb) was already overdue when the plan ended.
        events.add(new PlanStarted(EventRef.of(0, "p1"), date("2027-01-06"), Optional.of(PlanOrigin.ASSESSMENT), false, false));
        events.add(new PlanEnded(EventRef.of(1, "e1"), date("2027-02-10"), ClosureReason.CHILD_PROTECTION_PLAN));

        ComplianceReport report = evaluate("2027-04-10");

        assertEquals(List.of("KEN-05 p1 2027-02-03 overdue -"), describe(report, "KEN-05"));
        assertEquals(List.of("KEN-06 p1 2027-03-31 cancelled -"), describe(report, "KEN-06"));
    }

    @Test
    void eventsAfterTheAsOfDateDoNotExist() {
        // Contract section 3, as of: the meeting on 6 Jan 2027 is unknown on 4 Jan.
        events.add(new AssessmentCompleted(EventRef.of(0, "a1"), date("2026-12-17"), AssessmentOutcome.IN_NEED));
        meeting("m1", "2027-01-06", MeetingType.INITIAL, Role.TEAM_MANAGER);

        ComplianceReport report = evaluate("2027-01-04");

        assertEquals(List.of("KEN-01 a1 2027-01-05 open -"), describe(report, "KEN-01"));
        assertTrue(describe(report, "KEN-08").isEmpty());
    }

    private void meeting(String id, String date, MeetingType type, Role chair) {
        events.add(new Meeting(EventRef.of(events.size(), id), date(date), type, chair, Optional.empty(), Optional.empty(), false));
    }

    private ComplianceReport evaluate(String asOf) {
        return KENT.evaluate(new CaseRecord("K-1", CHILD, events), date(asOf));
    }

    private static List<String> describe(ComplianceReport report, String rule) {
        return report.obligations().stream().filter(o -> o.rule().equals(rule)).map(HandWrittenKentPolicyTest::describe).toList();
    }

    private static String describe(Obligation o) {
        return o.rule() + " " + o.trigger().label() + " " + o.due() + " " + o.status().code() + " "
                + o.satisfiedBy().map(EventRef::label).orElse("-");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
