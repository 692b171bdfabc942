package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint}, {@code doc}, {@code policies} and {@code test}, end to end. */
class OtherCommandsTest {

    private static final String SCENARIO = """
            {
              "scenario": "Initial meeting one working day late over Christmas",
              "pins": ["KEN-01"],
              "policy": "kent",
              "asOf": "2026-01-08",
              "case": {
                "case": "T-1",
                "child": { "born": "2014-05-04" },
                "events": [
                  { "id": "a1", "type": "assessment-completed", "date": "2025-12-17", "outcome": "in-need" },
                  { "id": "m1", "type": "meeting", "date": "2026-01-06", "meeting": "initial", "chair": "team-manager" }
                ]
              },
              "expect": {
                "obligations": [ { "rule": "KEN-01", "trigger": "a1", "due": "%s", "status": "met-late", "satisfiedBy": "m1" } ]
              }
            }
            """;

    @Test
    void lintPrintsDiagnosticsToStandardErrorAndAVerdictPerScript(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.cin"), """
                policy broken "Broken"
                  version "1"
                  source "kent.txt"
                  extends kent

                override rule KEN-01 "Initial meeting within 10 working days"
                  cite "5. Child in Need Meetings"
                  obligation initial-meeting
                    when assessment-complete with outcome in-need
                    due within 10 working days
                    met by meeting with meeting initial
                """);
        Run run = Cin.run("lint", broken.toString(), "kent");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith(broken + ":9:10: error: unknown event type 'assessment-complete'\n"
                + "    9 |     when assessment-complete with outcome in-need\n"
                + "      |          ^^^^^^^^^^^^^^^^^^^\n"
                + "   hint: did you mean 'assessment-completed'?\n"), run.err());
        assertEquals(broken + ": 1 error, 0 warnings\nkent: ok\n", run.out());
    }

    @Test
    void lintOfCleanScriptsExitsWith0() {
        Run run = Cin.run("lint", "kent", "working-together");
        assertEquals(0, run.status(), run.err());
        assertEquals("kent: ok\nworking-together: ok\n", run.out());
    }

    @Test
    void lintNotesTheClausesNotYetExpressibleWithoutFailing(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("later.cin");
        Files.writeString(script, """
                policy kent-notes "Kent, with two clauses the language cannot say yet"
                  version "1"
                  source "notes.txt"
                  extends kent

                not expressible LAT-01, LAT-02 "each a stand-in for a clause the language cannot express yet"
                """);
        Run run = Cin.run("lint", script.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(script + ": ok\n", run.out());
        assertEquals(script + ": note: 2 clauses are not yet expressible in the language, so not checked: LAT-01,"
                + " LAT-02 ('cin doc' gives the reasons)\n", run.err());
        assertEquals("", Cin.run("lint", "kent").err());
    }

    @Test
    void lintOfAMissingScriptIsBadInput(@TempDir Path dir) {
        Run run = Cin.run("lint", dir.resolve("nope.cin").toString());
        assertEquals(2, run.status());
        assertEquals("cin: " + dir.resolve("nope.cin") + ": no such policy file\n", run.err());
    }

    @Test
    void docDescribesThePolicyRuleByRule() throws Exception {
        Run run = Cin.run("doc", "--policy", "kent");
        assertEquals(0, run.status(), run.err());
        String md = run.out();
        assertTrue(md.startsWith("# Kent Child in Need plans and meetings\n"), md);
        assertTrue(md.contains("| Source document | kent.txt |"), md);
        int count = BundledPolicies.standard().get("kent").rules().size();
        assertEquals(count, md.split("\n### ", -1).length - 1);
        assertTrue(md.indexOf("\n### 3. KEN-01\n") > 0, md);
        assertTrue(md.contains("- Source: kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting\n"), md);
        assertTrue(md.contains("## Out of scope"), md);
    }

    @Test
    void docOfAnUnknownPolicyIsBadInput() {
        Run run = Cin.run("doc", "--policy", "knet");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("cin: unknown policy 'knet'; did you mean 'kent'?"), run.err());
    }

    @Test
    void policiesListsEachBundledPolicyWithItsVersionAndSource() {
        Run run = Cin.run("policies");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("ID +TITLE +VERSION +SOURCE"), lines.get(0));
        assertEquals(BundledPolicies.standard().ids().size() + 3, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.matches("working-together +.* +2018; 2023 from 2023-12-15 +Working Together.*")),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("kent +Kent Child in Need plans and meetings +current \\(undated\\) +kent\\.txt")),
                run.out());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("sefton ") && !BundledPolicies.standard().ids().contains("sefton")));
    }

    @Test
    void testRunsScenariosWithJUnitStyleOutputAndExitStatuses(@TempDir Path dir) throws Exception {
        // 10 working days after Wed 17 Dec 2025, skipping 25 Dec, 26 Dec and 1 Jan: Mon 5 Jan 2026.
        Path passing = Files.writeString(dir.resolve("passing.json"), SCENARIO.formatted("2026-01-05"));
        Run pass = Cin.run("test", passing.toString());
        assertEquals(0, pass.status(), pass.all());
        assertTrue(pass.out().startsWith("PASS  " + passing), pass.out());
        assertTrue(pass.out().contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0\n"), pass.out());

        Path failing = Files.writeString(dir.resolve("failing.json"), SCENARIO.formatted("2026-01-02"));
        Run fail = Cin.run("test", failing.toString());
        assertEquals(1, fail.status(), fail.all());
        assertTrue(fail.out().startsWith("FAIL  " + failing), fail.out());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"scenario\": ");
        Run error = Cin.run("test", dir.toString());
        assertEquals(2, error.status(), error.all());
        assertTrue(error.out().contains("Tests run: 3, Failures: 1, Errors: 1, Skipped: 0\n"), error.out());
        assertTrue(error.out().contains("ERROR " + broken), error.out());
    }

    @Test
    void testWithCoverageListsEachRuleAndWhetherAScenarioReachedIt(@TempDir Path dir) throws Exception {
        Path passing = Files.writeString(dir.resolve("passing.json"), SCENARIO.formatted("2026-01-05"));
        Run run = Cin.run("test", "--coverage", passing.toString());
        assertEquals(0, run.status(), run.all());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("kent: \\d+ rules, 1 checked, .*")), run.out());
        assertTrue(lines.contains("  checked        KEN-01"), run.out());
        assertTrue(lines.contains("  NOT EXERCISED  KEN-20"), run.out());
        assertFalse(Cin.run("test", passing.toString()).out().contains("Rule coverage"));
    }
}
