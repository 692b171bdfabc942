package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.DeclaredCodes;
import org.childinneed.model.event.OpenList;
import org.junit.jupiter.api.Test;

/**
 * A policy adds the roles and plan elements its procedure names to the open national lists
 * (issue 12: "extra codes for open lists (plan elements such as {@code frequency-of-visits},
 * roles)"), and its rules use them wherever a national role or plan element is expected.
 */
class DeclaredCodesTest {

    private static final String DECLARATIONS = """
            policy t "Test" version "1" source "t.txt"

            role family-group-coordinator "a family group conference coordinator"
            plan element frequency-of-visits "how often the child is to be visited"
            event family-network-meeting "a family network meeting"
              attribute chair role
            """;

    private static final CompiledPolicy POLICY = Scripts.policy(DECLARATIONS + """
            rule T-01 "The plan records how often the child is visited within 10 working days of it starting"
              cite "s"
              obligation review-meeting
                when plan-started
                due within 10 working days
                met by plan-updated with elements include [frequency-of-visits]
            rule T-02 "Meetings chaired by a team manager or a family group coordinator"
              cite "s"
              finding chair-not-permitted
                for each meeting
                unless chair in [team-manager, family-group-coordinator]
            rule T-03 "Family network meetings chaired by a family group coordinator"
              cite "s"
              finding chair-not-permitted
                for each family-network-meeting
                unless chair is family-group-coordinator
            """);

    private static Cases child() {
        return Cases.child().declaring(POLICY.declaredCodes());
    }

    @Test
    void theDeclaredCodesAreThePolicysWithTheirDescriptionsInOrder() {
        DeclaredCodes codes = POLICY.declaredCodes();
        assertEquals(Map.of("family-group-coordinator", "a family group conference coordinator"), codes.of(OpenList.ROLE));
        assertEquals(Map.of("frequency-of-visits", "how often the child is to be visited"), codes.of(OpenList.PLAN_ELEMENT));
        assertEquals("frequency-of-visits", codes.codes(OpenList.PLAN_ELEMENT).get(codes.codes(OpenList.PLAN_ELEMENT).size() - 1));
        assertEquals(POLICY.declaredCodes(), POLICY.declaredVocabulary().codes());
    }

    @Test
    void aDeclaredPlanElementOnANationalEventMeetsAnObligation() {
        // Mon 1 Feb 2027 + 10 working days: Mon 15 Feb.
        ComplianceReport report = POLICY.evaluate(child()
                .event("p1", "plan-started", "2027-02-01")
                .event("u1", "plan-updated", "2027-02-05", "elements", "objectives, services")
                .event("u2", "plan-updated", "2027-02-12", "elements", "objectives, frequency-of-visits")
                .build(), date("2027-03-01"));
        Obligation o = only(report, "T-01");
        assertEquals(date("2027-02-15"), o.due());
        assertEquals(ObligationStatus.MET, o.status());
        assertEquals(Optional.of("u2"), o.satisfiedBy().flatMap(ref -> ref.id()));
    }

    @Test
    void aDeclaredRoleIsPermittedOnANationalEventAndOnADeclaredOne() {
        ComplianceReport report = POLICY.evaluate(child()
                .event("m1", "meeting", "2027-02-01", "meeting", "review", "chair", "family-group-coordinator")
                .event("m2", "meeting", "2027-02-08", "meeting", "review", "chair", "social-worker")
                .declared(POLICY.declaredEvents().get(0), "f1", "2027-02-09", "chair", "family-group-coordinator")
                .declared(POLICY.declaredEvents().get(0), "f2", "2027-02-10", "chair", "team-manager")
                .build(), date("2027-03-01"));
        List<String> found = report.findings().stream().map(f -> f.rule() + " " + f.event().label()).toList();
        assertEquals(List.of("T-02 m2", "T-03 f2"), found);
        Finding f = report.findings().get(0);
        assertTrue(f.message().contains("family-group-coordinator"), f.message());
    }

    @Test
    void aPolicyUsingAVocabularyScriptGetsItsCodes() {
        PolicyCompiler compiler = PolicyCompiler.create(TestCalendar.WORKING_DAYS, id -> id.equals("shared")
                ? Optional.of(new PolicySource("shared.cin", """
                        vocabulary shared "Shared words"
                        role family-group-coordinator
                        plan element frequency-of-visits
                        """))
                : Optional.empty());
        Compilation compiled = compiler.compile(new PolicySource("c.cin", """
                policy c "C" version "1" source "c.txt" uses shared
                plan element contact-arrangements "contact with family"
                rule C-01 "x"
                  cite "s"
                  finding chair-not-permitted
                    for each meeting
                    unless chair is family-group-coordinator
                """));
        assertEquals(List.of(), compiled.diagnostics(), compiled.diagnostics()::toString);
        DeclaredCodes codes = compiled.policy().orElseThrow().declaredCodes();
        assertEquals(List.of("family-group-coordinator"), List.copyOf(codes.of(OpenList.ROLE).keySet()));
        assertEquals(List.of("frequency-of-visits", "contact-arrangements"), List.copyOf(codes.of(OpenList.PLAN_ELEMENT).keySet()));
        assertEquals("family-group-coordinator", codes.of(OpenList.ROLE).get("family-group-coordinator"));
    }
}
