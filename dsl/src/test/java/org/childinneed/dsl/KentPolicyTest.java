package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.findings;
import static org.childinneed.dsl.Reports.obligations;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.EventRef;
import org.junit.jupiter.api.Test;

/** The bundled kent.cin (extending working-together.cin) on hand-checked cases; each test names its clause. */
class KentPolicyTest {

    private static final CompiledPolicy KENT = Scripts.bundled("kent");

    private static ComplianceReport kent(Cases cases, String asOf) {
        return KENT.evaluate(cases.build(), date(asOf));
    }

    @Test
    void encodesEveryKentClauseOfTheCatalogAndInheritsTheBaseline() {
        List<String> clauses = KENT.rules().stream().flatMap(r -> r.clauses().stream()).sorted().toList();
        // KENX-01 and KENX-02: section 7 clauses the catalog does not list yet.
        List<String> expected = Stream.concat(Stream.of("WT-01", "WT-02", "WT-03", "KENX-01", "KENX-02"),
                IntStream.rangeClosed(1, 24)
                        .mapToObj(i -> String.format("KEN-%02d", i))).sorted().toList();
        assertEquals(expected, clauses);
        assertEquals("kent", KENT.info().id());
        assertEquals("kent.txt", KENT.info().source());
        assertEquals(Optional.of("working-together"),
                KENT.rules().stream().filter(r -> r.name().equals("WT-02")).findFirst().orElseThrow().inheritedFrom());
        assertTrue(KENT.rules().stream().filter(r -> r.name().startsWith("KEN"))
                .allMatch(r -> r.cite().text().startsWith("kent.txt, ")), () -> KENT.rules().toString());
    }

    @Test
    void ken01AndKen04TheContractExampleOverChristmas() {
        ComplianceReport report = kent(Cases.child()
                .event("r1", "referral", "2026-11-02")
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                .event("m1", "meeting", "2027-01-06", "meeting", "initial", "chair", "senior-practitioner")
                .event(null, "minutes-distributed", "2027-01-15", "meetingRef", "m1"), "2027-03-01");
        Obligation initial = only(report, "KEN-01");
        assertEquals(ObligationKind.INITIAL_MEETING, initial.kind());
        assertEquals(date("2027-01-05"), initial.due());
        assertEquals(ObligationStatus.MET_LATE, initial.status());
        assertEquals(Optional.of(EventRef.of(2, "m1")), initial.satisfiedBy());
        assertEquals("kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting", initial.cite().text());
        Finding chair = findings(report, "KEN-04").get(0);
        assertEquals(FindingKind.CHAIR_NOT_PERMITTED, chair.kind());
        assertEquals("initial meeting chaired by senior-practitioner; permitted: team-manager", chair.message());
        assertEquals(date("2027-01-06"), chair.date());
        // KEN-10: minutes #3 on Fri 15 Jan, within 10 working days of Wed 6 Jan (due Wed 20 Jan).
        Obligation minutes = only(report, "KEN-10");
        assertEquals(date("2027-01-20"), minutes.due());
        assertEquals(Optional.of(EventRef.at(3)), minutes.satisfiedBy());
    }

    @Test
    void ken02CinPlanMadeAtAConferenceNeedsAMeetingWithinFourWeeks() {
        ComplianceReport report = kent(Cases.child()
                .event("c1", "cp-conference", "2027-02-01", "outcome", "step-down-to-cin")
                .event("c2", "cp-conference", "2027-02-02", "outcome", "cp-plan")
                .event("m1", "meeting", "2027-03-01", "meeting", "initial", "chair", "team-manager"), "2027-03-02");
        // Mon 1 Feb 2027 + 28 days = Mon 1 Mar 2027; the cp-plan conference starts nothing.
        Obligation o = only(report, "KEN-02");
        assertEquals(date("2027-03-01"), o.due());
        assertEquals(ObligationStatus.MET, o.status());
    }

