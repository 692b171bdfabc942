package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: "A deadline that runs past the end of the bank-holiday data (e.g. 10 working days after
 * 31 December 2100) silently treats every weekday as a working day: say so in the explanation and as
 * a warning." The bundled calendar projects holidays by rule to 2100.
 */
class HolidayDataCommandTest {

    private static Path assessedOn(Path dir, String date) throws Exception {
        Path file = dir.resolve("late.json");
        Files.writeString(file, "{\"case\": \"C-2100\", \"child\": {\"born\": \"2090-01-01\", \"disabled\": false}, \"events\": ["
                + "{\"id\": \"a1\", \"type\": \"assessment-completed\", \"date\": \"" + date + "\", \"outcome\": \"in-need\"}]}");
        return file;
    }

    @Test
    void aDueDatePastTheHolidayDataIsAWarningWithACodeAndANoteInTheExplanation(@TempDir Path dir) throws Exception {
        Path file = assessedOn(dir, "2100-12-31");
        Run check = Cin.run("check", "--policy", "kent", "--as-of", "2101-01-05", file.toString());
        assertEquals(0, check.status(), check.all());
        assertTrue(check.err().contains(file + ": case C-2100: warning: event #0 (id \"a1\"), field due: rule KEN-01: the due "
                + "date 2101-01-14 was counted in working days past the end of the bank-holiday data"), check.err());
        assertTrue(check.err().contains("[beyond-holiday-data]"), check.err());
        Run explain = Cin.run("explain", "--policy", "kent", "--as-of", "2101-01-05", file.toString());
        assertTrue(explain.out().contains("10 working days after Fri 31 Dec 2100 (after Fri 31 Dec 2100 no bank holidays "
                + "are known: every weekday counted as a working day): Fri 14 Jan 2101"), explain.out());
        assertTrue(explain.err().contains("[beyond-holiday-data]"), explain.err());
    }

    @Test
    void aDueDateWithinTheDataHasNoWarning(@TempDir Path dir) throws Exception {
        Run check = Cin.run("check", "--policy", "kent", "--as-of", "2100-11-05", assessedOn(dir, "2100-11-01").toString());
        assertEquals(0, check.status(), check.all());
        assertTrue(!check.err().contains("beyond-holiday-data"), check.err());
    }
}
