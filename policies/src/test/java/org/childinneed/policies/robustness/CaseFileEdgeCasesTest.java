package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.cli.CinCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The case files the issue names, each with the clear error or the evaluation a mature reader
 * gives: dates at the edges, duplicate ids, references to unknown or later events, events after
 * the plan ended, overlapping plans, empty files, a 100 MB file. Never a crash, never an event
 * dropped without a word.
 */
class CaseFileEdgeCasesTest {

    private static final String SOURCE = "edge.json";

    private static String caseOfChildBorn(String born, String... events) {
        return "{\n\"case\": \"E-1\",\n\"child\": {\"born\": \"" + born + "\"},\n\"events\": [\n"
                + String.join(",\n", events) + "\n]\n}\n";
    }

    private static String caseWith(String... events) {
        return caseOfChildBorn("2014-05-04", events);
    }

    private static CaseRecord read(String json) throws CaseFileException {
        return CaseFileReader.parse(SOURCE, json);
    }

    /** The single problem the text has, as printed. */
    private static String problem(String json) {
        CaseFiles.Outcome outcome = CaseFiles.readOrExplain(SOURCE, json.split("\n", -1).length, () -> read(json));
        assertTrue(outcome.problem().isPresent(), "expected the file to be refused");
        CaseFileException e = outcome.problem().get();
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.getMessage();
    }

    private static String visitOn(String date) {
        return "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"" + date + "\"}";
    }

