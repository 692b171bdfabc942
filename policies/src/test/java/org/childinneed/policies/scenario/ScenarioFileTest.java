package org.childinneed.policies.scenario;

import static org.childinneed.policies.scenario.Fixture.CASE;
import static org.childinneed.policies.scenario.Fixture.LOOKUP;
import static org.childinneed.policies.scenario.Fixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files with mistakes fail with every problem, each naming the file, line, column and field. */
class ScenarioFileTest {

    private static List<String> problems(String text) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioReader.parse("s.json", text, LOOKUP));
        return e.lines();
    }

    private static String problem(String text) {
        List<String> problems = problems(text);
        assertEquals(1, problems.size(), () -> String.join("\n", problems));
        return problems.get(0);
    }

    private static List<org.childinneed.model.problem.Problem> coded(String text) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioReader.parse("s.json", text, LOOKUP)).problems();
    }

    @Test
    void everyProblemIsTheModelsProblemWithAStableCodeAndItsPlace() {
        var unknown = coded(scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }").replace("\"asOf\"", "\"asof\""));
        assertEquals(List.of(ScenarioCodes.MISSING_FIELD, ScenarioCodes.UNKNOWN_FIELD),
                unknown.stream().map(org.childinneed.model.problem.Problem::code).toList());
        var field = unknown.get(1).location();
        assertEquals(List.of(Optional.of("s.json"), 5, 3, Optional.of("asof")),
                List.of(field.file(), field.line(), field.column(), field.field()));

        var status = coded(scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"status\": \"met_late\" }] }"));
        assertEquals(ScenarioCodes.UNKNOWN_CODE, status.get(0).code());
        assertEquals(Optional.of("expect.obligations[0].status"), status.get(0).location().field());

        assertEquals(ScenarioCodes.UNKNOWN_POLICY, coded(scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }")
                .replace("\"fake\"", "\"fak\"")).get(0).code());
        assertEquals(ScenarioCodes.NOT_JSON, coded("{ \"scenario\": \"x\",\n").get(0).code());
        assertEquals(ScenarioCodes.PIN_UNUSED, coded(scenario("R-02", "{ \"obligations\": [{ \"rule\": \"R-01\" }] }"))
                .get(0).code());

        var inCase = coded(scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }").replace("\"initial\"", "\"intial\""));
        assertEquals(org.childinneed.policies.casefile.CaseFileCodes.UNKNOWN_CODE, inCase.get(0).code(),
                "a problem of the case keeps the case file's code");
        assertEquals(Optional.of("case"), inCase.get(0).location().field());
        assertTrue(ScenarioFileException.describe(inCase.get(0)).startsWith("s.json:"), ScenarioFileException.describe(inCase.get(0)));
    }

    @Test
    void aWellFormedScenarioReads() throws ScenarioFileException {
        Scenario s = ScenarioReader.parse("s.json", scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }"), LOOKUP);
        assertEquals("Fixture scenario", s.name());
        assertEquals(List.of("R-01"), s.pins());
        assertEquals("C-1", s.record().caseId());
        assertEquals(3, s.record().events().size());
    }

    @Test
    void badJsonNamesTheLineAndColumnAndRepeatsNothingFromTheFile() {
        String text = "{\n  \"scenario\": \"x\",\n  \"pins\": [\"A\" \"B\"]\n}\n";
        assertEquals("s.json:3:16: not valid JSON: unexpected character (a missing comma, quote or bracket?)", problem(text));
        assertEquals("s.json:2:21: not valid JSON: unrecognised word (text must be in double quotes)",
                problem("{\n  \"scenario\": secret\n}"));
        assertEquals("s.json:2:1: not valid JSON: the file ends before the JSON is complete",
                problem("{ \"scenario\": \"x\",\n"));
        assertEquals("s.json:1:1: the file is empty", problem("  "));
    }

    @Test
    void aFieldGivenTwiceIsAnError() {
        String message = problem("{\n  \"asOf\": \"2027-01-01\",\n  \"asOf\": \"2027-02-01\"\n}");
        assertTrue(message.startsWith("s.json:3:"), message);
        assertTrue(message.endsWith("a field appears twice in the same object"), message);
    }

    @Test
    void anUnknownTopLevelFieldGetsADidYouMean() {
        String text = scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }").replace("\"asOf\"", "\"asof\"");
        assertEquals(List.of("s.json:1:1: asOf: missing",
                "s.json:5:3: asof: unknown field \"asof\"; did you mean \"asOf\"?"), problems(text));
    }

    @Test
    void anUnknownFieldInAnExpectedItemNamesItsPlace() {
        String text = """
                {
                  "scenario": "x",
                  "pins": ["R-01"],
                  "policy": "fake",
                  "asOf": "2027-03-01",
                  "case": %s,
                  "expect": {
                    "obligations": [
                      { "rule": "R-01" },
                      { "rule": "R-01", "statu": "met" }
                    ]
                  }
                }
                """.formatted(CASE);
        // the case takes lines 6 to 14 (9 lines), so the second item is on line 18
        assertEquals("s.json:18:25: expect.obligations[1].statu: unknown field \"statu\"; did you mean \"status\"?",
                problem(text));
    }

    @Test
    void aFindingFieldInAnObligationIsExplained() {
        String message = problem(scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"event\": \"m1\" }] }"));
        assertTrue(message.contains("expect.obligations[0].event: unknown field \"event\": event is a field of findings;"
                + " obligations have rule, kind, trigger, triggerDate, earliest, due, status, satisfiedBy, satisfiedOn, severity, why"),
                message);
    }

    @Test
    void unknownFieldsOfExpectAreErrors() {
        String message = problem(scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }], \"absentObligation\": [] }"));
        assertTrue(message.contains("expect.absentObligation: unknown field \"absentObligation\"; did you mean \"absentObligations\"?"),
                message);
    }

    @Test
    void codesAreCheckedWithADidYouMean() {
        List<String> problems = problems(scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"status\": \"met_late\","
                + " \"kind\": \"intial-meeting\" }], \"findings\": [{ \"rule\": \"R-01\", \"kind\": \"chair-not-allowed\" }] }"));
        assertEquals(3, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).endsWith("expect.obligations[0].status: not a known status; did you mean 'met-late'?"),
                problems.get(0));
        assertTrue(problems.get(1).endsWith(
                "expect.obligations[0].kind: unknown obligation kind 'intial-meeting'; did you mean 'initial-meeting'?"),
                problems.get(1));
        assertTrue(problems.get(2).contains("expect.findings[0].kind: unknown finding kind 'chair-not-allowed'; expected one of:"
                + " chair-not-permitted, "), problems.get(2));
    }

    @Test
    void datesMustBeRealIsoDates() {
        List<String> problems = problems(scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"due\": \"2027-02-30\","
                + " \"triggerDate\": \"17/12/2026\", \"satisfiedOn\": 20270106 }] }"));
        assertEquals(3, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).endsWith("expect.obligations[0].due: '2027-02-30' is not a real date"), problems.get(0));
        assertTrue(problems.get(1).endsWith("expect.obligations[0].triggerDate: expected a date as YYYY-MM-DD"), problems.get(1));
        assertTrue(problems.get(2).endsWith("expect.obligations[0].satisfiedOn: expected a date as YYYY-MM-DD, found a number"),
                problems.get(2));
    }

    @Test
    void nullIsAllowedOnlyWhereAReportMayHaveNoValue() {
        String message = problem(scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"triggerDate\": null }] }"));
        assertTrue(message.endsWith("expect.obligations[0].triggerDate: must not be null"), message);
        // "due": null is a value a report may have: an obligation with no due date.
    }

    @Test
    void eventLabelsMustNameAnEventOfTheCase() {
        List<String> problems = problems(scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"trigger\": \"a2\","
                + " \"satisfiedBy\": \"#1\" }], \"findings\": [{ \"rule\": \"R-01\", \"event\": \"#7\" }] }"));
        assertEquals(3, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).endsWith("expect.obligations[0].trigger: 'a2' names no event of the case; use an event's id,"
                + " or #N (its index) when it has none; did you mean 'a1'?"), problems.get(0));
        assertTrue(problems.get(1).endsWith("expect.obligations[0].satisfiedBy: event #1 has id \"m1\"; reports name it \"m1\""),
                problems.get(1));
        assertTrue(problems.get(2).contains("expect.findings[0].event: '#7' names no event of the case"), problems.get(2));
    }

    @Test
    void everyExpectedItemNamesItsRule() {
        String message = problem(scenario("{ \"obligations\": [{ \"status\": \"met\" }] }"));
        assertTrue(message.endsWith("expect.obligations[0]: missing rule; every expected obligation names its rule (the clause id)"),
                message);
    }

    @Test
    void aScenarioMustExpectSomething() {
        String message = problem(scenario("{ \"only\": true, \"obligations\": [] }"));
        assertTrue(message.contains("expect: expects nothing; give at least one of obligations, findings,"), message);
    }

    @Test
    void everyPinMustBeNamedByAnExpectation() {
        String message = problem(scenario("R-07", "{ \"obligations\": [{ \"rule\": \"R-01\" }] }"));
        assertTrue(message.matches("s\\.json:3:\\d+: pins\\[0\\]: pins R-07 but no expectation names it; .*"), message);
    }

    @Test
    void anUnknownPolicyGetsADidYouMean() {
        String message = problem(scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }").replace("\"fake\"", "\"fkae\""));
        assertEquals("s.json:4:13: policy: unknown policy 'fkae'; did you mean 'fake'?", message);
        String other = problem(scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }").replace("\"fake\"", "\"sefton\""));
        assertEquals("s.json:4:13: policy: unknown policy 'sefton'; known policies: fake", other);
    }

    @Test
    void aPolicyTheLookupKnowsButCannotLoadIsNotCalledUnknown() {
        PolicyLookup broken = new PolicyLookup() {
            @Override
            public Optional<Policy> find(String id) {
                return Optional.empty();
            }

            @Override
            public List<String> known() {
                return List.of("fake");
            }
        };
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioReader.parse("s.json",
                scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }"), broken));
        assertEquals(List.of("s.json:4:13: policy: policy 'fake' is known but could not be loaded (does its script compile?"
                + " try cin lint)"), e.lines());
    }

    @Test
    void caseProblemsNameTheEventFieldAndLineInTheScenarioFile() {
        String text = scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }")
                .replace("\"chair\": \"team-manager\"", "\"chair\": \"team-manger\"")
                .replace("\"born\": \"2014-05-04\"", "\"born\": \"2014-13-04\"");
        List<String> problems = problems(text);
        assertEquals(2, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).matches("s\\.json:8:\\d+: case: field child\\.born: '2014-13-04' is not a real date: .*"),
                problems.get(0));
        assertTrue(problems.get(1).matches("s\\.json:11:\\d+: case: event #1 \\(id \"m1\"\\), field chair: unknown role"
                + " 'team-manger'; did you mean 'team-manager'\\?"), problems.get(1));
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        String text = """
                {
                  "scenario": "",
                  "pins": [],
                  "policy": 3,
                  "asOf": "tomorrow",
                  "expect": { "obligations": [{ "rule": "R-01", "due": "soon" }] }
                }
                """;
        List<String> problems = problems(text);
        assertEquals(List.of(
                "s.json:1:1: case: missing; give the case as in a case file: case, child and events",
                "s.json:2:15: scenario: must not be empty",
                "s.json:3:11: pins: expected a list of one or more clause ids, found an empty list",
                "s.json:4:13: policy: expected text (a string), found a number",
                "s.json:5:11: asOf: expected a date as YYYY-MM-DD",
                "s.json:6:56: expect.obligations[0].due: expected a date as YYYY-MM-DD"), problems);
    }

    @Test
    void theTopLevelMustBeAnObject() {
        assertEquals("s.json:1:1: expected a scenario object with scenario, pins, policy, asOf, case and expect, found a list",
                problem("[]"));
    }

    @Test
    void aMissingFileOrADirectoryIsNamed(@TempDir Path dir) {
        ScenarioFileException missing = assertThrows(ScenarioFileException.class,
                () -> ScenarioReader.read(dir.resolve("none.json"), LOOKUP));
        assertEquals(dir.resolve("none.json") + ": no such file", missing.getMessage());
        ScenarioFileException directory = assertThrows(ScenarioFileException.class, () -> ScenarioReader.read(dir, LOOKUP));
        assertEquals(dir + ": is a directory, not a scenario file", directory.getMessage());
    }

    @Test
    void everyCodeOfAScenarioProblemIsDocumented() throws Exception {
        String docs = java.nio.file.Files.readString(Path.of("../docs/scenario.md"));
        for (java.lang.reflect.Field field : ScenarioCodes.class.getFields()) {
            String code = (String) field.get(null);
            assertTrue(docs.contains("| `" + code + "` |"), code);
        }
    }
}