    @Test
    void ken03ConflictPinnedTwentyWorkingDaysFromTheLaterOfTheMoveAndTheNotification() {
        // Section 5 counts from residence (Mon 1 Feb: due Mon 1 Mar), section 8 from notification; the
        // product owner's reading takes the later: Mon 15 Feb 2027 + 20 working days = Mon 15 Mar 2027.
        ComplianceReport report = kent(Cases.child()
                .event("i1", "moved-in", "2027-02-01", "notified", "2027-02-15")
                .event("m1", "meeting", "2027-03-10", "meeting", "transfer-in", "chair", "team-manager"), "2027-04-01");
        Obligation o = only(report, "KEN-03");
        assertEquals(ObligationKind.TRANSFER_IN_MEETING, o.kind());
        assertEquals(date("2027-02-15"), o.triggerDate());
        assertEquals(date("2027-03-15"), o.due());
        assertEquals(ObligationStatus.MET, o.status());
        assertTrue(o.explanation().trigger().endsWith("counted from the later of its date (Mon 1 Feb 2027) and its notified"
                + " date (Mon 15 Feb 2027): Mon 15 Feb 2027"), o.explanation().trigger());
        // Notified before the move (Mon 18 Jan): the move counts, Mon 1 Feb + 20 working days = Mon 1 Mar.
        Obligation early = only(kent(Cases.child().event("i1", "moved-in", "2027-02-01", "notified", "2027-01-18"),
                "2027-02-02"), "KEN-03");
        assertEquals(date("2027-02-01"), early.triggerDate());
        assertEquals(date("2027-03-01"), early.due());
        // With no notified date recorded, both readings agree: from the move itself.
        Obligation unknown = only(kent(Cases.child().event("i1", "moved-in", "2027-02-01"), "2027-02-02"), "KEN-03");
        assertEquals(date("2027-03-01"), unknown.due());
    }

    @Test
    void ken05VisitsAtLeastEveryFourWeeksCountedFromTheLastVisit() {
        // p1 Mon 4 Jan: first visit due Mon 1 Feb; v1 Thu 28 Jan met it; the next is due Thu 25 Feb,
        // v2 on Mon 1 Mar is late; the next is due Mon 29 Mar, open on Wed 10 Mar.
        ComplianceReport report = kent(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("v1", "visit", "2027-01-28")
                .event("v2", "visit", "2027-03-01"), "2027-03-10");
        assertEquals(List.of("KEN-05 p1 2027-02-01 met v1", "KEN-05 v1 2027-02-25 met-late v2",
                "KEN-05 v2 2027-03-29 open"), obligations(report, "KEN-05").stream().map(Reports::line).toList());
    }

    @Test
    void ken05AndKen06APlanEndsWhenTheNextStartsSoOverlappingPlansCountEachObligationOnce() {
        // The overlapping plans of robustness finding D5. p1 Mon 5 Jan 2026 is superseded by p2 on
        // Mon 2 Mar; p2 ends with e1 on Wed 1 Apr; e2 on Fri 1 May ends no plan.
        // KEN-05 p1: first visit due 5 Jan + 4 weeks = Mon 2 Feb, met by v1 (26 Jan); the next due
        // 26 Jan + 4 weeks = Mon 23 Feb, before p2 started: overdue, as v2 (16 Mar) is p2's.
        // KEN-05 p2: due 2 Mar + 4 weeks = Mon 30 Mar, met by v2; the next due 16 Mar + 4 weeks =
        // Mon 13 Apr, after e1: cancelled. KEN-06: p1's review due 5 Jan + 12 weeks = Mon 30 Mar,
        // after p1 was superseded on 2 Mar: cancelled; p2's due 2 Mar + 12 weeks = Mon 25 May,
        // after e1: cancelled. KEN-08, 09, 10 on m1 (Mon 5 Jan): 1, 5 and 10 working days, Tue 6,
        // Mon 12 and Mon 19 Jan, all before p2: overdue.
        ComplianceReport report = kent(Cases.child().born("2015-01-01")
                .event("p1", "plan-started", "2026-01-05")
                .event("m1", "meeting", "2026-01-05", "meeting", "initial", "chair", "team-manager")
                .event("v1", "visit", "2026-01-26")
                .event("p2", "plan-started", "2026-03-02")
                .event("v2", "visit", "2026-03-16")
                .event("e1", "plan-ended", "2026-04-01", "reason", "no-longer-in-need")
                .event("e2", "plan-ended", "2026-05-01", "reason", "no-longer-in-need"), "2026-07-01");
        assertEquals(List.of("KEN-08 m1 2026-01-06 overdue", "KEN-09 m1 2026-01-12 overdue",
                "KEN-10 m1 2026-01-19 overdue", "KEN-05 p1 2026-02-02 met v1", "KEN-05 v1 2026-02-23 overdue",
                "KEN-05 p2 2026-03-30 met v2", "KEN-06 p1 2026-03-30 cancelled", "KEN-05 v2 2026-04-13 cancelled",
                "KEN-06 p2 2026-05-25 cancelled"), report.obligations().stream().map(Reports::line).toList());
        assertEquals("cancelled: the plan was superseded (plan-started p2 on Mon 2 Mar 2026) before it fell due",
                report.obligations().get(6).explanation().resolution());
        assertEquals("cancelled: the plan ended (plan-ended e1 on Wed 1 Apr 2026) before it fell due",
                report.obligations().get(7).explanation().resolution());
    }

