package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} for standard input, {@code --holidays}, {@code --closure-days}, the stale-data note, completion. */
class FriendlierCommandLineTest {

    private static final String CHRISTMAS = "kent/initial-meeting-over-christmas.json";

    @Test
    void dashReadsTheCaseFromStandardInput() throws Exception {
        String file = Cin.example(CHRISTMAS);
        Run fromFile = Cin.run("check", "--policy", "kent", "--as-of", "2026-11-22", file);
        Run fromInput = Cin.withInput(Files.readString(Path.of(file)), "check", "--policy", "kent", "--as-of", "2026-11-22", "-");
        assertEquals(fromFile.status(), fromInput.status(), fromInput.err());
        assertEquals(fromFile.out(), fromInput.out());
    }

    @Test
    void aBadCaseOnStandardInputIsNamedStdin() {
        Run run = Cin.withInput("{ \"case\": \"X\" }", "check", "--policy", "kent", "-");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("<stdin>"), run.err());
    }

    @Test
    void dashReadsAScriptFromStandardInputForLint() {
        Run run = Cin.withInput("policy p \"P\"\n  version \"1\"\n  source \"kent.txt\"\n  extends kent\n", "lint", "-");
        assertEquals(0, run.status(), run.err());
        assertEquals("-: ok\n", run.out());
    }

    @Test
    void closureDaysMoveADeadline(@TempDir Path dir) throws Exception {
        // KEN-01 is due 10 working days after Wed 17 Dec 2025: Mon 5 Jan 2026; closed on Fri 2 Jan, Tue 6 Jan.
        Path days = Files.writeString(dir.resolve("closures.txt"), "# office closed\n2026-01-02\n\n");
        String file = Cin.example(CHRISTMAS);
        Run plain = Cin.run("explain", "--policy", "kent", "--as-of", "2026-11-22", file);
        Run closed = Cin.run("explain", "--policy", "kent", "--as-of", "2026-11-22", "--closure-days", days.toString(), file);
        assertTrue(plain.out().contains("due Mon 5 Jan 2026"), plain.out());
        assertTrue(closed.out().contains("due Tue 6 Jan 2026"), closed.out());
    }

    @Test
    void aBadClosureDaysFileNamesTheLine(@TempDir Path dir) throws Exception {
        Path days = Files.writeString(dir.resolve("closures.txt"), "2026-01-02\nsoon\n");
        Run run = Cin.run("check", "--policy", "kent", "--closure-days", days.toString(), Cin.example(CHRISTMAS));
        assertEquals(2, run.status());
        assertTrue(run.err().contains(days + ":2: not a date"), run.err());
    }

    @Test
    void aNewerHolidaysFileReplacesTheYearsItLists(@TempDir Path dir) throws Exception {
        // A published list for 2026 that also closes Fri 2 Jan 2026: the deadline moves a day.
        Path holidays = Files.writeString(dir.resolve("bank-holidays.json"), """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "New Year's Day", "date": "2026-01-01", "notes": "", "bunting": true},
                  {"title": "Extra day", "date": "2026-01-02", "notes": "", "bunting": true},
                  {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true},
                  {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true}]}}
                """);
        Run run = Cin.run("explain", "--policy", "kent", "--as-of", "2026-11-22", "--holidays", holidays.toString(),
                Cin.example(CHRISTMAS));
        assertTrue(run.out().contains("due Tue 6 Jan 2026"), run.out());
    }

    @Test
    void anAsOfDatePastThePublishedHolidaysSaysHowToLoadNewerOnes() {
        Run late = Cin.run("check", "--policy", "kent", "--as-of", "2028-01-10", Cin.example(CHRISTMAS));
        assertTrue(late.err().contains("the bank holidays loaded end in 2027")
                && late.err().contains("--holidays FILE"), late.err());
        Run current = Cin.run("check", "--policy", "kent", "--as-of", "2027-12-31", Cin.example(CHRISTMAS));
        assertFalse(current.err().contains("--holidays"), current.err());
    }

    @Test
    void completionScriptsNameEveryCommand() {
        for (String shell : new String[] {"bash", "zsh"}) {
            Run run = Cin.run("completion", shell);
            assertEquals(0, run.status(), run.err());
            for (String command : new String[] {"check", "explain", "lint", "test", "fmt", "doc", "policies"}) {
                assertTrue(run.out().contains(command), shell + " lacks " + command);
            }
            assertTrue(run.out().contains("complete -F"), run.out());
            assertTrue(run.out().contains("--closure-days"));
        }
        assertTrue(Cin.run("completion", "zsh").out().startsWith("autoload -U +X compinit"));
        assertEquals(2, Cin.run("completion", "fish").status());
    }
}
