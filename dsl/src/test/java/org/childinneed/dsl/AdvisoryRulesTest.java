package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.findings;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.RuleSeverity;
import org.junit.jupiter.api.Test;

/** {@code advisory rule}: "it is good practice that ...", reported but not a requirement. */
class AdvisoryRulesTest {

    private static final CompiledPolicy POLICY = Scripts.policy("""
            policy t "T" version "1" source "t.txt"

            rule T-01 "Initial meetings chaired by a team manager"
              cite "Meetings"
              finding chair-not-permitted
                for each meeting with meeting initial
                unless chair is team-manager

            advisory rule T-02 "Good practice: reviews chaired by a consultant social worker"
              cite "Reviews"
              finding chair-not-permitted
                for each meeting with meeting review
                unless chair is consultant-social-worker

            advisory rule T-03 "Good practice: a visit within 5 working days of the referral"
              cite "Visits"
              obligation first-visit
                when referral
                due within 5 working days
                met by visit
            """);

    @Test
    void anAdvisoryFindingIsMarkedAndLeavesTheCaseCompliant() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager").build(),
                date("2027-03-02"));
        Finding finding = findings(report, "T-02").get(0);
        assertEquals(RuleSeverity.ADVISORY, finding.severity());
        assertTrue(report.isCompliant(), "advisory findings alone do not make a case non-compliant");
        assertTrue(report.hasAdvisory());
    }

    @Test
    void aRequiredFindingBesideItStillCounts() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("m1", "meeting", "2027-03-01", "meeting", "initial", "chair", "social-worker")
                .event("m2", "meeting", "2027-03-02", "meeting", "review", "chair", "team-manager").build(),
                date("2027-03-03"));
        assertEquals(List.of(RuleSeverity.REQUIRED, RuleSeverity.ADVISORY),
                report.findings().stream().map(Finding::severity).toList());
        assertFalse(report.isCompliant());
    }

    @Test
    void anOverdueAdvisoryObligationIsAdvisoryToo() {
        // Referral Monday 1 March 2027; 5 working days on: Monday 8 March; as of 10 March, overdue.
        ComplianceReport report = POLICY.evaluate(Cases.child().event("r1", "referral", "2027-03-01").build(),
                date("2027-03-10"));
        var visit = only(report, "T-03");
        assertEquals(date("2027-03-08"), visit.due());
        assertEquals(ObligationStatus.OVERDUE, visit.status());
        assertEquals(RuleSeverity.ADVISORY, visit.severity());
        assertFalse(report.hasOverdue());
        assertTrue(report.isCompliant());
    }

    @Test
    void rulesAreRequiredUnlessMarkedAndTheDocumentSaysWhich() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("m1", "meeting", "2027-03-01", "meeting", "initial", "chair", "social-worker").build(),
                date("2027-03-02"));
        assertEquals(RuleSeverity.REQUIRED, findings(report, "T-01").get(0).severity());
        assertTrue(POLICY.rules().get(1).description().startsWith("Advisory, good practice"));
        assertFalse(POLICY.rules().get(0).description().startsWith("Advisory"));
    }

    @Test
    void advisoryIsStillACodeWhereACodeIsExpected() {
        Compilation compilation = Scripts.compile("""
                policy t "T" version "1" source "t.txt"
                rule T-01 "x" cite "s" finding chair-not-permitted for each meeting unless chair is advisory
                """);
        assertTrue(compilation.render().contains("advisory"), compilation::render);
    }
}