    @Test
    void ken06AndKen12ReviewTimetablesDependOnWhetherTheChildIsDisabled() {
        Cases plan = Cases.child().event("p1", "plan-started", "2027-01-04");
        ComplianceReport child = kent(plan, "2027-01-05");
        assertEquals(date("2027-03-29"), only(child, "KEN-06").due()); // Mon 4 Jan + 12 weeks
        assertEquals(List.of(), obligations(child, "KEN-12"));
        ComplianceReport disabled = kent(Cases.child().disabled().event("p1", "plan-started", "2027-01-04"),
                "2027-01-05");
        assertEquals(List.of(), obligations(disabled, "KEN-06"));
        assertEquals(date("2027-04-04"), only(disabled, "KEN-12").due()); // Mon 4 Jan + 3 months
    }

    @Test
    void ken07ReviewsChairedByATeamManagerOrSeniorPractitioner() {
        ComplianceReport report = kent(Cases.child()
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "senior-practitioner")
                .event("m2", "meeting", "2027-03-01", "meeting", "review", "chair", "social-worker"), "2027-03-02");
        List<Finding> found = findings(report, "KEN-07");
        assertEquals(1, found.size());
        assertEquals(EventRef.of(1, "m2"), found.get(0).event());
        assertEquals("review meeting chaired by social-worker; permitted: team-manager, senior-practitioner (no"
                + " short-breaks with nightsPerYear more than 75 on or before Mon 1 Mar 2027 and no short-breaks with"
                + " settings more than 2 on or before Mon 1 Mar 2027)", found.get(0).message());
    }

    @Test
    void ken08CaseNoteWithinOneWorkingDayOfTheMeetingItRefersTo() {
        ComplianceReport report = kent(Cases.child()
                .event("m1", "meeting", "2027-03-25", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-03-25", "meeting", "early-review", "chair", "team-manager")
                .event("n2", "case-note", "2027-03-25", "meetingRef", "m2")
                .event("n1", "case-note", "2027-03-30", "meetingRef", "m1"), "2027-04-30");
        // Thu 25 Mar 2027 + 1 working day, skipping Good Friday and Easter Monday: Tue 30 Mar.
        List<Obligation> notes = obligations(report, "KEN-08");
        assertEquals(List.of("KEN-08 m1 2027-03-30 met n1", "KEN-08 m2 2027-03-30 met n2"),
                notes.stream().map(Reports::line).toList());
        assertEquals("1 working day after Thu 25 Mar 2027, skipping Fri 26 Mar and Mon 29 Mar: Tue 30 Mar 2027",
                notes.get(0).explanation().computation());
    }

    @Test
    void ken09PlanAuthorisationWithinFiveWorkingDays() {
        ComplianceReport report = kent(Cases.child()
                .event("m1", "meeting", "2027-01-06", "meeting", "initial", "chair", "team-manager")
                .event("x1", "plan-authorised", "2027-01-14", "meetingRef", "m1", "by", "team-manager"),
                "2027-02-01");
        Obligation o = only(report, "KEN-09");
        assertEquals(date("2027-01-13"), o.due()); // Wed 6 Jan + 5 working days
        assertEquals(ObligationStatus.MET_LATE, o.status());
    }

    @Test
    void ken11AChangeOfCircumstancesCallsForAnEarlyMeetingAtOnce() {
        Obligation o = only(kent(Cases.child().event("s1", "significant-change", "2027-02-03"), "2027-02-04"),
                "KEN-11");
        assertEquals(date("2027-02-03"), o.due());
        assertEquals(ObligationStatus.OVERDUE, o.status());
    }

    @Test
    void ken13ShortBreaksOverSeventyFiveNightsNeedAnIndependentReviewingOfficerInsteadOfKen07() {
        Cases cases = Cases.child().disabled()
                .event("p1", "plan-started", "2027-01-04")
                .event("b1", "short-breaks", "2027-01-04", "nightsPerYear", "80", "settings", "1")
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-04-01", "meeting", "review", "chair", "independent-reviewing-officer");
        ComplianceReport report = kent(cases, "2027-04-02");
        assertEquals(List.of("review meeting chaired by team-manager; permitted: independent-reviewing-officer"
                + " (short-breaks b1 on Mon 4 Jan 2027 on or before Mon 1 Mar 2027)"),
                findings(report, "KEN-13").stream().map(Finding::message).toList());
        assertEquals(List.of(), findings(report, "KEN-07"));
    }

    @Test
    void ken14APlanEndsOnlyForTheListedReasons() {
        ComplianceReport report = kent(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("e1", "plan-ended", "2027-06-01", "reason", "adopted"), "2027-06-02");
        List<Finding> found = findings(report, "KEN-14");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("plan ended for adopted; permitted: no-longer-in-need, "),
                found.get(0).message());
    }

    private static Cases closedAfterReview(String rationaleDate) {
        return Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("d1", "management-decision", rationaleDate, "about", "closure-rationale", "by", "team-manager",
                        "rationale", "the family no longer needs services")
                .event("m1", "meeting", "2027-05-04", "meeting", "review", "chair", "team-manager", "outcome",
                        "no-longer-in-need")
                .event("e1", "plan-ended", "2027-05-10", "reason", "no-longer-in-need");
    }

    @Test
    void ken15TheTeamManagersRationaleComesBeforeTheFinalMeeting() {
        assertEquals(List.of(), findings(kent(closedAfterReview("2027-05-03"), "2027-06-01"), "KEN-15"));
        List<Finding> late = findings(kent(closedAfterReview("2027-05-05"), "2027-06-01"), "KEN-15");
        assertEquals(1, late.size());
        assertEquals("plan ended: no management-decision with about closure-rationale, by team-manager, rationale"
                + " recorded on or before the last meeting (m1, Tue 4 May 2027)", late.get(0).message());
        assertTrue(!late.get(0).message().contains("no longer needs"), "free text never appears in messages");
    }

    @Test
    void ken18EndingNeedsAReviewThatDecidedIt() {
        assertEquals(List.of(), findings(kent(closedAfterReview("2027-05-03"), "2027-06-01"), "KEN-18"));
        List<Finding> found = findings(kent(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-05-04", "meeting", "review", "chair", "team-manager", "outcome", "continue")
                .event("e1", "plan-ended", "2027-05-10", "reason", "stepped-down-to-early-help"), "2027-06-01"),
                "KEN-18");
        assertEquals(1, found.size());
        assertEquals(FindingKind.CLOSED_WITHOUT_REVIEW, found.get(0).kind());
        assertEquals(EventRef.of(2, "e1"), found.get(0).event());
    }

    @Test
    void ken16AndKen17MovingOutNotificationAndInformation() {
        ComplianceReport report = kent(Cases.child()
                .event("o1", "moved-out", "2027-03-05")
                .event("n1", "receiving-authority-notified", "2027-03-08"), "2027-03-20");
        assertEquals("KEN-16 o1 2027-03-08 met n1", Reports.line(only(report, "KEN-16"))); // Fri 5 Mar + 1 WD
        assertEquals("KEN-17 o1 2027-03-12 overdue", Reports.line(only(report, "KEN-17"))); // + 5 WD
    }

    @Test
    void ken19SteppedDownFromChildProtectionAndClosedBeforeThreeMonths() {
        Cases early = Cases.child()
                .event("p1", "plan-started", "2027-01-04", "origin", "child-protection")
                .event("e1", "plan-ended", "2027-03-01", "reason", "no-longer-in-need");
        List<Finding> found = findings(kent(early, "2027-03-02"), "KEN-19");
        assertEquals(1, found.size());
        assertEquals(FindingKind.PLAN_CLOSED_TOO_EARLY, found.get(0).kind());
        Cases agreed = Cases.child()
                .event("p1", "plan-started", "2027-01-04", "origin", "child-protection")
                .event("d1", "management-decision", "2027-02-25", "about", "early-closure", "by", "assistant-director",
                        "rationale", "written view")
                .event("e1", "plan-ended", "2027-03-01", "reason", "no-longer-in-need");
        assertEquals(List.of(), findings(kent(agreed, "2027-03-02"), "KEN-19"));
        Cases fromAssessment = Cases.child()
                .event("p1", "plan-started", "2027-01-04", "origin", "assessment")
                .event("e1", "plan-ended", "2027-03-01", "reason", "no-longer-in-need");
        assertEquals(List.of(), findings(kent(fromAssessment, "2027-03-02"), "KEN-19"));
    }

    @Test
    void ken20APlanStillOpenAfterTheEighteenthBirthday() {
        Cases open = Cases.child().born("2009-03-01").event("p1", "plan-started", "2027-01-04");
        assertEquals(List.of(), findings(kent(open, "2027-03-01"), "KEN-20"));
        List<Finding> found = findings(kent(Cases.child().born("2009-03-01")
                .event("p1", "plan-started", "2027-01-04"), "2027-03-02"), "KEN-20");
        assertEquals(1, found.size());
        assertEquals(date("2027-03-02"), found.get(0).date());
        assertEquals(EventRef.of(0, "p1"), found.get(0).event());
        Cases ended = Cases.child().born("2009-03-01")
                .event("p1", "plan-started", "2027-01-04")
                .event("e1", "plan-ended", "2027-03-01", "reason", "eighteenth-birthday");
        assertEquals(List.of(), findings(kent(ended, "2027-06-01"), "KEN-20"));
    }

    /** KEN-20 and the Family Law Reform Act 1969, s.9: born 29 February 2008, 18 on 1 March 2026. */
    @Test
    void ken20ForAChildBornOn29FebruaryTheEighteenthBirthdayIs1March() {
        Cases endedOnTheFirst = Cases.child().born("2008-02-29")
                .event("p1", "plan-started", "2025-06-02")
                .event("e1", "plan-ended", "2026-03-01", "reason", "eighteenth-birthday");
        assertEquals(List.of(), findings(kent(endedOnTheFirst, "2026-06-01"), "KEN-20"));
        Cases endedOnTheSecond = Cases.child().born("2008-02-29")
                .event("p1", "plan-started", "2025-06-02")
                .event("e1", "plan-ended", "2026-03-02", "reason", "eighteenth-birthday");
        List<Finding> found = findings(kent(endedOnTheSecond, "2026-06-01"), "KEN-20");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("(Sun 1 Mar 2026)"), found.get(0).message());
    }

    @Test
    void wt01AndWt02TheInheritedNationalBaseline() {
        // Thu 24 Dec 2026 + 1 working day, skipping 25 and 28 Dec: Tue 29 Dec 2026.
        ComplianceReport report = kent(Cases.child()
                .event("r1", "referral", "2026-12-24")
                .event("d1", "referral-decided", "2026-12-29"), "2027-01-04");
        assertEquals("WT-01 r1 2026-12-29 met d1", Reports.line(only(report, "WT-01")));
        assertEquals("Working Together to Safeguard Children 2018, Chapter 1: Assessing need and providing help,"
                + " Timeliness", only(report, "WT-02").cite().text());
        assertEquals(ObligationKind.REFERRAL_DECISION, only(report, "WT-01").kind());
    }

    @Test
    void everyRuleIsDescribedInPlainWords() {
        String described = KENT.rules().stream().map(RuleSummary::description).collect(Collectors.joining("\n"));
        assertTrue(described.contains("When an assessment is completed and its outcome is in need, an initial meeting is"
                + " due within 10 working days. It is satisfied by an initial meeting since the last assessment started."),
                described);
        assertEquals("Initial CIN meeting within 10 working days of an assessment that identifies s17 need",
                KENT.rules().stream().filter(r -> r.name().equals("KEN-01")).findFirst().orElseThrow().title());
    }
}
