package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.junit.jupiter.api.Test;

/** {@code extends} and {@code override}: an authority policy over the national baseline. */
class InheritanceTest {

    private static final CompiledPolicy SLOUGH_LIKE = Scripts.policy("""
            policy slough-like "An authority with a shorter assessment"
              version "2018"
              source "slough-2018.txt"
              extends working-together

            override rule WT-02 "Assessment within 20 working days of its start, 45 with a CSW's agreement"
              clause SLO-01
              cite "Assessment timescales"
              obligation assessment
                when assessment-started
                due within 20 working days
                met by assessment-completed
                extended to 45 working days when assessment-extended with by consultant-social-worker

            rule SLO-03 "First visit within 5 working days of the referral"
              cite "Visits"
              obligation first-visit
                when referral
                due within 5 working days
                met by visit
            """);

    @Test
    void anOverrideTakesTheInheritedRulesPlaceAndReportsItsOwnClause() {
        assertEquals(List.of("WT-01", "WT-02", "WT-03", "SLO-03"), SLOUGH_LIKE.rules().stream().map(RuleSummary::name).toList());
        RuleSummary overridden = SLOUGH_LIKE.rules().get(1);
        assertEquals(List.of("SLO-01"), overridden.clauses());
        assertEquals(Optional.empty(), overridden.inheritedFrom());
        assertEquals("slough-2018.txt, Assessment timescales", overridden.cite().text());
        assertEquals(Optional.of("working-together"), SLOUGH_LIKE.rules().get(0).inheritedFrom());

        ComplianceReport report = SLOUGH_LIKE.evaluate(Cases.child()
                .event("r1", "referral", "2027-03-01")
                .event("d1", "referral-decided", "2027-03-01")
                .event("s1", "assessment-started", "2027-03-01").build(), date("2027-03-02"));
        // The baseline's 45 working days from the referral is gone; SLO-01 counts 20 from the start.
        Obligation assessment = only(report, "SLO-01");
        assertEquals(date("2027-03-31"), assessment.due());
        assertEquals(List.of("SLO-01", "SLO-03", "WT-01"),
                report.obligations().stream().map(Obligation::rule).sorted().toList());
        assertEquals("Working Together to Safeguard Children 2018, Chapter 1: Assessing need and providing help,"
                + " Flow chart 1: Action taken when a child is referred to local authority children's social care"
                + " services", only(report, "WT-01").cite().text());
    }

    @Test
    void theExtendingPolicyKeepsItsOwnIdentity() {
        assertEquals("slough-like", SLOUGH_LIKE.info().id());
        assertEquals("2018", SLOUGH_LIKE.info().version());
        assertEquals("slough-2018.txt", SLOUGH_LIKE.info().source());
        assertEquals("slough-like", SLOUGH_LIKE.evaluate(Cases.child().build(), date("2027-01-01")).policy());
    }

    @Test
    void outOfScopeClausesAreListedWithTheirReasons() {
        CompiledPolicy policy = Scripts.policy("""
                policy t "T" version "1" source "t.txt"
                rule T-01 "x" cite "s" finding chair-not-permitted for each meeting unless chair is team-manager
                out of scope T-02, T-03 "the case record does not show who was invited"
                """);
        assertEquals(List.of(new OutOfScope("T-02", "the case record does not show who was invited"),
                new OutOfScope("T-03", "the case record does not show who was invited")), policy.outOfScope());
    }
}
