package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.obligations;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.EventRef;
import org.junit.jupiter.api.Test;

/**
 * The evaluation semantics of contract section 3, each on dates computed by hand with the
 * 2026-2027 England and Wales bank holidays of {@link TestCalendar}.
 */
class SemanticsTest {

    private static final String HEAD = "policy t \"Test\" version \"1\" source \"t.txt\"\n";

    private static CompiledPolicy policy(String rules) {
        return Scripts.policy(HEAD + rules);
    }

    private static final CompiledPolicy INITIAL = policy("""
            rule T-01 "Initial meeting within 10 working days"
              cite "s"
              obligation initial-meeting
                when assessment-completed with outcome in-need
                due within 10 working days
                met by meeting with meeting initial
            """);

    private static ComplianceReport initial(String meetingDate, String asOf) {
        return INITIAL.evaluate(Cases.child()
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                .event("m1", "meeting", meetingDate, "meeting", "initial", "chair", "team-manager")
                .build(), date(asOf));
    }

    @Test
    void aLongSpanListsTenSkippedHolidaysWithTheirYearsAndCountsTheRest() {
        // Issue 11: 26,100 working days were explained day by day, every holiday listed, without years.
        CompiledPolicy longest = policy("""
                rule T-99 "Initial meeting within a century"
                  cite "s"
                  obligation initial-meeting
                    when assessment-completed with outcome in-need
                    due within 26100 working days
                    met by meeting with meeting initial
                """);
        Obligation o = only(longest.evaluate(Cases.child()
                .event("a1", "assessment-completed", "2025-12-17", "outcome", "in-need").build(), date("2027-03-01")), "T-99");
        String computation = o.explanation().computation();
        assertTrue(computation.startsWith("26100 working days after Wed 17 Dec 2025, skipping Thu 1 Jan 2026, Fri 3 Apr 2026, "),
                computation);
        assertTrue(computation.contains(", Fri 26 Mar 2027 and 6 other holidays: "), computation);
        assertTrue(computation.length() < 400, computation);
    }

    @Test
    void workingDaysCountTheTriggerAsDayZeroAndSkipWeekendsAndBankHolidays() {
        // Thu 17 Dec 2026 + 10 working days: 18, 21, 22, 23, 24, (25, 28 holidays), 29, 30, 31,
        // (1 Jan holiday), 4, 5 Jan: Tue 5 Jan 2027 (the contract's KEN-01 example).
        Obligation o = only(initial("2027-01-05", "2027-03-01"), "T-01");
        assertEquals(date("2026-12-17"), o.triggerDate());
        assertEquals(date("2027-01-05"), o.due());
        assertEquals(ObligationStatus.MET, o.status());
        assertEquals("10 working days after Thu 17 Dec 2026, skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan:"
                + " Tue 5 Jan 2027", o.explanation().computation());
    }

    @Test
    void aTriggerOnAWeekendIsStillDayZero() {
        CompiledPolicy note = policy("""
                rule T-08 "Case note within 1 working day"
                  cite "s"
                  obligation case-note
                    when meeting
                    due within 1 working day
                    met by case-note referring to it
                """);
        // Sat 9 Jan 2027 + 1 working day = Mon 11 Jan 2027.
        ComplianceReport report = note.evaluate(Cases.child()
                .event("m1", "meeting", "2027-01-09", "meeting", "review", "chair", "team-manager")
                .event("n1", "case-note", "2027-01-11", "meetingRef", "m1").build(), date("2027-02-01"));
        Obligation o = only(report, "T-08");
        assertEquals(date("2027-01-11"), o.due());
        assertEquals(ObligationStatus.MET, o.status());
    }

    @Test
    void metOnTheDueDateIsMetAndADayLaterIsMetLate() {
        assertEquals(ObligationStatus.MET, only(initial("2027-01-05", "2027-03-01"), "T-01").status());
        Obligation late = only(initial("2027-01-06", "2027-03-01"), "T-01");
        assertEquals(ObligationStatus.MET_LATE, late.status());
        assertEquals(Optional.of(EventRef.of(1, "m1")), late.satisfiedBy());
        assertEquals(Optional.of(date("2027-01-06")), late.satisfiedOn());
        assertEquals("met by meeting m1 on Wed 6 Jan 2027, 1 working day late", late.explanation().resolution());
    }