    // ------------------------------------------------------------------------------ dates

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900-01-01", "2100-12-31", "2000-02-29", "2028-02-29", "2026-12-31"})
    void datesFromTheFirstToTheLastSupportedDayAreRead(String date) throws CaseFileException {
        CaseRecord record = read(caseWith(visitOn(date)));
        assertEquals(LocalDate.parse(date), record.events().get(0).date());
        CaseFiles.evaluateWithEveryPolicy(record);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0001-01-01   | '0001-01-01' is outside the supported years 1900 to 2100",
        "9999-12-31   | '9999-12-31' is outside the supported years 1900 to 2100",
        "0000-01-01   | '0000-01-01' is outside the supported years 1900 to 2100",
        "1899-12-31   | '1899-12-31' is outside the supported years 1900 to 2100",
        "2101-01-01   | '2101-01-01' is outside the supported years 1900 to 2100",
        "2027-02-29   | '2027-02-29' is not a real date: February 2027 has 28 days",
        "1900-02-29   | '1900-02-29' is not a real date: February 1900 has 28 days",
        "2026-04-31   | '2026-04-31' is not a real date: April 2026 has 30 days",
        "2026-13-01   | '2026-13-01' is not a real date: there is no month 13",
        "+10000-01-01 | expected a date as YYYY-MM-DD",
        "-2026-01-01  | expected a date as YYYY-MM-DD",
        "2026-1-1     | expected a date as YYYY-MM-DD"})
    void datesPastTheEdgesAreNamedWithTheEventAndField(String date, String why) {
        assertEquals(SOURCE + ":5: event #0 (id \"v1\"), field date: " + why, problem(caseWith(visitOn(date))));
    }

    /**
     * Family Law Reform Act 1969, s.9: a person attains an age at the commencement of the
     * anniversary of the birth date; born 29 February 2008, a child is 18 on 1 March 2026.
     */
    @Test
    void aChildBornOn29FebruaryTurnsEighteenOn1MarchOfACommonYear() throws Exception {
        CaseRecord record = read(caseOfChildBorn("2008-02-29", "{\"id\": \"p1\", \"type\": \"plan-started\", \"date\": \"2025-06-02\"}"));
        var kent = BundledPolicies.standard().get("kent");
        assertTrue(kent.evaluate(record, LocalDate.of(2026, 3, 1)).findings().stream()
                .noneMatch(f -> f.rule().equals("KEN-20")), "open on the birthday is not open past it");
        List<Finding> past = kent.evaluate(record, LocalDate.of(2026, 3, 2)).findings().stream()
                .filter(f -> f.rule().equals("KEN-20")).toList();
        assertEquals(1, past.size(), past::toString);
        assertEquals(LocalDate.of(2026, 3, 2), past.get(0).date(), "the first day past 1 March 2026");
    }

    @Test
    void aBirthDateOutsideTheSupportedYearsIsNamed() {
        assertEquals(SOURCE + ":3: field child.born: '0001-01-01' is outside the supported years 1900 to 2100",
                problem(caseOfChildBorn("0001-01-01")));
    }

    // ------------------------------------------------------------------------------ ids and references

    @Test
    void aDuplicateIdNamesBothEvents() {
        assertEquals(SOURCE + ":6: event #1 (id \"v1\"), field id: duplicate id; first used by event #0 (id \"v1\")",
                problem(caseWith(visitOn("2026-01-05"), visitOn("2026-01-06"))));
    }

    @Test
    void aMeetingRefToAnUnknownEventIsAnError() {
        assertEquals(SOURCE + ":5: event #0, field meetingRef: no event has this id: \"m1\"",
                problem(caseWith("{\"type\": \"case-note\", \"date\": \"2026-01-05\", \"meetingRef\": \"m1\"}")));
    }

    @Test
    void aMeetingRefToAnEventThatIsNotAMeetingIsAnError() {
        assertEquals(SOURCE + ":6: event #1, field meetingRef: refers to event #0 (id \"v1\"), a visit, not a meeting: \"v1\"",
                problem(caseWith(visitOn("2026-01-05"),
                        "{\"type\": \"minutes-distributed\", \"date\": \"2026-01-06\", \"meetingRef\": \"v1\"}")));
    }

    @Test
    void aMeetingRefToALaterMeetingIsAnErrorNotANoteThatCountsForNothing() {
        String json = caseWith(
                "{\"type\": \"case-note\", \"date\": \"2026-01-05\", \"meetingRef\": \"m1\"}",
                "{\"id\": \"m1\", \"type\": \"meeting\", \"date\": \"2026-01-06\", \"meeting\": \"initial\", \"chair\": \"team-manager\"}");
        assertEquals(SOURCE + ":5: event #0, field meetingRef: refers to a later meeting: event #1 (id \"m1\") on 2026-01-06,"
                + " after this event's date, 2026-01-05", problem(json));
    }

    @Test
    void aMeetingRefToAMeetingOfTheSameDayIsRead() throws CaseFileException {
        CaseRecord record = read(caseWith(
                "{\"type\": \"case-note\", \"date\": \"2026-01-06\", \"meetingRef\": \"m1\"}",
                "{\"id\": \"m1\", \"type\": \"meeting\", \"date\": \"2026-01-06\", \"meeting\": \"initial\", \"chair\": \"team-manager\"}"));
        assertEquals(2, record.events().size());
    }

    // ------------------------------------------------------------------------------ plans

    @Test
    void eventsAfterThePlanEndedAreStillEvaluated() throws Exception {
        CaseRecord record = read(caseWith(
                "{\"id\": \"p1\", \"type\": \"plan-started\", \"date\": \"2026-01-05\"}",
                "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2026-01-26\"}",
                "{\"id\": \"e1\", \"type\": \"plan-ended\", \"date\": \"2026-02-02\", \"reason\": \"adopted\"}",
                "{\"id\": \"v2\", \"type\": \"visit\", \"date\": \"2026-03-02\"}",
                "{\"id\": \"m2\", \"type\": \"meeting\", \"date\": \"2026-03-03\", \"meeting\": \"initial\", \"chair\": \"social-worker\"}"));
        ComplianceReport report = BundledPolicies.standard().get("kent").evaluate(record, LocalDate.of(2026, 6, 1));
        // KEN-04: the meeting after the end is still checked for its chair.
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("KEN-04") && f.event().label().equals("m2")),
                report::toString);
        // KEN-08: it still calls for its case note, which is overdue.
        assertTrue(report.obligations().stream().anyMatch(o -> o.rule().equals("KEN-08") && o.trigger().label().equals("m2")
                && o.status() == ObligationStatus.OVERDUE), report::toString);
        // KEN-14: the closure reason is checked (adopted is not among section 7's reasons).
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("KEN-14") && f.event().label().equals("e1")),
                report::toString);
        // KEN-05: the visits series ends with the plan (contract section 3): v1 met the first visit, the next is cancelled.
        List<Obligation> visits = report.obligations().stream().filter(o -> o.rule().equals("KEN-05")).toList();
        assertEquals(List.of(ObligationStatus.MET, ObligationStatus.CANCELLED), visits.stream().map(Obligation::status).toList());
    }

    @Test
    void overlappingPlansAndAStrayPlanEndedAreAllEvaluated() throws Exception {
        CaseRecord record = read(caseWith(
                "{\"id\": \"p1\", \"type\": \"plan-started\", \"date\": \"2026-01-05\"}",
                "{\"id\": \"p2\", \"type\": \"plan-started\", \"date\": \"2026-03-02\"}",
                "{\"id\": \"e1\", \"type\": \"plan-ended\", \"date\": \"2026-04-01\", \"reason\": \"no-longer-in-need\"}",
                "{\"id\": \"e2\", \"type\": \"plan-ended\", \"date\": \"2026-05-01\", \"reason\": \"no-longer-in-need\"}"));
        ComplianceReport report = BundledPolicies.standard().get("kent").evaluate(record, LocalDate.of(2026, 7, 1));
        // Each plan-started starts its own visits (KEN-05) and reviews (KEN-06).
        for (String rule : List.of("KEN-05", "KEN-06")) {
            for (String plan : List.of("p1", "p2")) {
                assertTrue(report.obligations().stream().anyMatch(o -> o.rule().equals(rule) && o.trigger().label().equals(plan)),
                        () -> rule + " from " + plan + ": " + report);
            }
        }
        // Both endings are checked as closures (KEN-18: no review meeting decided either).
        for (String end : List.of("e1", "e2")) {
            assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("KEN-18") && f.event().label().equals(end)),
                    () -> end + ": " + report);
        }
    }

    // ------------------------------------------------------------------------------ empty and malformed files

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "''            | the file is empty",
        "'   \n\t  '   | the file is empty",
        "'\uFEFF'      | the file is empty",
        "'[]'          | expected a JSON object with case, child and events, found a list",
        "'null'        | expected a JSON object with case, child and events, found null",
        "'\"case\"'    | expected a JSON object with case, child and events, found a string"})
    void emptyAndNonObjectFilesAreNamed(String content, String why, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), content);
        CaseFiles.Outcome outcome = CaseFiles.readOrExplain(file.toString(), 2, () -> CaseFileReader.read(file));
        assertTrue(outcome.problem().get().getMessage().endsWith(": " + why), outcome.problem().get().getMessage());
    }

    @Test
    void anEmptyObjectListsEveryMissingField() {
        CaseFileException e = CaseFiles.readOrExplain(SOURCE, 1, () -> read("{}")).problem().orElseThrow();
        assertEquals(List.of(
                SOURCE + ":1: field case: missing; every case file needs a case identifier",
                SOURCE + ":1: field child: missing; every case file needs the child's date of birth as child.born",
                SOURCE + ":1: field events: missing; every case file needs an events list (it may be empty)"),
                List.of(e.getMessage().split("\n")));
    }

    /** Issue 11: the event limit that keeps a case file within the documented heap; the most events are read. */
    @Test
    void oneEventMoreThanTheLimitIsRefusedAndTheLimitIsRead() throws CaseFileException {
        String[] events = new String[CaseFileReader.MAX_EVENTS + 1];
        for (int i = 0; i < events.length; i++) {
            events[i] = "{\"id\": \"v" + i + "\", \"type\": \"visit\", \"date\": \"2026-01-05\"}";
        }
        String refused = problem(caseWith(events));
        assertTrue(refused.startsWith(SOURCE + ":") && refused.contains("holds 20001 events; a case file holds at most 20000"),
                refused);
        assertEquals(CaseFileReader.MAX_EVENTS,
                read(caseWith(java.util.Arrays.copyOf(events, CaseFileReader.MAX_EVENTS))).events().size());
    }

    @Test
    void aCaseWithNoEventsIsReadAndEvaluated() throws CaseFileException {
        CaseRecord record = read(caseWith());
        assertEquals(0, record.events().size());
        CaseFiles.evaluateWithEveryPolicy(record);
    }

    @Test
    void nestingAHundredThousandDeepIsRefusedAtSixtyFourLevels() {
        String json = "{\"case\": \"E-1\",\n\"child\": {\"born\": \"2014-05-04\"},\n\"events\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertEquals(SOURCE + ":3: nested more than 64 deep; a case file needs four levels", problem(json));
    }

    @Test
    void invalidUtf8IsNamed(@TempDir Path dir) throws IOException {
        byte[] bytes = caseWith(visitOn("2026-01-05")).getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 20] = (byte) 0xC0;
        Path file = Files.write(dir.resolve("latin.json"), bytes);
        CaseFileException e = CaseFiles.readOrExplain(file.toString(), 9, () -> CaseFileReader.read(file)).problem().orElseThrow();
        assertEquals(file + ": is not UTF-8 text", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "99999999999999999999 | expected a whole number, found a number too large",
        "-1                   | expected zero or more, found -1",
        "1.5                  | expected a whole number, found a fraction",
        "1e2                  | expected a whole number, found a number written with a decimal point or an exponent; write it in digits only",
        "2.0                  | expected a whole number, found a number written with a decimal point or an exponent; write it in digits only",
        "1e400                | expected a whole number, found a number too large"})
    void hugeAndNegativeNumbersAreNamed(String points, String why) {
        assertEquals(SOURCE + ":5: event #0, field points: " + why,
                problem(caseWith("{\"type\": \"plan-updated\", \"date\": \"2026-01-05\", \"points\": " + points + "}")));
    }

    @Test
    void aNumberOfTwoThousandDigitsIsRefused() {
        assertEquals(SOURCE + ":5: a number or a text is too long to be part of a case file",
                problem(caseWith("{\"type\": \"plan-updated\", \"date\": \"2026-01-05\", \"points\": " + "9".repeat(2_000) + "}")));
    }

    // ------------------------------------------------------------------------------ size

    @Test
    void aFileOfExactlyTheLimitIsRead(@TempDir Path dir) throws Exception {
        String json = caseWith(visitOn("2026-01-05"));
        byte[] padded = (json + " ".repeat(CaseFileReader.MAX_FILE_BYTES - json.length())).getBytes(StandardCharsets.US_ASCII);
        assertEquals(CaseFileReader.MAX_FILE_BYTES, padded.length);
        Path file = Files.write(dir.resolve("limit.json"), padded);
        assertEquals(1, CaseFiles.readOrExplain(file.toString(), 10, () -> CaseFileReader.read(file)).record()
                .orElseThrow().events().size());
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = hundredMegabyteCase(dir);
        CaseFileException e = CaseFiles.readOrExplain(file.toString(), Integer.MAX_VALUE, () -> CaseFileReader.read(file))
                .problem().orElseThrow();
        assertEquals(file + ": too large: " + Files.size(file) + " bytes; a case file holds at most 16777216 bytes (16 MiB)",
                e.getMessage());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CinCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("check", "--policy", "kent", "--as-of", "2026-11-22", file.toString());
        assertEquals(2, status, err::toString);
        assertEquals(e.getMessage() + "\ncin: 1 of 1 case file could not be read\n", err.toString());
    }

    @Test
    void anEndlessDeviceIsRefusedAfterTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        CaseFileException e = CaseFiles.readOrExplain(zero.toString(), 1, () -> CaseFileReader.read(zero)).problem().orElseThrow();
        assertEquals("/dev/zero: too large: more than 16777216 bytes; a case file holds at most 16777216 bytes (16 MiB)",
                e.getMessage());
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        String json = caseWith(visitOn("2026-01-05"));
        String tooLong = json + " ".repeat(CaseFileReader.MAX_FILE_BYTES + 1 - json.length());
        assertEquals(SOURCE + ": too large: 16777217 characters; a case file holds at most 16777216 (16 MiB)",
                CaseFiles.readOrExplain(SOURCE, 10, () -> read(tooLong)).problem().orElseThrow().getMessage());
    }

    /** A real case of some 1.8 million visits, 100 MB, written in a second or so. */
    private static Path hundredMegabyteCase(Path dir) throws IOException {
        Path file = dir.resolve("hundred-megabytes.json");
        try (OutputStream raw = Files.newOutputStream(file);
                BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("{\"case\": \"BIG-1\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": [\n");
            out.write("{\"id\": \"p1\", \"type\": \"plan-started\", \"date\": \"2020-01-06\"}");
            LocalDate day = LocalDate.of(2020, 1, 7);
            long written = 0;
            for (int i = 0; written < 100_000_000L; i++) {
                String event = ",\n{\"type\": \"visit\", \"date\": \"" + day.plusDays(i % 20_000) + "\"}";
                out.write(event);
                written += event.length();
            }
            out.write("\n]}\n");
        }
        return file;
    }
}
