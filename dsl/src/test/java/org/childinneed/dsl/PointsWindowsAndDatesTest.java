package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.findings;
import static org.childinneed.dsl.Reports.obligations;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.EventRef;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's constructs, each on dates worked out by hand: a point after the trigger ({@code due at
 * 9 months}), the later or earlier of two dates ({@code counted from the later of date and
 * notified}), a date the event records compared with its own ({@code nextReview within 3 months
 * after it}) and repeating windows ({@code every between 4 and 6 weeks}); and the checker's
 * diagnostics for each misuse.
 */
class PointsWindowsAndDatesTest {

    private static final String HEAD = "policy t \"Test\" version \"1\" source \"t.txt\"\n";

    private static CompiledPolicy policy(String rules) {
        return Scripts.policy(HEAD + rules);
    }

    private static List<Diagnostic> problems(String rules) {
        Compilation compilation = Scripts.compile(HEAD + rules);
        return compilation.diagnostics();
    }

    private static void rejected(String rules, String message) {
        List<Diagnostic> problems = problems(rules);
        assertTrue(problems.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.message().equals(message)),
                () -> problems.toString());
    }

    // ------------------------------------------------------------------------------ due at

    private static final CompiledPolicy NINE_MONTHS = policy("""
            rule T-12 "Reflective supervision at nine months"
              cite "s"
              obligation reflective-supervision
                when plan-started
                due at 9 months
                met by supervision with kind reflective
            """);

    private static Obligation supervision(String asOf, String... supervisions) {
        Cases cases = Cases.child().event("p1", "plan-started", "2027-01-04");
        for (int i = 0; i < supervisions.length; i++) {
            cases.event("q" + (i + 1), "supervision", supervisions[i], "kind", "reflective");
        }
        return only(NINE_MONTHS.evaluate(cases.build(), date(asOf)), "T-12");
    }

    @Test
    void aPointOpensAndFallsDueOnOneDaySoAnEarlierEventDoesNotMeetIt() {
        // Mon 4 Jan 2027 + 9 months = Mon 4 Oct 2027. The supervision of Thu 4 Mar is before the point.
        Obligation o = supervision("2027-10-29", "2027-03-04", "2027-10-04");
        assertEquals(date("2027-10-04"), o.due());
        assertEquals(Optional.of(date("2027-10-04")), o.earliest());
        assertEquals(ObligationStatus.MET, o.status());
        assertEquals("q2", o.satisfiedBy().flatMap(EventRef::id).orElseThrow());
        assertEquals("opens and falls due 9 months after Mon 4 Jan 2027: Mon 4 Oct 2027; nothing before it meets it",
                o.explanation().computation());
    }

    @Test
    void anEventAfterThePointIsLateAndNoneIsOverdue() {
        Obligation late = supervision("2027-10-29", "2027-10-05");
        assertEquals(ObligationStatus.MET_LATE, late.status());
        assertEquals("met by supervision q1 on Tue 5 Oct 2027, 1 day late", late.explanation().resolution());
        Obligation early = supervision("2027-10-29", "2027-03-04");
        assertEquals(ObligationStatus.OVERDUE, early.status());
        assertTrue(early.explanation().resolution().contains("on or after Mon 4 Oct 2027"), early.explanation().resolution());
        assertEquals(ObligationStatus.OPEN, supervision("2027-10-04").status());
    }

    @Test
    void aPlanThatEndsBeforeThePointCancelsIt() {
        Obligation o = only(NINE_MONTHS.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("e1", "plan-ended", "2027-08-02", "reason", "no-longer-in-need").build(), date("2027-10-29")), "T-12");
        assertEquals(ObligationStatus.CANCELLED, o.status());
    }

    @Test
    void misusesOfAPointAreReported() {
        rejected("""
                rule T-12 "x"
                  cite "s"
                  obligation reflective-supervision
                    when plan-started
                    due at 0 days
                    met by supervision
                """, "a point 0 days after the trigger is the trigger's day");
        rejected("""
                rule T-12 "x"
                  cite "s"
                  obligation assessment
                    when assessment-started
                    due at 20 working days
                    extended to 45 working days when assessment-extended
                    met by assessment-completed
                """, "only a 'due within' deadline can be extended");
        rejected("""
                rule T-12 "x"
                  cite "s"
                  obligation review-meeting
                    when plan-started
                    due at 12 weeks
                    then at 6 weeks
                    met by meeting
                """, "this occurrence is due 6 weeks after the trigger, not after the occurrence before it (12 weeks)");
    }

    // ---------------------------------------------------------------------- the later of two dates

    private static Obligation transferIn(String rule, String moved, Optional<String> notified) {
        CompiledPolicy policy = policy("""
                rule T-03 "Transfer-in meeting within 20 working days"
                  cite "s"
                  obligation transfer-in-meeting
                    when moved-in counted from %s
                    due within 20 working days
                    met by meeting with meeting transfer-in
                """.formatted(rule));
        Cases cases = Cases.child();
        if (notified.isPresent()) {
            cases.event("i1", "moved-in", moved, "notified", notified.get());
        } else {
            cases.event("i1", "moved-in", moved);
        }
        return only(policy.evaluate(cases.build(), date("2027-02-02")), "T-03");
    }

    @Test
    void theLaterOfTwoDatesCountsWhicheverComesLast() {
        // Moved Mon 1 Feb 2027, notified Mon 15 Feb: from 15 Feb, + 20 working days = Mon 15 Mar.
        Obligation notifiedLater = transferIn("the later of date and notified", "2027-02-01", Optional.of("2027-02-15"));
        assertEquals(date("2027-02-15"), notifiedLater.triggerDate());
        assertEquals(date("2027-03-15"), notifiedLater.due());
        // Notified Mon 18 Jan, before the move: from the move, Mon 1 Feb + 20 working days = Mon 1 Mar.
        Obligation movedLater = transferIn("the later of date and notified", "2027-02-01", Optional.of("2027-01-18"));
        assertEquals(date("2027-02-01"), movedLater.triggerDate());
        assertEquals(date("2027-03-01"), movedLater.due());
        assertTrue(movedLater.explanation().trigger().endsWith("counted from the later of its date (Mon 1 Feb 2027) and its"
                + " notified date (Mon 18 Jan 2027): Mon 1 Feb 2027"), movedLater.explanation().trigger());
    }

    @Test
    void theEarlierOfTwoDatesAndADateNotRecorded() {
        Obligation earlier = transferIn("the earlier of notified and date", "2027-02-01", Optional.of("2027-01-18"));
        assertEquals(date("2027-01-18"), earlier.triggerDate());
        // No notified date: only the move is there to count from.
        Obligation none = transferIn("the later of date and notified", "2027-02-01", Optional.empty());
        assertEquals(date("2027-02-01"), none.triggerDate());
        assertTrue(none.explanation().trigger().endsWith("its notified date (none recorded): Mon 1 Feb 2027"),
                none.explanation().trigger());
    }

    @Test
    void misusesOfTheLaterOfAreReported() {
        String rule = """
                rule T-03 "x"
                  cite "s"
                  obligation transfer-in-meeting
                    when %s
                    due within 20 working days
                    met by meeting
                """;
        rejected(rule.formatted("moved-in counted from the later of notified and notified"),
                "the later of a date and itself is that date");
        rejected(rule.formatted("moved-in counted from the later of date and nextReview"),
                "'moved-in' events have no attribute 'nextReview'");
        rejected(rule.formatted("assessment-completed counted from the earlier of date and outcome"),
                "'outcome' is not a date, so it cannot be counted from");
        List<Diagnostic> own = problems(rule.formatted("moved-in counted from date"));
        assertTrue(own.stream().allMatch(d -> d.severity() == Severity.WARNING), own::toString);
        assertEquals("an obligation is counted from the event's own date unless told otherwise", own.get(0).message());
    }

    // ------------------------------------------------------------------------------ a date within

    private static final CompiledPolicy NEXT_DATE = policy("""
            rule T-22 "The next meeting's date agreed, within three months"
              cite "s"
              finding next-review-not-set
                for each meeting
                unless nextReview within 3 months after it
            """);

    @Test
    void aDateWithinAfterTheEventInHandHoldsToTheDayAndNotBeyond() {
        ComplianceReport report = NEXT_DATE.evaluate(Cases.child()
                .event("m1", "meeting", "2027-01-04", "meeting", "initial", "chair", "team-manager", "nextReview", "2027-04-04")
                .event("m2", "meeting", "2027-04-01", "meeting", "review", "chair", "team-manager", "nextReview", "2027-07-05")
                .event("m3", "meeting", "2027-06-28", "meeting", "review", "chair", "team-manager")
                .event("m4", "meeting", "2027-07-05", "meeting", "review", "chair", "team-manager", "nextReview", "2027-07-01")
                .build(), date("2027-07-30"));
        // m1: 4 Apr is three months to the day; m2: 5 Jul is past 1 Jul; m3: none; m4: a date before the meeting.
        assertEquals(List.of("m2", "m3", "m4"), findings(report, "T-22").stream()
                .map(f -> f.event().id().orElseThrow()).toList());
        assertEquals("review meeting with nextReview Mon 5 Jul 2027; required: within 3 months after Thu 1 Apr 2027,"
                + " by Thu 1 Jul 2027", findings(report, "T-22").get(0).message());
        assertEquals("review meeting with no nextReview recorded; required: one within 3 months after Mon 28 Jun 2027,"
                + " by Tue 28 Sep 2027", findings(report, "T-22").get(1).message());
    }

    @Test
    void aDateWithinBeforeTheEventInHand() {
        CompiledPolicy before = policy("""
                rule T-22 "x"
                  cite "s"
                  finding next-review-not-set
                    for each meeting
                    if nextReview within 2 weeks before it
                """);
        ComplianceReport report = before.evaluate(Cases.child()
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager", "nextReview", "2027-02-15")
                .event("m2", "meeting", "2027-03-29", "meeting", "review", "chair", "team-manager", "nextReview", "2027-03-01")
                .build(), date("2027-04-30"));
        assertEquals(List.of("m1"), findings(report, "T-22").stream().map(f -> f.event().id().orElseThrow()).toList());
    }

    @Test
    void misusesOfADateWithinAreReported() {
        String kind = "next-review-not-set";
        Scripts.rejectsFinding(kind, "meeting", "chair within 3 months after it",
                "'chair' is not a date, so it cannot lie within a time of the event");
        Scripts.rejectsFinding(kind, "visit", "nextReview within 3 months after it", "'visit' events have no attribute 'nextReview'");
        Scripts.rejectsFinding(kind, "meeting", "nextReview within 3 fortnights after it", "unknown unit 'fortnights'");
    }

    // -------------------------------------------------------------------------- repeating windows

    private static List<String> outcomes(List<Obligation> obligations) {
        return obligations.stream().map(o -> o.due() + " " + o.status().code() + " "
                + o.satisfiedBy().flatMap(EventRef::id).orElse("-")).toList();
    }

    private static ComplianceReport visited(CompiledPolicy policy, String asOf, String... visits) {
        Cases cases = Cases.child().event("p1", "plan-started", "2027-01-04");
        for (int i = 0; i < visits.length; i++) {
            cases.event("v" + (i + 1), "visit", visits[i]);
        }
        return policy.evaluate(cases.build(), date(asOf));
    }

    @Test
    void everyBetweenRepeatsAWindowCountedFromWhatMetTheOneBefore() {
        CompiledPolicy visits = policy("""
                rule T-05 "Visits every four to six weeks"
                  cite "s"
                  obligation visit
                    every between 4 and 6 weeks from plan-started
                    met by visit
                """);
        ComplianceReport report = visited(visits, "2027-04-30", "2027-01-21", "2027-02-08", "2027-03-01", "2027-03-24");
        // p1 Mon 4 Jan: opens Mon 1 Feb, due Mon 15 Feb; v1 (21 Jan) too early, v2 (Mon 8 Feb) meets it.
        // From 8 Feb: opens Mon 8 Mar, due Mon 22 Mar; v3 (1 Mar) too early, v4 (Wed 24 Mar) 2 days late.
        // From 24 Mar: opens Wed 21 Apr, due Wed 5 May: open.
        List<Obligation> all = obligations(report, "T-05");
        assertEquals(List.of("2027-02-15 met v2", "2027-03-22 met-late v4", "2027-05-05 open -"), outcomes(all));
        assertEquals(List.of(date("2027-02-01"), date("2027-03-08"), date("2027-04-21")),
                all.stream().map(o -> o.earliest().orElseThrow()).toList());
    }

    @Test
    void thenEveryBetweenFollowsAFirstDeadline() {
        CompiledPolicy visits = policy("""
                rule T-05 "A first visit within 2 weeks, then every four to six weeks"
                  cite "s"
                  obligation visit
                    when plan-started
                    due within 2 weeks
                    then every between 4 and 6 weeks
                    met by visit
                """);
        ComplianceReport report = visited(visits, "2027-03-01", "2027-01-07", "2027-02-01", "2027-02-16");
        // Due Mon 18 Jan, met Thu 7 Jan; then opens Thu 4 Feb, due Thu 18 Feb: v2 (1 Feb) early, v3 (Tue 16 Feb)
        // meets it; then opens Tue 16 Mar, due Tue 30 Mar: open.
        assertEquals(List.of("2027-01-18 met v1", "2027-02-18 met v3", "2027-03-30 open -"),
                outcomes(obligations(report, "T-05")));
    }

    @Test
    void misusesOfARepeatingWindowAreReported() {
        rejected("""
                rule T-05 "x"
                  cite "s"
                  obligation visit
                    every between 6 and 4 weeks from plan-started
                    met by visit
                """, "this window never opens: it must open before it closes");
        rejected("""
                rule T-05 "x"
                  cite "s"
                  obligation visit
                    when plan-started
                    due within 2 weeks
                    then every between 4 and 6 weeks
                    then within 2 weeks
                    met by visit
                """, "nothing can follow 'then every', which repeats for as long as the plan lasts");
        rejected("""
                rule T-05 "x"
                  cite "s"
                  obligation visit
                    every between 4 and 6 weeks from plan-started
                    due within 2 weeks
                    met by visit
                """, "'every' already says when it falls due; remove this 'due'");
        assertFalse(Scripts.compile(HEAD + """
                rule T-05 "x"
                  cite "s"
                  obligation visit
                    every between 4 and 6 fortnights from plan-started
                    met by visit
                """).succeeded());
    }
}