    @Test
    void eventsAfterTheAsOfDateDoNotExist() {
        // The meeting of 6 Jan is after the as-of date of 4 Jan: the obligation is still open.
        Obligation o = only(initial("2027-01-06", "2027-01-04"), "T-01");
        assertEquals(ObligationStatus.OPEN, o.status());
        assertEquals(Optional.empty(), o.satisfiedBy());
    }

    @Test
    void unsatisfiedIsOpenUntilTheDueDateAndOverdueAfterIt() {
        CaseBuilder none = () -> Cases.child().event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need");
        assertEquals(ObligationStatus.OPEN, only(INITIAL.evaluate(none.get().build(), date("2027-01-05")), "T-01")
                .status());
        Obligation overdue = only(INITIAL.evaluate(none.get().build(), date("2027-01-06")), "T-01");
        assertEquals(ObligationStatus.OVERDUE, overdue.status());
        assertEquals("overdue since Wed 6 Jan 2027: no meeting with meeting initial on or after Thu 17 Dec 2026 as"
                + " of Wed 6 Jan 2027", overdue.explanation().resolution());
    }

    @Test
    void onlyEventsMatchingTheTriggerFilterStartAnObligation() {
        ComplianceReport report = INITIAL.evaluate(Cases.child()
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "not-in-need").build(), date("2027-03-01"));
        assertEquals(List.of(), report.obligations());
    }

    @Test
    void satisfiedByTheFirstMatchingEventOnOrAfterTheTriggerDate() {
        ComplianceReport report = INITIAL.evaluate(Cases.child()
                .event("m0", "meeting", "2026-12-16", "meeting", "initial", "chair", "team-manager")
                .event("m1", "meeting", "2026-12-17", "meeting", "initial", "chair", "team-manager")
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                .event("m2", "meeting", "2026-12-18", "meeting", "initial", "chair", "team-manager")
                .build(), date("2027-03-01"));
        // m0 is before the trigger; m1 is on the trigger's day (earlier in the file) and counts.
        assertEquals(Optional.of(EventRef.of(1, "m1")), only(report, "T-01").satisfiedBy());
    }

    @Test
    void anInitialMeetingObligationIsNotMetByAReview() {
        ComplianceReport report = INITIAL.evaluate(Cases.child()
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                .event("m1", "meeting", "2026-12-18", "meeting", "review", "chair", "team-manager")
                .build(), date("2027-03-01"));
        assertEquals(ObligationStatus.OVERDUE, only(report, "T-01").status());
    }

    @Test
    void cancelledWhenThePlanEndsBeforeTheDueDateButOverdueWhenItEndsOnIt() {
        CaseBuilder base = () -> Cases.child()
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                .event("p1", "plan-started", "2026-12-17");
        Obligation cancelled = only(INITIAL.evaluate(base.get()
                .event("e1", "plan-ended", "2027-01-04", "reason", "no-longer-in-need").build(), date("2027-03-01")),
                "T-01");
        assertEquals(ObligationStatus.CANCELLED, cancelled.status());
        assertEquals("cancelled: the plan ended (plan-ended e1 on Mon 4 Jan 2027) before it fell due",
                cancelled.explanation().resolution());
        Obligation overdue = only(INITIAL.evaluate(base.get()
                .event("e1", "plan-ended", "2027-01-05", "reason", "no-longer-in-need").build(), date("2027-03-01")),
                "T-01");
        assertEquals(ObligationStatus.OVERDUE, overdue.status());
    }

    @Test
    void aPlanSupersededByTheNextPlanStartedEndsThenForTheObligationsStartedInIt() {
        // a1 Thu 17 Dec 2026 in plan p1 (from Mon 14 Dec): due Tue 5 Jan 2027. p2 starting on Mon 4
        // Jan ends p1 before the due date: cancelled, as a plan-ended on that day would. p2 on the
        // due date itself ends p1 too late to cancel it: overdue.
        CaseBuilder base = () -> Cases.child()
                .event("p1", "plan-started", "2026-12-14")
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need");
        Obligation cancelled = only(INITIAL.evaluate(base.get().event("p2", "plan-started", "2027-01-04").build(),
                date("2027-03-01")), "T-01");
        assertEquals(ObligationStatus.CANCELLED, cancelled.status());
        assertEquals("cancelled: the plan was superseded (plan-started p2 on Mon 4 Jan 2027) before it fell due",
                cancelled.explanation().resolution());
        Obligation overdue = only(INITIAL.evaluate(base.get().event("p2", "plan-started", "2027-01-05").build(),
                date("2027-03-01")), "T-01");
        assertEquals(ObligationStatus.OVERDUE, overdue.status());
    }

    @Test
    void calendarUnitsAreNotMovedOffWeekendsAndMonthsEndOnTheLastDay() {
        CompiledPolicy calendar = policy("""
                rule T-02 "Within 4 weeks"
                  cite "s"
                  obligation initial-meeting
                    when cp-conference with outcome step-down-to-cin
                    due within 4 weeks
                    met by meeting with meeting initial
                rule T-03 "Within 1 month"
                  cite "s"
                  obligation assessment-update
                    when assessment-completed
                    due within 1 month
                    met by assessment-updated
                rule T-04 "Within 3 days"
                  cite "s"
                  obligation plan-distribution
                    when cp-conference
                    due within 3 days
                    met by plan-distributed
                """);
        ComplianceReport report = calendar.evaluate(Cases.child()
                .event("c1", "cp-conference", "2027-01-09", "outcome", "step-down-to-cin")
                .event("a1", "assessment-completed", "2027-01-31", "outcome", "in-need").build(), date("2027-02-01"));
        // Sat 9 Jan + 28 days = Sat 6 Feb (a Saturday, not moved); Sat 9 Jan + 3 days = Tue 12 Jan.
        assertEquals(date("2027-02-06"), only(report, "T-02").due());
        assertEquals(date("2027-01-12"), only(report, "T-04").due());
        // Sun 31 Jan 2027 + 1 month = Sun 28 Feb 2027 (plusMonths).
        Obligation month = only(report, "T-03");
        assertEquals(date("2027-02-28"), month.due());
        assertEquals("1 month after Sun 31 Jan 2027 (the month has no 31st: its last day): Sun 28 Feb 2027",
                month.explanation().computation());
    }

    @Test
    void aWindowIsNotMetBeforeItOpens() {
        CompiledPolicy window = policy("""
                rule T-05 "Reviewed after six to eight weeks"
                  cite "s"
                  obligation review-meeting
                    when plan-started
                    due between 6 and 8 weeks
                    met by meeting with meeting in [review, early-review]
                """);
        // Mon 4 Jan 2027: the window opens Mon 15 Feb and closes Mon 1 Mar 2027.
        ComplianceReport report = window.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-02-12", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-02-15", "meeting", "review", "chair", "team-manager").build(),
                date("2027-03-10"));
        Obligation o = only(report, "T-05");
        assertEquals(Optional.of(date("2027-02-15")), o.earliest());
        assertEquals(date("2027-03-01"), o.due());
        assertEquals(Optional.of(EventRef.of(2, "m2")), o.satisfiedBy());
        assertEquals(ObligationStatus.MET, o.status());
    }

    @Test
    void dueAtOnceFallsOnTheTriggerDay() {
        CompiledPolicy early = policy("""
                rule T-06 "Early review"
                  cite "s"
                  obligation early-review
                    when significant-change
                    due at once
                    met by meeting with meeting in [early-review, review]
                """);
        Obligation o = only(early.evaluate(Cases.child()
                .event("s1", "significant-change", "2027-02-03")
                .event("m1", "meeting", "2027-02-10", "meeting", "early-review", "chair", "team-manager").build(),
                date("2027-03-01")), "T-06");
        assertEquals(date("2027-02-03"), o.due());
        assertEquals(ObligationStatus.MET_LATE, o.status());
        assertEquals("met by meeting m1 on Wed 10 Feb 2027, 7 days late", o.explanation().resolution());
    }

    private static final CompiledPolicy REVIEWS = policy("""
            rule T-07 "Reviews at least every 12 weeks"
              cite "s"
              obligation review-meeting
                every 12 weeks from plan-started
                met by meeting with meeting in [review, early-review]
            """);

    @Test
    void aRecurringObligationReportsItsMetOccurrencesAndOnlyTheNextUnsatisfiedOne() {
        // p1 Wed 6 Jan 2027: first review due Wed 31 Mar; m1 on Mon 22 Mar (met); the next is due
        // 12 weeks after m1, Mon 14 Jun; m2 on Tue 22 Jun (met late); the next due Tue 14 Sep, open.
        ComplianceReport report = REVIEWS.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-06")
                .event("m0", "meeting", "2027-01-06", "meeting", "initial", "chair", "team-manager")
                .event("m1", "meeting", "2027-03-22", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-06-22", "meeting", "early-review", "chair", "team-manager").build(),
                date("2027-07-01"));
        assertEquals(List.of("T-07 p1 2027-03-31 met m1", "T-07 m1 2027-06-14 met-late m2", "T-07 m2 2027-09-14 open"),
                obligations(report, "T-07").stream().map(Reports::line).toList());
        Obligation third = obligations(report, "T-07").get(2);
        assertEquals(date("2027-06-22"), third.triggerDate());
        assertTrue(third.explanation().trigger().startsWith("occurrence 3 of the series from plan-started p1"),
                third.explanation().trigger());
    }

    @Test
    void aRecurringObligationStopsAtTheFirstUnsatisfiedOccurrence() {
        ComplianceReport report = REVIEWS.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-06").build(), date("2027-12-31"));
        assertEquals(List.of("T-07 p1 2027-03-31 overdue"),
                obligations(report, "T-07").stream().map(Reports::line).toList());
    }

    @Test
    void noNewOccurrenceStartsAfterThePlanEnds() {
        // m1 on Mon 22 Mar met the first; the next (due Mon 14 Jun) is cancelled by the end on 1 Jun;
        // a review after the end belongs to no occurrence.
        ComplianceReport report = REVIEWS.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-06")
                .event("m1", "meeting", "2027-03-22", "meeting", "review", "chair", "team-manager")
                .event("e1", "plan-ended", "2027-06-01", "reason", "no-longer-in-need")
                .event("m2", "meeting", "2027-06-10", "meeting", "review", "chair", "team-manager").build(),
                date("2027-12-31"));
        assertEquals(List.of("T-07 p1 2027-03-31 met m1", "T-07 m1 2027-06-14 cancelled"),
                obligations(report, "T-07").stream().map(Reports::line).toList());
    }

    @Test
    void aSeriesEndsWhenTheNextPlanStartsAndEachPlanCountsItsOwnReviews() {
        // p1 Wed 6 Jan 2027: first review due Wed 31 Mar, met by m1 on Mon 22 Mar; the next, due
        // Mon 14 Jun, is cancelled: p2 superseded p1 on Tue 1 Jun. m2 on Thu 10 Jun, after p2
        // started, is p2's: its first review, due 1 Jun + 12 weeks = Tue 24 Aug, met; the next due
        // 10 Jun + 12 weeks = Thu 2 Sep, open.
        ComplianceReport report = REVIEWS.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-06")
                .event("m1", "meeting", "2027-03-22", "meeting", "review", "chair", "team-manager")
                .event("p2", "plan-started", "2027-06-01")
                .event("m2", "meeting", "2027-06-10", "meeting", "review", "chair", "team-manager").build(),
                date("2027-07-01"));
        assertEquals(List.of("T-07 p1 2027-03-31 met m1", "T-07 m1 2027-06-14 cancelled", "T-07 p2 2027-08-24 met m2",
                "T-07 m2 2027-09-02 open"), obligations(report, "T-07").stream().map(Reports::line).toList());
    }

    @Test
    void aReviewOnTheDayTheNextPlanStartsCountsForTheOldPlanOnlyWhenRecordedBeforeIt() {
        // p1 Wed 6 Jan 2027, first review due Wed 31 Mar; p2 starts on Mon 1 Mar. A review that day
        // recorded before p2 is within p1 and meets it; recorded after p2 it is p2's alone, and p1's
        // review, due after p1 ended, is cancelled. (A review on p2's own day meets p2's first
        // review either way: satisfaction counts from the trigger's date.)
        Cases before = Cases.child()
                .event("p1", "plan-started", "2027-01-06")
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager")
                .event("p2", "plan-started", "2027-03-01");
        assertEquals(List.of("T-07 p1 2027-03-31 met m1", "T-07 m1 2027-05-24 open", "T-07 p2 2027-05-24 met m1"),
                obligations(REVIEWS.evaluate(before.build(), date("2027-03-02")), "T-07").stream()
                        .map(Reports::line).toList());
        Cases after = Cases.child()
                .event("p1", "plan-started", "2027-01-06")
                .event("p2", "plan-started", "2027-03-01")
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager");
        assertEquals(List.of("T-07 p1 2027-03-31 cancelled", "T-07 p2 2027-05-24 met m1", "T-07 m1 2027-05-24 open"),
                obligations(REVIEWS.evaluate(after.build(), date("2027-03-02")), "T-07").stream()
                        .map(Reports::line).toList());
    }

    @Test
    void aScheduleCountsItsFirstOccurrenceFromTheAnchorAndTheRestFromEachReview() {
        CompiledPolicy disabled = policy("""
                rule T-12 "First review within 3 months, then every 6 months"
                  cite "s"
                  obligation review-meeting
                    when plan-started
                    if child is disabled
                    due within 3 months
                    then every 6 months
                    met by meeting with meeting in [review, early-review]
                """);
        CaseBuilder base = () -> Cases.child()
                .event("p1", "plan-started", "2026-11-30")
                .event("m1", "meeting", "2027-02-26", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-08-31", "meeting", "review", "chair", "team-manager");
        // Mon 30 Nov 2026 + 3 months = Sun 28 Feb 2027 (February has no 30th). m1 on Fri 26 Feb met
        // it; 26 Feb + 6 months = Thu 26 Aug 2027, so m2 on 31 Aug is late; 31 Aug + 6 months is
        // Tue 29 Feb 2028 (a leap year).
        ComplianceReport report = disabled.evaluate(base.get().disabled().build(), date("2027-09-01"));
        assertEquals(List.of("T-12 p1 2027-02-28 met m1", "T-12 m1 2027-08-26 met-late m2", "T-12 m2 2028-02-29 open"),
                obligations(report, "T-12").stream().map(Reports::line).toList());
        assertEquals(List.of(), disabled.evaluate(base.get().build(), date("2027-09-01")).obligations());
    }

    @Test
    void aFiniteScheduleEndsAfterItsLastStep() {
        CompiledPolicy twoReviews = policy("""
                rule T-13 "Reviews at 6 weeks and at 12 weeks"
                  cite "s"
                  obligation review-meeting
                    when plan-started
                    due within 6 weeks
                    then within 6 weeks
                    met by meeting with meeting review
                """);
        ComplianceReport report = twoReviews.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-02-12", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-03-19", "meeting", "review", "chair", "team-manager").build(),
                date("2027-12-31"));
        // Mon 4 Jan + 6 weeks = Mon 15 Feb; Fri 12 Feb + 6 weeks = Fri 26 Mar.
        assertEquals(List.of("T-13 p1 2027-02-15 met m1", "T-13 m1 2027-03-26 met m2"),
                obligations(report, "T-13").stream().map(Reports::line).toList());
    }

    private static final CompiledPolicy FIXED_REVIEWS = policy("""
            rule HER-05 "Review meetings at 6 weeks and at 12 weeks"
              cite "s"
              obligation review-meeting
                when plan-started
                due within 6 weeks
                then at 12 weeks
                met by meeting with meeting review
            """);

    @Test
    void her05ThenAtCountsFromTheTriggerNotFromTheReviewBefore() {
        // Mon 4 Jan 2027: first review due Mon 15 Feb, the second at 12 weeks, Mon 29 Mar. An early
        // first review (m1, Mon 1 Feb) does not bring the second forward: m2 on Fri 26 Mar is in time
        // (counted from m1, 'then within 6 weeks' would have made it due Mon 15 Mar).
        ComplianceReport report = FIXED_REVIEWS.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-03-26", "meeting", "review", "chair", "team-manager").build(),
                date("2027-12-31"));
        assertEquals(List.of("HER-05 p1 2027-02-15 met m1", "HER-05 p1 2027-03-29 met m2"),
                obligations(report, "HER-05").stream().map(Reports::line).toList());
        Obligation second = obligations(report, "HER-05").get(1);
        assertEquals(date("2027-01-04"), second.triggerDate());
        assertEquals("occurrence 2 of the series from plan-started p1 on Mon 4 Jan 2027: counted from it, after"
                + " meeting m1 on Mon 1 Feb 2027, which met occurrence 1", second.explanation().trigger());
        assertEquals("12 weeks after Mon 4 Jan 2027: Mon 29 Mar 2027", second.explanation().computation());
    }

    @Test
    void her05OneReviewCannotMeetTwoFixedPoints() {
        // A late first review at 8 weeks (Mon 1 Mar) meets the first only; the 12-week review is
        // still due Mon 29 Mar and is met only by a review after m1.
        CaseBuilder late = () -> Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager");
        ComplianceReport overdue = FIXED_REVIEWS.evaluate(late.get().build(), date("2027-04-01"));
        assertEquals(List.of("HER-05 p1 2027-02-15 met-late m1", "HER-05 p1 2027-03-29 overdue"),
                obligations(overdue, "HER-05").stream().map(Reports::line).toList());
        assertEquals("overdue since Tue 30 Mar 2027: no meeting with meeting review after meeting m1 on Mon 1 Mar 2027"
                + " as of Thu 1 Apr 2027", obligations(overdue, "HER-05").get(1).explanation().resolution());
        ComplianceReport lateToo = FIXED_REVIEWS.evaluate(late.get()
                .event("m2", "meeting", "2027-03-31", "meeting", "review", "chair", "team-manager").build(),
                date("2027-04-01"));
        assertEquals(List.of("HER-05 p1 2027-02-15 met-late m1", "HER-05 p1 2027-03-29 met-late m2"),
                obligations(lateToo, "HER-05").stream().map(Reports::line).toList());
    }

    @Test
    void aRepeatAfterAFixedPointCountsFromTheReviewThatMetIt() {
        CompiledPolicy section6 = policy("""
                rule T-14 "Reviews at 6 and 12 weeks, then every 12 weeks"
                  cite "s"
                  obligation review-meeting
                    when plan-started
                    due within 6 weeks
                    then at 12 weeks
                    then every 12 weeks
                    met by meeting with meeting review
                """);
        // m2 on Fri 26 Mar met the 12-week point; the next is due 12 weeks after m2: Fri 18 Jun.
        ComplianceReport report = section6.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-03-26", "meeting", "review", "chair", "team-manager").build(),
                date("2027-04-01"));
        assertEquals(List.of("T-14 p1 2027-02-15 met m1", "T-14 p1 2027-03-29 met m2", "T-14 m2 2027-06-18 open"),
                obligations(report, "T-14").stream().map(Reports::line).toList());
    }

    @Test
    void anExtensionRecordedBeforeTheDueDateMovesItToTheGrantedLimit() {
        CompiledPolicy assessment = policy("""
                rule T-20 "Assessment within 20 working days, up to 45 with a consultant social worker's agreement"
                  cite "s"
                  obligation assessment
                    when assessment-started
                    due within 20 working days
                    met by assessment-completed
                    extended to limitWorkingDays up to 45 working days
                      when assessment-extended with by consultant-social-worker
                """);
        // Mon 1 Mar 2027 + 20 working days, skipping Fri 26 and Mon 29 Mar: Wed 31 Mar 2027.
        CaseBuilder base = () -> Cases.child().event("s1", "assessment-started", "2027-03-01");
        Obligation plain = only(assessment.evaluate(base.get().build(), date("2027-03-02")), "T-20");
        assertEquals(date("2027-03-31"), plain.due());
        // Extended to 30 working days (asked for 30, at most 45): Wed 14 Apr 2027.
        Obligation extended = only(assessment.evaluate(base.get()
                .event("x1", "assessment-extended", "2027-03-20", "by", "consultant-social-worker",
                        "limitWorkingDays", "30")
                .event("c1", "assessment-completed", "2027-04-14", "outcome", "in-need").build(),
                date("2027-05-01")), "T-20");
        assertEquals(date("2027-04-14"), extended.due());
        assertEquals(ObligationStatus.MET, extended.status());
        assertTrue(extended.explanation().computation().contains("extended by assessment-extended x1 on Sat 20 Mar"
                + " 2027 to 30 working days after Mon 1 Mar 2027"), extended.explanation().computation());
        // Asked for 60: capped at 45 working days, Thu 6 May 2027 (skipping 26 and 29 Mar, 3 May).
        Obligation capped = only(assessment.evaluate(base.get()
                .event("x1", "assessment-extended", "2027-03-20", "by", "consultant-social-worker",
                        "limitWorkingDays", "60").build(), date("2027-03-21")), "T-20");
        assertEquals(date("2027-05-06"), capped.due());
        // Not by a consultant social worker, or after the due date: no extension.
        assertEquals(date("2027-03-31"), only(assessment.evaluate(base.get()
                .event("x1", "assessment-extended", "2027-03-20", "by", "team-manager").build(),
                date("2027-03-21")), "T-20").due());
        assertEquals(date("2027-03-31"), only(assessment.evaluate(base.get()
                .event("x1", "assessment-extended", "2027-04-01", "by", "consultant-social-worker").build(),
                date("2027-04-02")), "T-20").due());
    }

    @Test
    void aWaiverRecordedBeforeTheDueDateCancelsAnUnmetObligation() {
        CompiledPolicy waived = policy("""
                rule T-21 "Reflective supervision at 9 months, unless a group manager decides otherwise"
                  cite "s"
                  obligation reflective-supervision
                    when plan-started
                    due within 9 months
                    met by supervision with kind reflective
                    waived when management-decision with about exception, by group-manager
                """);
        Obligation o = only(waived.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("d1", "management-decision", "2027-05-04", "about", "exception", "by", "group-manager").build(),
                date("2027-12-31")), "T-21");
        assertEquals(ObligationStatus.CANCELLED, o.status());
        assertEquals("cancelled: waived by management-decision d1 on Tue 4 May 2027", o.explanation().resolution());
    }

    @Test
    void her11SatisfiedByAnEventSinceTheLastMeetingEvenBeforeTheTrigger() {
        CompiledPolicy supervision = policy("""
                rule HER-11 "Team Manager supervision before the first CIN meeting and before each review"
                  cite "s"
                  obligation case-supervision
                    when meeting with meeting in [initial, review]
                    due at once
                    met by supervision with by team-manager since the last meeting
                """);
        ComplianceReport report = supervision.evaluate(Cases.child()
                .event("s1", "supervision", "2027-01-04", "kind", "case", "by", "team-manager")
                .event("m1", "meeting", "2027-01-06", "meeting", "initial", "chair", "team-manager")
                .event("m2", "meeting", "2027-02-17", "meeting", "review", "chair", "team-manager")
                .event("s2", "supervision", "2027-02-18", "kind", "case", "by", "team-manager")
                .event("m3", "meeting", "2027-03-31", "meeting", "review", "chair", "team-manager").build(),
                date("2027-04-01"));
        // m1: s1 came before it (met); m2: nothing since m1 until s2 the day after (met late);
        // m3: s2 came after m2 and before m3 (met).
        assertEquals(List.of("HER-11 m1 2027-01-06 met s1", "HER-11 m2 2027-02-17 met-late s2",
                "HER-11 m3 2027-03-31 met s2"), obligations(report, "HER-11").stream().map(Reports::line).toList());
        ComplianceReport missing = supervision.evaluate(Cases.child()
                .event("s1", "supervision", "2027-01-04", "kind", "case", "by", "team-manager")
                .event("m1", "meeting", "2027-01-06", "meeting", "initial", "chair", "team-manager")
                .event("m2", "meeting", "2027-02-17", "meeting", "review", "chair", "team-manager").build(),
                date("2027-04-01"));
        assertEquals("overdue since Thu 18 Feb 2027: no supervision with by team-manager since meeting m1 on Wed 6 Jan"
                + " 2027 as of Thu 1 Apr 2027", obligations(missing, "HER-11").get(1).explanation().resolution());
    }

    /** A fresh case under construction (a test may build several variants of one case). */
    @FunctionalInterface
    interface CaseBuilder {
        Cases get();
    }
}
