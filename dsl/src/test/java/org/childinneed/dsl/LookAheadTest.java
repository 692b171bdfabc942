package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.junit.jupiter.api.Test;

/**
 * Bounded look-ahead by default (issue 12: "today {@code after it} looks forward without limit ...
 * Make the default reading the one authors expect, and have {@code lint} warn where a condition
 * looks further than the rule's own due date"): in an obligation's condition, an unqualified
 * {@code after it} looks no further than the obligation's first due date; in a finding, which has
 * no due date, it still looks to the end of the case.
 */
class LookAheadTest {

    private static final String HEAD = "policy t \"Test\" version \"1\" source \"t.txt\"\n";

    /** "A meeting within 20 working days of the assessment starting, unless that assessment finds the child not in need." */
    private static final CompiledPolicy MEETING = Scripts.policy(HEAD + """
            rule T-01 "A meeting within 20 working days of an assessment starting, unless it finds the child not in need"
              cite "s"
              obligation initial-meeting
                when assessment-started
                due within 20 working days
                met by meeting with meeting initial
                unless an assessment-completed with outcome not-in-need after it
            """);

    private static ComplianceReport meeting(String completed) {
        // Mon 1 Feb 2027 + 20 working days (no bank holiday): Mon 1 Mar 2027.
        return MEETING.evaluate(Cases.child()
                .event("s1", "assessment-started", "2027-02-01")
                .event("c1", "assessment-completed", completed, "outcome", "not-in-need")
                .build(), date("2028-03-01"));
    }

    @Test
    void anAssessmentFindingNoNeedByTheDueDateLiftsTheObligation() {
        ComplianceReport report = meeting("2027-03-01");
        assertEquals(List.of(), report.obligations());
        assertEquals(List.of("T-01"), report.notRequired().stream().map(n -> n.rule()).toList());
    }

    @Test
    void anUnrelatedAssessmentAYearLaterDoesNotLiftIt() {
        ComplianceReport report = meeting("2028-01-10");
        Obligation o = only(report, "T-01");
        assertEquals(date("2027-03-01"), o.due());
        assertEquals(ObligationStatus.OVERDUE, o.status());
    }

    @Test
    void theDayAfterTheDueDateIsAlreadyTooLate() {
        assertEquals(ObligationStatus.OVERDUE, only(meeting("2027-03-02"), "T-01").status());
    }

    @Test
    void inAFindingAfterItStillLooksToTheEndOfTheCase() {
        CompiledPolicy policy = Scripts.policy(HEAD + """
                rule T-02 "Decisions to assess again are the Team Manager's"
                  cite "s"
                  finding decision-not-authorised
                    for each meeting with outcome child-and-family-assessment
                    unless chair is team-manager or a management-decision with by team-manager after it
                """);
        ComplianceReport report = policy.evaluate(Cases.child()
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "social-worker", "outcome",
                        "child-and-family-assessment")
                .event("d1", "management-decision", "2028-01-10", "by", "team-manager")
                .build(), date("2028-03-01"));
        assertEquals(List.of(), report.findings());
    }

    private static Compilation lookingAhead(String due, String scope) {
        return Scripts.compile(HEAD + """
                rule T-01 "x"
                  cite "s"
                  obligation initial-meeting
                    when assessment-started
                    due %s
                    met by meeting with meeting initial
                    unless an assessment-completed with outcome not-in-need %s
                """.formatted(due, scope));
    }

    @Test
    void lintWarnsWhereAConditionLooksPastTheDueDate() {
        Compilation compilation = lookingAhead("within 20 working days", "within 30 working days after it");
        assertTrue(compilation.succeeded(), compilation::render);
        List<Diagnostic> warnings = compilation.diagnostics();
        assertEquals(1, warnings.size(), compilation::render);
        Diagnostic warning = warnings.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("looks-past-due", warning.code());
        assertEquals("8:61", warning.line() + ":" + warning.column(), compilation::render);
        assertEquals("this looks for events up to 30 working days after the trigger, past the obligation's due date"
                + " (20 working days)", warning.message());
        assertEquals(1, lookingAhead("at once", "within 1 day after it").diagnostics().size());
        assertEquals(1, lookingAhead("between 4 and 6 weeks", "within 43 days after it").diagnostics().size());
    }

    @Test
    void noWarningWhereItLooksNoFurtherOrTheUnitsDoNotCompareExactly() {
        assertEquals(List.of(), lookingAhead("within 20 working days", "within 20 working days after it").diagnostics());
        assertEquals(List.of(), lookingAhead("within 20 working days", "after it").diagnostics());
        assertEquals(List.of(), lookingAhead("within 4 weeks", "within 28 days after it").diagnostics());
        assertEquals(List.of(), lookingAhead("within 20 working days", "within 5 weeks after it").diagnostics());
        assertEquals(List.of(), lookingAhead("within 20 working days", "within 30 working days before it").diagnostics());
    }
}
