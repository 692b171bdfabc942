package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.DeclaredEventType;
import org.junit.jupiter.api.Test;

/**
 * A policy declares the event types its procedure needs and the national vocabulary lacks (issue
 * 12, "declared by the author"), and its rules use them as they use national ones.
 */
class DeclaredVocabularyTest {

    private static final String DECLARATIONS = """
            policy t "Test" version "1" source "t.txt"

            event family-network-meeting "a family network meeting"
              attribute chair role
              attribute outcome one of [plan-agreed, escalate]
              attribute attendees number
              attribute held date
              attribute interpreter flag
              attribute concerns list of [housing, school, health]
              attribute notes text
              attribute follows reference
            """;

    private static final CompiledPolicy POLICY = Scripts.policy(DECLARATIONS + """
            rule T-01 "A family network meeting within 10 working days of an assessment finding need"
              cite "s"
              obligation initial-meeting
                when assessment-completed with outcome in-need
                due within 10 working days
                met by family-network-meeting with outcome plan-agreed
            rule T-02 "Family network meetings chaired by a team manager"
              cite "s"
              finding chair-not-permitted
                for each family-network-meeting with concerns include [housing]
                unless chair is team-manager
            rule T-03 "A follow-up meeting within 2 working days"
              cite "s"
              obligation review-meeting
                when family-network-meeting with not interpreter, attendees at least 2
                due within 2 working days
                met by family-network-meeting referring to it
            """);

    private static DeclaredEventType declared() {
        return POLICY.declaredEvents().get(0);
    }

    @Test
    void theDeclarationsBecomeTheModelsDeclaredTypesWithEveryKindOfAttribute() {
        DeclaredEventType type = declared();
        assertEquals("family-network-meeting", type.code());
        assertEquals("a family network meeting", type.description());
        assertEquals(List.of(AttributeType.CODE, AttributeType.CODE, AttributeType.COUNT, AttributeType.DATE,
                AttributeType.FLAG, AttributeType.CODES, AttributeType.TEXT, AttributeType.EVENT_REF),
                type.attributes().stream().map(AttributeSpec::type).toList());
        assertEquals(List.of("plan-agreed", "escalate"), type.attribute("outcome").orElseThrow().codes());
        assertTrue(type.attribute("chair").orElseThrow().codes().contains("team-manager"));
    }

    @Test
    void aDeclaredEventMeetsAnObligationWhenItsFiltersHold() {
        // Thu 17 Dec 2026 + 10 working days, skipping 25 and 28 Dec and 1 Jan: Tue 5 Jan 2027.
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                .declared(declared(), "f1", "2027-01-04", "outcome", "escalate")
                .declared(declared(), "f2", "2027-01-06", "outcome", "plan-agreed")
                .build(), date("2027-03-01"));
        Obligation o = only(report, "T-01");
        assertEquals(date("2027-01-05"), o.due());
        assertEquals(ObligationStatus.MET_LATE, o.status());
        assertEquals(Optional.of("f2"), o.satisfiedBy().flatMap(ref -> ref.id()));
    }

    @Test
    void aFindingOnADeclaredEventTestsItsRoleAndListAttributesAndNamesItsDeclaredType() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .declared(declared(), "f1", "2027-01-04", "chair", "social-worker", "concerns", "housing, school")
                .declared(declared(), "f2", "2027-01-05", "chair", "team-manager", "concerns", "housing")
                .declared(declared(), "f3", "2027-01-06", "chair", "social-worker", "concerns", "health")
                .build(), date("2027-03-01"));
        List<Finding> findings = report.findings().stream().filter(f -> f.rule().equals("T-02")).toList();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("f1", findings.get(0).event().label());
        assertEquals("family network meeting chaired by social-worker; permitted: team-manager",
                findings.get(0).message());
    }

    @Test
    void aDeclaredTriggerIsJudgedOnItsNumberAndFlagAndMetByAnEventReferringToIt() {
        // Mon 4 Jan 2027 + 2 working days: Wed 6 Jan.
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .declared(declared(), "f1", "2027-01-04", "attendees", "3")
                .declared(declared(), "f2", "2027-01-11", "attendees", "1")
                .declared(declared(), "f3", "2027-01-12", "attendees", "4", "interpreter", "true")
                .declared(declared(), "n1", "2027-01-05", "follows", "f2")
                .declared(declared(), "n2", "2027-01-06", "follows", "f1")
                .build(), date("2027-03-01"));
        Obligation o = only(report, "T-03");
        assertEquals("f1", o.trigger().label());
        assertEquals(ObligationStatus.MET, o.status());
        assertEquals(Optional.of("n2"), o.satisfiedBy().flatMap(ref -> ref.id()));
    }

    @Test
    void aPolicyExtendingADeclaringPolicyInheritsItsTypes() {
        PolicyCompiler compiler = PolicyCompiler.create(TestCalendar.WORKING_DAYS,
                id -> id.equals("t") ? Optional.of(new PolicySource("t.cin", DECLARATIONS)) : Optional.empty());
        Compilation child = compiler.compile(new PolicySource("c.cin", """
                policy c "Child" version "1" source "c.txt" extends t
                rule C-01 "x"
                  cite "s"
                  finding chair-not-permitted
                    for each family-network-meeting
                    unless chair is team-manager
                """));
        assertTrue(child.succeeded(), child::render);
        assertEquals(List.of("family-network-meeting"),
                child.policy().orElseThrow().declaredEvents().stream().map(DeclaredEventType::code).toList());
    }
}
