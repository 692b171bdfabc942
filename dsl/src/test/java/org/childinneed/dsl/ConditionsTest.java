package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.childinneed.model.compliance.ComplianceReport;
import org.junit.jupiter.api.Test;

/** Conditions on the child, the plan and the history, in findings; each names the clause it models. */
class ConditionsTest {

    private static final String HEAD = "policy t \"Test\" version \"1\" source \"t.txt\"\n";

    private static List<String> messages(String rules, Cases cases, String asOf) {
        ComplianceReport report = Scripts.policy(HEAD + rules).evaluate(cases.build(), date(asOf));
        return report.findings().stream().map(f -> f.event().label() + " " + f.date() + " " + f.message()).toList();
    }

    @Test
    void sef06ReviewsAfterSixMonthsOrAfterAChangeOfWorkerAreChairedByATeamManager() {
        String rule = """
                rule SEF-06 "Team Manager chairs reviews after 6 months and the first after a change of worker"
                  cite "s"
                  finding chair-not-permitted
                    for each meeting with meeting in [review, early-review]
                    if plan open at least 6 months
                       or a worker-changed since the last meeting with meeting in [review, early-review]
                    unless chair is team-manager
                """;
        Cases cases = Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "social-worker")
                .event("w1", "worker-changed", "2027-02-10")
                .event("m2", "meeting", "2027-03-01", "meeting", "review", "chair", "social-worker")
                .event("m3", "meeting", "2027-04-01", "meeting", "review", "chair", "social-worker")
                .event("m4", "meeting", "2027-07-04", "meeting", "review", "chair", "social-worker");
        // m2 is the first review after w1; m3 follows m2 with no change; m4 is 6 months on (4 Jul).
        // The message says which condition made the Team Manager necessary (observation 3 of SEF-06).
        assertEquals(List.of("m2 2027-03-01 review meeting chaired by social-worker; permitted: team-manager"
                + " (worker-changed w1 on Wed 10 Feb 2027 since the last meeting with meeting in [review, early-review]"
                + " (m1, Mon 1 Feb 2027))",
                "m4 2027-07-04 review meeting chaired by social-worker; permitted: team-manager"
                + " (the plan p1, started Mon 4 Jan 2027, open at least 6 months on Sun 4 Jul 2027)"),
                messages(rule, cases, "2027-08-01"));
    }

    @Test
    void slo09AManagementDecisionWithARationaleExcusesAnEarlyClosure() {
        String rule = """
                rule SLO-09 "Plan in place for at least three months"
                  cite "s"
                  finding plan-closed-too-early
                    for each plan-ended
                    if plan open less than 3 months
                    unless a management-decision with about early-closure, rationale recorded
                """;
        Cases early = Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("d1", "management-decision", "2027-02-01", "about", "early-closure", "rationale", " ")
                .event("e1", "plan-ended", "2027-04-03", "reason", "no-longer-in-need");
        // Mon 4 Jan + 3 months = Sun 4 Apr: 3 Apr is too early; a blank rationale is not recorded.
        assertEquals(List.of("e1 2027-04-03 plan ended: no management-decision with about early-closure, rationale"
                + " recorded on or before Sat 3 Apr 2027 since the plan started on Mon 4 Jan 2027 (the plan p1, started"
                + " Mon 4 Jan 2027, open less than 3 months on Sat 3 Apr 2027)"),
                messages(rule, early, "2027-05-01"));
        Cases onTime = Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("e1", "plan-ended", "2027-04-04", "reason", "no-longer-in-need");
        assertEquals(List.of(), messages(rule, onTime, "2027-05-01"));
    }

    @Test
    void her03APlanOpenLongerThanTwelveWeeksWithoutARecordedExtension() {
        String rule = """
                rule HER-03 "Plans last no longer than 12 weeks"
                  cite "s"
                  finding plan-exceeds-maximum-duration
                    for each plan open longer than 12 weeks
                    unless a management-decision with about extension, by team-manager
                """;
        Cases open = Cases.child().event("p1", "plan-started", "2027-01-04");
        // Mon 4 Jan + 12 weeks = Mon 29 Mar: still open on Tue 30 Mar, the first day over.
        assertEquals(List.of(), messages(rule, open, "2027-03-29"));
        assertEquals(List.of("p1 2027-03-30 plan from plan-started p1 on Mon 4 Jan 2027 still open more than 12 weeks"
                + " after it started (Mon 29 Mar 2027); no management-decision with about extension, by team-manager"
                + " on or before Tue 30 Mar 2027 since the plan started on Mon 4 Jan 2027"),
                messages(rule, open, "2027-04-01"));
        Cases ended = Cases.child().event("p1", "plan-started", "2027-01-04")
                .event("e1", "plan-ended", "2027-04-12", "reason", "no-longer-in-need");
        assertEquals(List.of("e1"), messages(rule, ended, "2027-05-01").stream().map(m -> m.split(" ")[0]).toList());
        Cases extended = Cases.child().event("p1", "plan-started", "2027-01-04")
                .event("d1", "management-decision", "2027-03-20", "about", "extension", "by", "team-manager");
        assertEquals(List.of(), messages(rule, extended, "2027-05-01"));
    }

    @Test
    void slo14EachMeetingUpdatesThePlanWithAContingencyWithinFiveWorkingDays() {
        String rule = """
                rule SLO-14 "Every CIN meeting updates the plan and sets a contingency plan"
                  cite "s"
                  finding plan-missing-element
                    for each meeting
                    unless a plan-updated with elements include [contingency] within 5 working days after it
                """;
        Cases cases = Cases.child()
                .event("m1", "meeting", "2027-03-25", "meeting", "review", "chair", "team-manager")
                .event("u1", "plan-updated", "2027-04-01", "elements", "contingency, services")
                .event("m2", "meeting", "2027-04-06", "meeting", "review", "chair", "team-manager")
                .event("u2", "plan-updated", "2027-04-14", "elements", "services");
        // Thu 25 Mar + 5 working days, skipping Easter: Fri 2 Apr; u1 on 1 Apr counts. Tue 6 Apr + 5: Tue 13 Apr.
        assertEquals(List.of("m2 2027-04-06 review meeting: no plan-updated with elements include [contingency]"
                + " within 5 working days after Tue 6 Apr 2027"), messages(rule, cases, "2027-05-01"));
    }

    @Test
    void sef04PlanElementsAreListedWhenMissing() {
        String rule = """
                rule SEF-04 "The plan identifies a keyworker, services and a contingency"
                  cite "s"
                  finding plan-missing-element
                    for each plan-updated
                    unless elements include [keyworker, services, contingency]
                """;
        Cases cases = Cases.child().event("u1", "plan-updated", "2027-04-01", "elements", "services");
        assertEquals(List.of("u1 2027-04-01 plan updated missing elements: keyworker, contingency"),
                messages(rule, cases, "2027-05-01"));
    }

    @Test
    void slo08PlansOfMoreThanEightPoints() {
        String rule = """
                rule SLO-08 "No more than 8 points"
                  cite "s"
                  finding plan-too-long
                    for each plan-updated
                    if points more than 8
                """;
        Cases cases = Cases.child()
                .event("u1", "plan-updated", "2027-04-01", "points", "8")
                .event("u2", "plan-updated", "2027-04-02", "points", "9")
                .event("u3", "plan-updated", "2027-04-03");
        assertEquals(List.of("u2 2027-04-02 plan updated with points 9 (more than 8)"),
                messages(rule, cases, "2027-05-01"));
    }

    @Test
    void withoutAScopeAConditionLooksInTheCurrentPlanAndBeforeItLooksFurtherBack() {
        String rules = """
                rule T-01 "Reviews after a step-down from child protection"
                  cite "s"
                  finding decision-not-authorised
                    for each meeting
                    if a cp-conference with outcome step-down-to-cin
                rule T-02 "Reviews after a step-down from child protection, however long ago"
                  cite "s"
                  finding chair-not-permitted
                    for each meeting
                    if a cp-conference with outcome step-down-to-cin before it
                """;
        Cases cases = Cases.child()
                .event("c1", "cp-conference", "2027-01-04", "outcome", "step-down-to-cin")
                .event("p1", "plan-started", "2027-01-05", "origin", "child-protection")
                .event("m1", "meeting", "2027-02-01", "meeting", "initial", "chair", "team-manager");
        assertEquals(List.of("m1 2027-02-01 initial meeting: cp-conference c1 on Mon 4 Jan 2027 on or before Mon 1 Feb"
                + " 2027"), messages(rules, cases, "2027-03-01"));
    }

    @Test
    void childAgeIsTakenOnTheDayOfTheEventInHand() {
        String rule = """
                rule T-01 "Young people of 16 or over are asked for consent at their meetings"
                  cite "s"
                  finding decision-not-authorised
                    for each meeting
                    if child aged at least 16
                """;
        Cases cases = Cases.child().born("2011-03-02")
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2027-03-02", "meeting", "review", "chair", "team-manager");
        assertEquals(List.of("m2 2027-03-02 review meeting: the child is aged 16 on Tue 2 Mar 2027 (at least 16)"),
                messages(rule, cases, "2027-05-01"));
    }

    /**
     * Family Law Reform Act 1969, s.9(1): a person attains an age "at the commencement of the
     * relevant anniversary of the date of his birth"; born on 29 February 2008, a child is 17 on
     * 28 February 2026 and 18 on 1 March 2026, the same reading as the 18th-birthday finding.
     */
    @Test
    void aChildBornOn29FebruaryIsOlderOn1MarchOfACommonYear() {
        String rule = """
                rule T-01 "Adults are not seen at CIN meetings"
                  cite "s"
                  finding decision-not-authorised
                    for each meeting
                    if child aged at least 18
                """;
        Cases cases = Cases.child().born("2008-02-29")
                .event("m1", "meeting", "2026-02-28", "meeting", "review", "chair", "team-manager")
                .event("m2", "meeting", "2026-03-01", "meeting", "review", "chair", "team-manager");
        assertEquals(List.of("m2 2026-03-01 review meeting: the child is aged 18 on Sun 1 Mar 2026 (at least 18)"),
                messages(rule, cases, "2026-05-01"));
    }

    @Test
    void sef09ConditionsOnTheEventInHandCombineWithAndAndOr() {
        String rule = """
                rule SEF-09 "No longer in need where parents do not engage: a Team Manager chairs"
                  cite "s"
                  finding chair-not-permitted
                    for each meeting
                    if outcome no-longer-in-need and parentalNonEngagement
                    unless chair is team-manager or chair is service-manager
                """;
        Cases cases = Cases.child()
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "social-worker",
                        "outcome", "no-longer-in-need", "parentalNonEngagement", "true")
                .event("m2", "meeting", "2027-03-02", "meeting", "review", "chair", "social-worker",
                        "outcome", "no-longer-in-need");
        assertEquals(List.of("m1 2027-03-01 review meeting chaired by social-worker; permitted: team-manager,"
                + " service-manager (with outcome no-longer-in-need and parentalNonEngagement set)"),
                messages(rule, cases, "2027-05-01"));
    }

    @Test
    void her01TheIfReasonOfANegatedTestStatesTheFactNotWhatWasPermitted() {
        String rule = """
                rule HER-01 "First meeting chaired by the Team Manager, save for plans after child protection or care"
                  cite "s"
                  finding chair-not-permitted
                    for each meeting with meeting initial
                    if not plan has origin in [child-protection, looked-after]
                    unless chair is team-manager
                """;
        Cases cases = Cases.child()
                .event("p1", "plan-started", "2027-01-04", "origin", "assessment")
                .event("m1", "meeting", "2027-01-04", "meeting", "initial", "chair", "social-worker");
        assertEquals(List.of("m1 2027-01-04 initial meeting chaired by social-worker; permitted: team-manager"
                + " (the plan p1 of origin assessment)"), messages(rule, cases, "2027-05-01"));
    }

    @Test
    void slo11TheClosureRecordHoldsTheRationaleAndTheChildsAndParentsViews() {
        String rule = """
                rule SLO-11 "Closure records the rationale and the child's and parents' views"
                  cite "s"
                  finding closure-record-incomplete
                    for each plan-ended with reason not in [child-protection-plan, looked-after]
                    unless a management-decision with about closure-rationale, rationale recorded
                       and views include [child, parents]
                """;
        java.util.function.Function<String[], Cases> closed = views -> {
            Cases cases = Cases.child()
                    .event("p1", "plan-started", "2027-01-04")
                    .event("d1", "management-decision", "2027-04-30", "about", "closure-rationale", "rationale", "x");
            return views.length == 0 ? cases.event("e1", "plan-ended", "2027-05-03", "reason", "no-longer-in-need")
                    : cases.event("e1", "plan-ended", "2027-05-03", "reason", "no-longer-in-need", "views", views[0]);
        };
        assertEquals(List.of(), messages(rule, closed.apply(new String[] {"child, parents"}), "2027-06-01"));
        assertEquals(List.of(), messages(rule, closed.apply(new String[] {"parents, professionals, child"}),
                "2027-06-01"));
        assertEquals(List.of("e1 2027-05-03 plan ended missing views: parents"),
                messages(rule, closed.apply(new String[] {"child, professionals"}), "2027-06-01"));
        assertEquals(List.of("e1 2027-05-03 plan ended with no views recorded; required: child, parents"),
                messages(rule, closed.apply(new String[0]), "2027-06-01"));
    }

    private static final String HER_03 = """
            rule HER-03 "Plans last no longer than 12 weeks unless the Team Manager extends them by then"
              cite "s"
              finding plan-exceeds-maximum-duration
                for each plan open longer than 12 weeks
                unless a management-decision with about extension, by team-manager
                       within 12 weeks after the plan started
            """;

    private static Cases her03Plan(String decided, String ended) {
        Cases cases = Cases.child().event("p1", "plan-started", "2027-01-04");
        if (decided != null) {
            cases.event("d1", "management-decision", decided, "about", "extension", "by", "team-manager");
        }
        return ended == null ? cases : cases.event("e1", "plan-ended", ended, "reason", "no-longer-in-need");
    }

    @Test
    void her03AnExtensionCountsOnlyWhenDecidedOnOrBeforeTheTwelveWeekPoint() {
        // Mon 4 Jan 2027 + 12 weeks = Mon 29 Mar 2027: the last day a decision counts, whether the
        // plan is still open or has ended since (dsl-requests 4, HER-03).
        assertEquals(List.of(), messages(HER_03, her03Plan("2027-03-29", null), "2027-04-10"));
        assertEquals(List.of(), messages(HER_03, her03Plan("2027-03-29", "2027-04-12"), "2027-05-01"));
        assertEquals(List.of("p1 2027-03-30 plan from plan-started p1 on Mon 4 Jan 2027 still open more than 12 weeks"
                + " after it started (Mon 29 Mar 2027); no management-decision with about extension, by team-manager"
                + " within 12 weeks after the plan started (p1, Mon 4 Jan 2027): by Mon 29 Mar 2027"),
                messages(HER_03, her03Plan("2027-03-30", null), "2027-04-10"));
        // Decided after the point and before the plan ended: still too late.
        assertEquals(List.of("e1 2027-04-12"), messages(HER_03, her03Plan("2027-04-05", "2027-04-12"), "2027-05-01")
                .stream().map(m -> m.substring(0, m.indexOf(" plan from"))).toList());
    }

    @Test
    void withinBeforeThePlanStartedLooksBackFromItsStartAndFindsNothingWithoutAPlan() {
        String rule = """
                rule T-40 "An assessment in the 2 weeks before the plan"
                  cite "s"
                  finding plan-missing-element
                    for each meeting
                    unless an assessment-completed within 2 weeks before the plan started
                """;
        Cases cases = Cases.child()
                .event("a1", "assessment-completed", "2026-12-20", "outcome", "in-need")
                .event("m0", "meeting", "2026-12-30", "meeting", "initial", "chair", "team-manager")
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "team-manager")
                .event("e1", "plan-ended", "2027-03-01", "reason", "no-longer-in-need")
                .event("p2", "plan-started", "2027-06-01")
                .event("m2", "meeting", "2027-06-02", "meeting", "review", "chair", "team-manager");
        // p1 Mon 4 Jan 2027 - 2 weeks = Mon 21 Dec 2026: a1 on Sun 20 Dec is a day too early; m0 is
        // in no plan; p2 has no assessment in the 2 weeks before it.
        assertEquals(List.of("m0 2026-12-30 initial meeting: no assessment-completed within 2 weeks before the plan"
                + " started, with no plan open on Wed 30 Dec 2026",
                "m1 2027-02-01 review meeting: no assessment-completed within 2 weeks before the plan started (p1,"
                + " Mon 4 Jan 2027): from Mon 21 Dec 2026",
                "m2 2027-06-02 review meeting: no assessment-completed within 2 weeks before the plan started (p2,"
                + " Tue 1 Jun 2027): from Tue 18 May 2027"), messages(rule, cases, "2027-07-01"));
        Cases inTime = Cases.child()
                .event("a1", "assessment-completed", "2026-12-21", "outcome", "in-need")
                .event("p1", "plan-started", "2027-01-04")
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "team-manager");
        assertEquals(List.of(), messages(rule, inTime, "2027-07-01"));
    }
}
