package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input: exit status 2, every problem on standard error naming the file, the event (index
 * and id) and the field; never a stack trace, never personal data from the file.
 */
class BadInputTest {

    /** Personal data placed in the bad examples: it must never appear in any output. */
    private static final String[] SENTINELS = {"Zebedee", "Quintrell"};

    private static Run check(String... files) {
        String[] args = new String[4 + files.length];
        System.arraycopy(new String[] {"check", "--policy", "kent", "--as-of=2026-11-22"}, 0, args, 0, 4);
        System.arraycopy(files, 0, args, 4, files.length);
        return Cin.run(args);
    }

    private static void assertCleanFailure(Run run) {
        assertEquals(2, run.status(), run.all());
        assertFalse(run.all().contains("Exception"), run.all());
        assertFalse(run.all().contains("\tat "), run.all());
        for (String sentinel : SENTINELS) {
            assertFalse(run.all().contains(sentinel), run.all());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "impossible-date.json      | :6: event #1 (id \"v1\"), field date: '2026-02-30' is not a real date: February 2026 has 28 days",
        "unknown-event-type.json   | :6: event #1 (id \"m1\"), field type: unknown event type 'meting'; did you mean 'meeting'?",
        "missing-attribute.json    | :6: event #1 (id \"m1\"), field chair: missing; a meeting event needs it",
        "dangling-meeting-ref.json | :6: event #1 (id \"n1\"), field meetingRef: no event has this id: \"m2\"",
        "unknown-role.json         | :5: event #0 (id \"m1\"), field chair: unknown role 'team-manger'; did you mean 'team-manager'?",
        "not-json.json             | :6: not valid JSON (column 5): unexpected character ('{' (code 123)): was expecting comma to separate Array entries"})
    void eachKindOfBadInputNamesTheFileEventAndField(String file, String expected) {
        String path = Cin.example("bad/" + file);
        Run run = check(path);
        assertCleanFailure(run);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(path + expected + "\n"), run.err());
        assertTrue(run.err().endsWith("cin: 1 of 1 case file could not be read\n"), run.err());
    }

    @Test
    void everyProblemInAFileIsListedAndNoPersonalDataIsEchoed() {
        String path = Cin.example("bad/many-problems.json");
        Run run = check(path);
        assertCleanFailure(run);
        String[] lines = run.err().split("\n");
        assertEquals(6, lines.length, run.err());
        assertEquals(path + ":5: event #0 (id \"a1\"), field outcome: missing; an assessment-completed event needs it", lines[0]);
        assertTrue(lines[1].startsWith(path + ":6: event #1 (id \"m1\"), field chair: not a known role; "), lines[1]);
        assertEquals(path + ":7: event #2 (id \"d1\"), field date: '2026-02-31' is not a real date: February 2026 has 28 days", lines[2]);
        assertEquals(path + ":8: event #3, field meetingRef: no event has this id: \"m9\"", lines[3]);
        assertEquals(path + ":9: event #4 (id \"d1\"), field id: duplicate id; first used by event #2 (id \"d1\")", lines[4]);
    }

    @Test
    void goodFilesAreStillReportedBesideBadOnes() {
        Run run = check(Cin.example("kent/initial-meeting-over-christmas.json"), Cin.example("bad/unknown-role.json"),
                Cin.example("missing.json"));
        assertCleanFailure(run);
        assertTrue(run.out().startsWith("Case K-1001"), run.out());
        assertTrue(run.err().contains("unknown-role.json:5: event #0"), run.err());
        assertTrue(run.err().contains(Cin.example("missing.json") + ": no such file\n"), run.err());
        assertTrue(run.err().endsWith("cin: 2 of 3 case files could not be read\n"), run.err());
    }

    @Test
    void theWholeBadFolderIsReportedAtOnce() {
        Run run = check(Cin.example("bad"));
        assertCleanFailure(run);
        assertTrue(run.err().endsWith("cin: 7 of 7 case files could not be read\n"), run.err());
    }

    @Test
    void aFolderWithoutCaseFilesIsBadInput(@TempDir Path dir) {
        Run run = check(dir.toString());
        assertCleanFailure(run);
        assertTrue(run.err().startsWith(dir + ": no case files (*.json) in this directory\n"), run.err());
    }

    @Test
    void anUnknownPolicyGetsADidYouMeanAndTheList() {
        Run run = Cin.run("check", "--policy", "knet", Cin.example("kent/initial-meeting-over-christmas.json"));
        assertCleanFailure(run);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("cin: unknown policy 'knet'; did you mean 'kent'? Bundled policies: "), run.err());
        assertTrue(run.err().contains(" kent,") || run.err().contains(" kent."), run.err());
    }

    @Test
    void aPolicyScriptWithErrorsShowsItsDiagnostics(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("mine.cin"), """
                policy mine "Mine"
                  version "1"
                  source "kent.txt"
                  extends kent

                override rule KEN-04 "Initial meetings chaired by a Team Manager"
                  cite "5. Child in Need Meetings"
                  finding chair-not-permitted
                    for each meeting with meeting initial
                    unless chair is team-manger
                """);
        Run run = Cin.run("check", "--policy", script.toString(), Cin.example("kent/initial-meeting-over-christmas.json"));
        assertCleanFailure(run);
        assertTrue(run.err().startsWith(script + ":10:"), run.err());
        assertTrue(run.err().contains("did you mean 'team-manager'?"), run.err());
        assertTrue(run.err().endsWith("cin: " + script + ": 1 error; see 'cin lint " + script + "'\n"), run.err());
    }

    @Test
    void aMissingPolicyScriptIsBadInput(@TempDir Path dir) {
        String missing = dir.resolve("nope.cin").toString();
        Run run = Cin.run("check", "--policy", missing, Cin.example("bad/unknown-role.json"));
        assertCleanFailure(run);
        assertTrue(run.err().startsWith("cin: " + missing + ": no such policy file\n"), run.err());
        assertTrue(run.err().contains("unknown-role.json:5:"), "the case files are still checked: " + run.err());
    }
}
