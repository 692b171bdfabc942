package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.cli.Cin;
import org.childinneed.policies.io.TerminalWriter;
import org.childinneed.policies.report.ExplanationReport;
import org.childinneed.policies.report.Style;
import org.childinneed.policies.report.TextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, terminal injection: control characters, bidirectional and invisible marks and lone
 * surrogates in ids, file names and policy text never reach a terminal as they are.
 */
class TerminalInjectionTest {

    /** Erase the line, return to its start and forge a verdict; a window title; a bell; conceal; bidi. */
    static final List<String> HOSTILE = List.of("x\u001b[2K\rcin: all good", "x\u001b]0;owned\u0007", "x\b\b\u007f",
            "x\u001b[8mhidden", "x\u202eevil\u2066", "x\u200bzero", "x\ud800", "x\u009b2K", "x\u2028y");

    private static String caseWithIds(String caseId, String eventId, String ref) {
        return "{\"case\": \"" + json(caseId) + "\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": ["
                + "{\"id\": \"" + json(eventId) + "\", \"type\": \"meeting\", \"date\": \"2026-01-06\", \"meeting\": \"initial\", \"chair\": \"team-manager\"},"
                + "{\"id\": \"n1\", \"type\": \"case-note\", \"date\": \"2026-01-07\", \"meetingRef\": \"" + json(ref) + "\"}]}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static void assertPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c != '\n' && c != '\t' && Printable.isHazard(c),
                    () -> "unescaped " + Printable.name(c) + " in: " + Printable.lines(text));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void idsWithControlOrInvisibleCharactersAreRefusedByTheReader(int which) {
        String hostile = HOSTILE.get(which);
        for (String json : List.of(caseWithIds(hostile, "m1", "m1"), caseWithIds("C-1", hostile, hostile),
                caseWithIds("C-1", "m1", hostile))) {
            CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileReader.parse("hostile.json", json));
            assertTrue(e.getMessage().contains("ids are shown in reports and must hold printable characters only"), e::getMessage);
            assertPrintable(e.getMessage());
        }
    }

    @Test
    void aLoneSurrogateIsRefusedSoThatIdsCannotCollide() {
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> CaseFileReader.parse("s.json", caseWithIds("C-1", "m\ud800", "m\ud800")));
        assertTrue(e.getMessage().contains("contains a lone surrogate (U+D800)"), e::getMessage);
    }

    @Test
    void reportsOfRecordsBuiltInCodeEscapeTheirIds() throws Exception {
        String id = HOSTILE.get(0);
        CaseRecord record = new CaseRecord(id, new Child(LocalDate.of(2014, 5, 4), false), List.of(
                new AssessmentCompleted(EventRef.of(0, id), LocalDate.of(2026, 1, 5), AssessmentOutcome.IN_NEED)));
        var report = BundledPolicies.standard().get("kent").evaluate(record, LocalDate.of(2026, 3, 1));
        for (Style style : Style.values()) {
            String text = TextReport.render(report, style).replaceAll("\u001b\\[[0-9;]*m", "");
            assertPrintable(text);
            assertTrue(text.contains("x\\u001B[2K\\u000Dcin: all good"), text);
            assertPrintable(ExplanationReport.render(report, style).replaceAll("\u001b\\[[0-9;]*m", ""));
        }
    }

    @Test
    void fileNamesWithEscapesArePrintedEscaped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a\u001b[2K\rb.json"), "{}");
        Cin.Run run = Cin.run("check", "--policy", "kent", file.toString());
        assertEquals(2, run.status());
        assertPrintable(run.err());
        assertTrue(run.err().contains("a\\u001B[2K\\u000Db.json"), run::err);
    }

    @Test
    void theTerminalWriterPassesCinsOwnColoursAndEscapesEverythingElse() {
        StringWriter out = new StringWriter();
        try (var writer = TerminalWriter.wrap(out)) {
            writer.print("\u001b[1mbold\u001b[0m \u001b[8mhidden\u001b[0m \u001b]0;t\u0007 \u202e \ud83d\ude00 \ud800\n\ttab");
            writer.print("\u001b");
            writer.print("[31mred");
        }
        assertEquals("\u001b[1mbold\u001b[0m \\u001B[8mhidden\u001b[0m \\u001B]0;t\\u0007 \\u202E \ud83d\ude00 \\uD800\n\ttab"
                + "\u001b[31mred", out.toString());
    }

    @Test
    void aPolicyScriptsCiteWithEscapesIsShownEscaped(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("mine.cin"), Files.readString(
                Path.of("src/main/resources/policies/kent.cin")).replaceFirst("policy kent", "policy mine")
                .replaceFirst("source \"", "source \"\u001b[8m"));
        Cin.Run run = Cin.run("doc", "--policy", script.toString());
        assertPrintable(run.out());
        assertPrintable(run.err());
        Optional.of(run).ifPresent(r -> assertTrue(r.status() == 0 || r.status() == 2, r::toString));
    }
}
