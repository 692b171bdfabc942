package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckedCase;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn only for runs over a second, and only where a terminal wants one. */
class ProgressTest {

    private static final CheckedCase CASE = new CheckedCase(CaseOrigin.file("a.json"),
            new ComplianceReport("K-1", "kent", LocalDate.of(2026, 1, 1), List.of(), List.of()));

    @Test
    void a_run_over_a_second_draws_files_done_of_the_total() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new ProblemPrinter(new PrintWriter(new StringWriter())),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.started(OptionalLong.of(1000));
        Thread.sleep(1100);
        for (int i = 0; i < 1000; i++) {
            progress.checked(CASE);
        }
        progress.finished(new CaseloadOutcome(1000, 0, 0));
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("1000/1000"), drawn);
    }

    @Test
    void a_short_run_draws_nothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new ProblemPrinter(new PrintWriter(new StringWriter())),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.started(OptionalLong.of(100));
        for (int i = 0; i < 100; i++) {
            progress.checked(CASE);
        }
        progress.finished(new CaseloadOutcome(100, 0, 0));
        assertEquals(0, bytes.size());
    }

    @Test
    void progress_is_off_when_standard_error_is_no_terminal_or_a_convention_says_so() {
        assertTrue(Terminal.detect(Map.of(), false, true).progress());
        assertFalse(Terminal.detect(Map.of(), false, false).progress());
        assertFalse(Terminal.detect(Map.of("TERM", "dumb"), false, true).progress());
        assertFalse(Terminal.detect(Map.of("CI", "true"), false, true).progress());
        assertFalse(Terminal.detect(Map.of("CIN_NO_PROGRESS", "1"), false, true).progress());
    }
}
