package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The command line as a whole: help, version, and bad arguments. */
class CinCommandTest {

    @Test
    void helpListsEveryCommandWithTheExitStatuses() {
        Run run = Cin.run("--help");
        assertEquals(0, run.status());
        for (String command : new String[] {"check", "explain", "lint", "test", "doc", "policies", "diff"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " missing from\n" + run.out());
        }
        assertTrue(run.out().contains("Exit status:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "explain", "lint", "test", "doc", "policies", "diff"})
    void everyCommandHasHelp(String command) {
        Run run = Cin.run(command, "--help");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Usage: cin " + command + " "), run.out());
        assertTrue(run.out().contains("Exit status:"), run.out());
        assertEquals(run.out(), Cin.run("help", command).out());
    }

    @Test
    void versionIsTheProjectVersion() {
        Run run = Cin.run("--version");
        assertEquals(0, run.status());
        assertTrue(run.out().matches("(?s)cin \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\nJava .*"), run.out());
    }

    @Test
    void withoutACommandTheUsageGoesToStandardErrorWithStatus2() {
        Run run = Cin.run();
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Usage: cin"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownCommandGetsASuggestion() {
        Run run = Cin.run("chek");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("cin check"), run.err());
    }

    @Test
    void aMisspeltOptionGetsASuggestion() {
        Run run = Cin.run("check", "--polcy", "kent", "--policy", "kent", "x.json");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unknown option: '--polcy'") && run.err().contains("--policy"), run.err());
    }

    @Test
    void aMissingPolicyIsBadInput() {
        Run run = Cin.run("check", Cin.example("kent/initial-meeting-over-christmas.json"));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--policy"), run.err());
    }

    @Test
    void anImpossibleAsOfDateIsBadInput() {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", "2027-02-30", "x.json");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("'2027-02-30' is not a real date: February 2027 has 28 days"), run.err());
    }

    @Test
    void anUnknownFormatIsBadInput() {
        Run run = Cin.run("check", "--policy", "kent", "--format", "xml", "x.json");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void anInternalErrorIsOneLineWithoutAStackTraceOrMessage() {
        String line = CinCommand.internalError(new IllegalStateException("Zebedee Quintrell"));
        assertTrue(line.startsWith("cin: internal error (java.lang.IllegalStateException at "), line);
        assertFalse(line.contains("Zebedee"), line);
        assertFalse(line.contains("\n"), line);
    }
}
