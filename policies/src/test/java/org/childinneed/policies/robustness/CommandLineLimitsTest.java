package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.cli.Cin;
import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line under hostile input: its output stays bounded and its exit status says what
 * happened (2 for bad input), never 3 (an internal error).
 */
class CommandLineLimitsTest {

    @Test
    void aScriptOfAMillionStrayCharactersGetsAHundredShortDiagnostics(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("stray.cin"), "@".repeat(999_999));
        Run run = Cin.run("lint", script.toString());
        assertEquals(2, run.status(), run.err()::toString);
        assertEquals(script + ": 999999 errors, 0 warnings\n", run.out());
        assertEquals(100, run.err().lines().filter(l -> l.contains(": error: ")).count());
        assertTrue(run.err().contains(": error: 999900 further problems are not reported, from here on; fix those above first\n"),
                () -> tail(run.err()));
        assertTrue(run.err().length() < 100 * 600, "bounded output: " + run.err().length() + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "9999-12-31", "1900-01-01", "2100-12-31"})
    void anyAsOfDateAYearFrom1To9999HoldsIsEvaluated(String asOf) {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", asOf, "--format", "json",
                CaseFiles.EXAMPLES.resolve("kent/step-down-from-child-protection.json").toString());
        assertTrue(run.status() == 0 || run.status() == 1, run::toString);
        assertTrue(run.out().contains("\"asOf\" : \"" + asOf + "\"") || run.out().contains("\"asOf\": \"" + asOf + "\""),
                run::out);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "+10000-01-01 | '+10000-01-01' is not a date; expected YYYY-MM-DD, for example 2027-03-01",
        "0000-01-01   | '0000-01-01' is outside the supported years 1 to 9999",
        "-0001-01-01  | '-0001-01-01' is not a date; expected YYYY-MM-DD, for example 2027-03-01",
        "2027-02-29   | '2027-02-29' is not a real date: February 2027 has 28 days"})
    void asOfDatesOutsideYears1To9999OrNotRealAreRefusedWithTheReason(String asOf, String reason) {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", asOf,
                CaseFiles.EXAMPLES.resolve("kent/step-down-from-child-protection.json").toString());
        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains(reason), run::err);
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 400));
    }
}
