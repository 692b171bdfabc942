package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.cli.CinCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line under hostile input: its output stays bounded and its exit status says what
 * happened (2 for bad input), never 3 (an internal error).
 */
class CommandLineLimitsTest {

    private record Run(int status, String out, String err) {
    }

    private static Run cin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CinCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void aScriptOfAMillionStrayCharactersGetsAHundredShortDiagnostics(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("stray.cin"), "@".repeat(999_999));
        Run run = cin("lint", script.toString());
        assertEquals(2, run.status(), run.err()::toString);
        assertEquals(script + ": 999999 errors, 0 warnings\n", run.out());
        assertEquals(100, run.err().lines().filter(l -> l.contains(": error: ")).count());
        assertTrue(run.err().endsWith("cin: 999899 more diagnostics not shown; fix these first\n\n"), () -> tail(run.err()));
        assertTrue(run.err().length() < 100 * 600, "bounded output: " + run.err().length() + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "9999-12-31", "1900-01-01", "2100-12-31"})
    void anyAsOfDateAYearFrom1To9999HoldsIsEvaluated(String asOf) {
        Run run = cin("check", "--policy", "kent", "--as-of", asOf, "--format", "json",
                CaseFiles.EXAMPLES.resolve("kent/step-down-from-child-protection.json").toString());
        assertTrue(run.status() == 0 || run.status() == 1, run::toString);
        assertTrue(run.out().contains("\"asOf\" : \"" + asOf + "\"") || run.out().contains("\"asOf\": \"" + asOf + "\""),
                run::out);
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 400));
    }
}
