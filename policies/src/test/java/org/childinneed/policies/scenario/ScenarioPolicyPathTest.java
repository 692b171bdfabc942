package org.childinneed.policies.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.io.Fifo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: a scenario's policy path is resolved beside the scenario, read within limits, its diagnostics shown. */
class ScenarioPolicyPathTest {

    private static String scenario(String policy) {
        return """
                {"scenario": "s", "pins": ["KEN-04"], "policy": "POLICY", "asOf": "2027-01-08",
                 "case": {"case": "C", "child": {"born": "2014-05-04"}, "events": [
                   {"id": "m1", "type": "meeting", "date": "2027-01-06", "meeting": "initial", "chair": "senior-practitioner"}]},
                 "expect": {"findings": [{"rule": "KEN-04", "kind": "chair-not-permitted", "event": "m1"}]}}
                """.replace("POLICY", policy);
    }

    private static ScenarioResult run(Path file) {
        return ScenarioRunner.with(BundledPolicies.standard().lookup()).runFile(file);
    }

    @Test
    void aRelativeScriptPathIsResolvedBesideTheScenario(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("s"));
        Files.writeString(folder.resolve("mine.cin"), "policy mine \"Mine\"\n  version \"1\"\n  source \"m.txt\"\n  extends kent\n");
        ScenarioResult result = run(Files.writeString(folder.resolve("a.json"), scenario("mine.cin")));
        assertEquals(ScenarioResult.Outcome.PASSED, result.outcome(), result.details()::toString);
    }

    @Test
    void aScriptWithErrorsShowsItsDiagnostics(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.cin"), "policy bad \"Bad\"\n  version \"1\"\n  source \"m.txt\"\n  extends kentt\n");
        ScenarioResult result = run(Files.writeString(dir.resolve("a.json"), scenario("bad.cin")));
        assertEquals(ScenarioResult.Outcome.ERROR, result.outcome());
        assertTrue(String.join("\n", result.details()).contains("there is no policy 'kentt' to extend"), result.details()::toString);
    }

    @Test
    void aPipeAsTheScriptIsRefusedNotWaitedOn(@TempDir Path dir) throws Exception {
        if (!Fifo.make(dir.resolve("pipe.cin"))) {
            return;
        }
        ScenarioResult result = run(Files.writeString(dir.resolve("a.json"), scenario("pipe.cin")));
        assertEquals(ScenarioResult.Outcome.ERROR, result.outcome());
        assertTrue(String.join("\n", result.details()).contains("is a named pipe, not a script"), result.details()::toString);
    }

    @Test
    void aScenarioReadsItsCaseWithTheEventTypesItsPolicyDeclares(@TempDir Path dir) throws Exception {
        Path declared = Path.of(getClass().getResource("/declared/scenario.json").toURI());
        ScenarioResult result = run(declared);
        assertEquals(ScenarioResult.Outcome.PASSED, result.outcome(), result.details()::toString);

        Files.copy(declared.resolveSibling("family-network.cin"), dir.resolve("family-network.cin"));
        Path misspelt = Files.writeString(dir.resolve("s.json"),
                Files.readString(declared).replace("\"plan-agreed\"", "\"plan-agred\""));
        ScenarioResult bad = run(misspelt);
        assertEquals(ScenarioResult.Outcome.ERROR, bad.outcome());
        assertTrue(String.join("\n", bad.details()).contains("case: event #1 (id \"f1\"), field outcome:"),
                bad.details()::toString);
    }
}
