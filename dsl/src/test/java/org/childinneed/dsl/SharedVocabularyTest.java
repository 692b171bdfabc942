package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.DeclaredKind;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.DeclaredEventType;
import org.junit.jupiter.api.Test;

/**
 * A vocabulary script that several policies share (issue 12, "a policy (or a vocabulary script
 * that several policies share) can declare what its procedure needs and the national vocabulary
 * lacks: an event type with its attributes ..., an obligation kind, a finding kind"), used with
 * {@code uses}, and the kinds a policy declares itself.
 */
class SharedVocabularyTest {

    private static final String NORTH_YORKSHIRE = """
            vocabulary north-yorkshire
              event family-network-meeting "a family network meeting"
                attribute chair role
                attribute outcome one of [plan-agreed, escalate]
              obligation kind individual-support-plan "an individual support plan"
              finding kind network-not-chaired
            """;

    private static final String POLICY = """
            policy ny "North Yorkshire" version "1" source "ny.txt" uses north-yorkshire
            rule NY-01 "An individual support plan within 20 working days of an agreed family network meeting"
              cite "s"
              obligation individual-support-plan
                when family-network-meeting with outcome plan-agreed
                due within 20 working days
                met by plan-updated
            rule NY-02 "A family network meeting is chaired by a team manager"
              cite "s"
              finding network-not-chaired
                for each family-network-meeting
                unless chair is team-manager
            """;

    private static PolicyCompiler compiler(Map<String, String> scripts) {
        return PolicyCompiler.create(TestCalendar.WORKING_DAYS, id -> Optional.ofNullable(scripts.get(id))
                .map(text -> new PolicySource(id + ".cin", text)));
    }

    private static CompiledPolicy usingNorthYorkshire() {
        Compilation compilation = compiler(Map.of("north-yorkshire", NORTH_YORKSHIRE))
                .compile(new PolicySource("ny.cin", POLICY));
        assertTrue(compilation.succeeded(), compilation::render);
        return compilation.policy().orElseThrow();
    }

    @Test
    void aPolicyUsingAVocabularyScriptHasItsTypesAndKinds() {
        CompiledPolicy policy = usingNorthYorkshire();
        assertEquals(List.of("family-network-meeting"), policy.declaredEvents().stream().map(DeclaredEventType::code).toList());
        assertEquals(List.of(new DeclaredKind("individual-support-plan", "an individual support plan")),
                policy.declaredObligationKinds());
        assertEquals(List.of(new DeclaredKind("network-not-chaired", "network-not-chaired")), policy.declaredFindingKinds());
    }

    @Test
    void anObligationOfADeclaredKindIsDatedAndReportedByItsCode() {
        CompiledPolicy policy = usingNorthYorkshire();
        DeclaredEventType meeting = policy.declaredEvents().get(0);
        // Mon 2 Nov 2026 + 20 working days (no bank holiday in November): Mon 30 Nov 2026.
        ComplianceReport report = policy.evaluate(Cases.child()
                .declared(meeting, "f1", "2026-11-02", "outcome", "plan-agreed", "chair", "team-manager")
                .build(), date("2027-01-04"));
        Obligation o = only(report, "NY-01");
        assertEquals("individual-support-plan", o.kind().code());
        assertEquals(date("2026-11-30"), o.due());
        assertEquals(ObligationStatus.OVERDUE, o.status());
        assertTrue(report.findings().isEmpty(), report.findings()::toString);
    }

    @Test
    void aFindingOfADeclaredKindIsReportedByItsCode() {
        CompiledPolicy policy = usingNorthYorkshire();
        DeclaredEventType meeting = policy.declaredEvents().get(0);
        ComplianceReport report = policy.evaluate(Cases.child()
                .declared(meeting, "f1", "2026-11-02", "outcome", "escalate", "chair", "social-worker")
                .build(), date("2027-01-04"));
        Finding f = report.findings().get(0);
        assertEquals(1, report.findings().size());
        assertEquals("network-not-chaired", f.kind().code());
        assertEquals("f1", f.event().label());
    }

    @Test
    void aPolicyDeclaresKindsOfItsOwnAmongItsRules() {
        CompiledPolicy policy = Scripts.policy("""
                policy t "T" version "1" source "t.txt"
                rule T-00 "Meetings chaired by a team manager"
                  cite "s"
                  finding chair-not-permitted
                    for each meeting
                    unless chair is team-manager
                obligation kind safety-plan "a safety plan"
                rule T-01 "A safety plan within 5 days of an s47 enquiry starting"
                  cite "s"
                  obligation safety-plan
                    when s47-enquiry-started
                    due within 5 days
                    met by plan-updated
                """);
        // Fri 6 Nov 2026 + 5 days: Wed 11 Nov 2026, met on the day.
        ComplianceReport report = policy.evaluate(Cases.child()
                .event("s1", "s47-enquiry-started", "2026-11-06")
                .event("p1", "plan-updated", "2026-11-11")
                .build(), date("2027-01-04"));
        Obligation o = only(report, "T-01");
        assertEquals(new DeclaredKind("safety-plan", "a safety plan"), o.kind());
        assertEquals(date("2026-11-11"), o.due());
        assertEquals(ObligationStatus.MET, o.status());
    }

    @Test
    void aVocabularyUsedThroughAnExtendedPolicyIsInherited() {
        Compilation child = compiler(Map.of("north-yorkshire", NORTH_YORKSHIRE, "ny", POLICY)).compile(new PolicySource("c.cin", """
                policy c "Child" version "1" source "c.txt" extends ny
                rule C-01 "x"
                  cite "s"
                  finding network-not-chaired
                    for each family-network-meeting with outcome escalate
                """));
        assertTrue(child.succeeded(), child::render);
        assertEquals(List.of("network-not-chaired"), child.policy().orElseThrow().declaredFindingKinds().stream()
                .map(DeclaredKind::code).toList());
    }

    @Test
    void theDeclarationsOfEveryVersionOfAnExtendedPolicyAreAccepted() {
        PolicySource first = new PolicySource("b-1.cin", """
                policy b "Base" version "1" effective 2024-01-01 source "b.txt"
                event home-visit-planned
                """);
        PolicySource second = new PolicySource("b-2.cin", """
                policy b "Base" version "2" effective 2025-01-01 source "b.txt"
                event family-group-conference
                """);
        PolicyResolver versions = new PolicyResolver() {
            @Override
            public Optional<PolicySource> find(String id) {
                return id.equals("b") ? Optional.of(first) : Optional.empty();
            }

            @Override
            public List<PolicySource> versions(String id) {
                return id.equals("b") ? List.of(first, second) : List.of();
            }
        };
        Compilation child = PolicyCompiler.create(TestCalendar.WORKING_DAYS, versions).compile(new PolicySource("c.cin", """
                policy c "Child" version "1" source "c.txt" extends b
                """));
        assertTrue(child.succeeded(), child::render);
        assertEquals(List.of("home-visit-planned", "family-group-conference").stream().sorted().toList(),
                child.policy().orElseThrow().declaredEvents().stream().map(DeclaredEventType::code).sorted().toList());
    }

    @Test
    void aVocabularyScriptAloneIsNoPolicy() {
        Compilation alone = compiler(Map.of()).compile(new PolicySource("north-yorkshire.cin", NORTH_YORKSHIRE));
        assertFalse(alone.succeeded());
        assertEquals(List.of("vocabulary-not-a-policy"), alone.diagnostics().stream().map(Diagnostic::code).toList());
    }
}
