package org.childinneed.policies.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.DeclaredCode;
import org.childinneed.model.event.DeclaredEvent;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.calendar.BankHolidays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: a policy script declaring an event type, a case file holding events of it, read with
 * the policy's declared types and evaluated (issue 12, "declared by the author").
 */
class DeclaredEventsTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "declared");
    private static CompiledPolicy policy;

    @BeforeAll
    static void compile() throws IOException {
        Compilation compilation = PolicyCompiler.create(BankHolidays.englandAndWalesWorkingDays(), BundledPolicies.standard())
                .compile(new PolicySource("family-network.cin", Files.readString(FOLDER.resolve("family-network.cin"))));
        assertTrue(compilation.succeeded(), compilation::render);
        policy = compilation.policy().orElseThrow();
    }

    @Test
    void aCaseFileWithDeclaredEventsIsReadWithThePolicysTypesAndEvaluated() throws CaseFileException {
        CaseRecord record = CaseFileReader.read(FOLDER.resolve("case.json"), policy.declaredEvents());
        DeclaredEvent meeting = (DeclaredEvent) record.events().get(1);
        assertEquals("family-network-meeting", meeting.typeCode());
        assertEquals(Optional.of(Role.SOCIAL_WORKER), meeting.attribute("chair"));
        assertEquals(Optional.of(Set.of(new DeclaredCode("housing"), new DeclaredCode("school"))), meeting.attribute("concerns"));

        ComplianceReport report = policy.evaluate(record, LocalDate.of(2027, 3, 1));
        // Thu 17 Dec 2026 + 10 working days, skipping 25 and 28 Dec and 1 Jan: Tue 5 Jan 2027; met on Mon 4 Jan.
        Obligation fn01 = report.obligations().stream().filter(o -> o.rule().equals("FN-01")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 5), fn01.due());
        assertEquals(ObligationStatus.MET, fn01.status());
        assertEquals(List.of("family network meeting chaired by social-worker; permitted: team-manager"),
                report.findings().stream().filter(f -> f.rule().equals("FN-02")).map(f -> f.message()).toList());
    }

    @Test
    void withoutThePolicyADeclaredTypeIsUnknownAsAnyOtherWouldBe() {
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileReader.read(FOLDER.resolve("case.json")));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(Optional.of("type"), e.problems().get(0).location().field());
        assertTrue(e.problems().get(0).message().startsWith("not a known event type"), e.getMessage());
    }

    @Test
    void aDeclaredEventsAttributesAreValidatedAsDeclaredWithEveryProblemReported() {
        String json = """
                {"case": "FN-2", "child": {"born": "2015-03-02"}, "events": [
                  {"id": "f1", "type": "family-network-meeting", "date": "2027-01-04", "outcome": "plan-agred",
                   "chair": "team-manger", "concerns": "housing"},
                  {"id": "f2", "type": "family-network-meting", "date": "2027-01-05"}
                ]}
                """;
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> CaseFileReader.parse("case.json", json, policy.declaredEvents()));
        List<String> fields = e.problems().stream().map(p -> p.location().field().orElse("")).toList();
        assertEquals(List.of("chair", "outcome", "concerns", "type"), fields, e.getMessage());
        assertTrue(e.problems().get(1).message().contains("did you mean 'plan-agreed'?"), e.getMessage());
        assertTrue(e.problems().get(3).message().contains("did you mean 'family-network-meeting'?"), e.getMessage());
        assertTrue(!e.getMessage().contains("declared"), e.getMessage());
    }

    private static final String CODES_CASE = """
            {"case": "FN-3", "child": {"born": "2015-03-02"}, "events": [
              {"id": "m1", "type": "meeting", "date": "2027-01-04", "meeting": "review", "chair": "family-group-coordinator"},
              {"id": "u1", "type": "plan-updated", "date": "2027-01-05", "elements": ["objectives", "frequency-of-visits"]}
            ]}
            """;

    /** A policy adding a role and a plan element to the open national lists. */
    private static CompiledPolicy declaringCodes() {
        Compilation compilation = PolicyCompiler.create(BankHolidays.englandAndWalesWorkingDays(), BundledPolicies.standard())
                .compile(new PolicySource("codes.cin", """
                        policy codes "Declared codes (test policy)" version "1" source "codes.txt"
                        role family-group-coordinator "a family group conference coordinator"
                        plan element frequency-of-visits "how often the child is to be visited"
                        rule C-01 "Meetings chaired by a family group coordinator"
                          cite "1"
                          finding chair-not-permitted
                            for each meeting
                            unless chair is family-group-coordinator
                        """));
        assertTrue(compilation.succeeded(), compilation::render);
        return compilation.policy().orElseThrow();
    }

    @Test
    void givenThePolicyTheReaderAcceptsItsDeclaredRolesAndPlanElementsOnNationalEvents() throws CaseFileException {
        CompiledPolicy codes = declaringCodes();
        CaseRecord record = CaseFileReader.parse("case.json", CODES_CASE, codes.declaredVocabulary());
        org.childinneed.model.event.Meeting meeting = (org.childinneed.model.event.Meeting) record.events().get(0);
        assertEquals(new DeclaredCode("family-group-coordinator"), meeting.chair());
        org.childinneed.model.event.PlanUpdated updated = (org.childinneed.model.event.PlanUpdated) record.events().get(1);
        assertEquals(Optional.of(Set.of(org.childinneed.model.plan.PlanElement.OBJECTIVES, new DeclaredCode("frequency-of-visits"))),
                updated.elements());
        assertEquals(List.of(), codes.evaluate(record, LocalDate.of(2027, 3, 1)).findings());
    }

    @Test
    void withoutThePolicyADeclaredRoleOrPlanElementIsAnUnknownCode() {
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileReader.parse("case.json", CODES_CASE));
        assertEquals(List.of("chair", "elements[1]"), e.problems().stream().map(p -> p.location().field().orElse("")).toList(),
                e.getMessage());
    }
}
