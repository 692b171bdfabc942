package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.obligations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.NotRequired;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.EventRef;
import org.junit.jupiter.api.Test;

/**
 * An event's partner, {@code its <pattern>}: "a meeting within 20 working days of the assessment
 * starting, unless that assessment finds the child not in need" is lifted only by the completion of
 * the assessment that start began, not by an unrelated one a year later.
 */
class PartnerTest {

    private static final String HEAD = "policy t \"Test\" version \"1\" source \"t.txt\"\n";

    private static final String RULE = """
            rule T-30 "A meeting within 20 working days of the assessment starting, unless it finds no need"
              cite "s"
              obligation initial-meeting
                when assessment-started
                due within 20 working days
                unless %s
                met by meeting with meeting initial
            """;

    private static final CompiledPolicy PARTNER = Scripts.policy(HEAD + RULE.formatted(
            "its assessment-completed with outcome not-in-need"));

    private static List<String> starts(CompiledPolicy policy, Cases cases) {
        ComplianceReport report = policy.evaluate(cases.build(), date("2028-02-01"));
        return obligations(report, "T-30").stream().map(Obligation::trigger).map(EventRef::label).toList();
    }

    @Test
    void theAssessmentItBeganFindingNoNeedLiftsIt() {
        assertEquals(List.of(), starts(PARTNER, Cases.child()
                .event("s1", "assessment-started", "2027-01-04")
                .event("c1", "assessment-completed", "2027-01-18", "outcome", "not-in-need")));
        // Completed finding need: the meeting is due, Mon 4 Jan 2027 + 20 working days = Mon 1 Feb 2027.
        ComplianceReport report = PARTNER.evaluate(Cases.child()
                .event("s1", "assessment-started", "2027-01-04")
                .event("c1", "assessment-completed", "2027-01-29", "outcome", "in-need").build(), date("2027-03-01"));
        assertEquals(date("2027-02-01"), obligations(report, "T-30").get(0).due());
    }

    @Test
    void whatALiftedObligationWasIsShownNotRequiredNamingTheEventThatLiftedIt() {
        ComplianceReport report = PARTNER.evaluate(Cases.child()
                .event("s1", "assessment-started", "2027-01-04")
                .event("c1", "assessment-completed", "2027-01-18", "outcome", "not-in-need").build(), date("2027-03-01"));
        assertEquals(List.of(), report.obligations());
        NotRequired lifted = report.notRequired().get(0);
        assertEquals(List.of("T-30", "initial-meeting", "s1", "2027-01-04"), List.of(lifted.rule(), lifted.kind().code(),
                lifted.trigger().label(), lifted.triggerDate().toString()));
        assertEquals("its assessment-completed c1 on Mon 18 Jan 2027 with outcome not-in-need", lifted.because());
        // An 'if' that does not hold: the fact that made it fail.
        CompiledPolicy disabledOnly = Scripts.policy(HEAD + """
                rule T-32 "x"
                  cite "s"
                  obligation review-meeting
                    when plan-started
                    if child is disabled
                    due within 3 months
                    met by meeting
                """);
        assertEquals(List.of("the child is not disabled"), disabledOnly.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04").build(), date("2027-03-01")).notRequired().stream()
                .map(NotRequired::because).toList());
    }

    @Test
    void anUnrelatedAssessmentAYearLaterDoesNotLiftIt() {
        Cases cases = Cases.child()
                .event("s1", "assessment-started", "2027-01-04")
                .event("s2", "assessment-started", "2028-01-03")
                .event("c2", "assessment-completed", "2028-01-17", "outcome", "not-in-need");
        // c2 completes s2, not s1: s1 still owes its meeting, s2 is lifted.
        assertEquals(List.of("s1"), starts(PARTNER, cases));
        // Written with 'after it', the look-ahead stops at s1's due date (issue 12, bounded look-ahead by
        // default), so a completion a year later does not lift s1 either; unbounded, it did.
        CompiledPolicy anyAfter = Scripts.policy(HEAD + RULE.formatted(
                "an assessment-completed with outcome not-in-need after it"));
        assertEquals(List.of("s1"), starts(anyAfter, cases));
    }

    @Test
    void itsWhyNamesThePartnerOrSaysThereIsNone() {
        CompiledPolicy finding = Scripts.policy(HEAD + """
                rule T-31 "x"
                  cite "s"
                  finding decision-not-authorised
                    for each assessment-started
                    unless its assessment-completed with outcome in-need
                """);
        ComplianceReport report = finding.evaluate(Cases.child()
                .event("s1", "assessment-started", "2027-01-04")
                .event("c1", "assessment-completed", "2027-01-18", "outcome", "not-in-need")
                .event("s2", "assessment-started", "2027-06-07").build(), date("2027-07-01"));
        assertEquals(List.of("assessment started: its assessment-completed c1 on Mon 18 Jan 2027, not with outcome in-need",
                "assessment started: no assessment-completed of s2 recorded"),
                report.findings().stream().map(f -> f.message()).toList());
    }

    @Test
    void misusesOfItsAreReported() {
        String kind = "decision-not-authorised";
        Scripts.rejectsFinding(kind, "assessment-started", "its assessment-started",
                "an event's partner is an event of another type: the next 'assessment-started' begins another");
        Scripts.rejectsFinding(kind, "meeting", "its case-note referring to it", "'its' looks first for the one referring to it already");
        Scripts.rejectsFinding(kind, "assessment-started", "its asessment-completed", "unknown event type 'asessment-completed'");
    }
}
