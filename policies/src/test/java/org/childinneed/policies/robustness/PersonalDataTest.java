package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.cli.CinCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data in a case file (free text such as a rationale, and any field the contract does not
 * know: a name, notes, an address) never leaves the engine: not in an exception message, a log
 * record, standard output or error, or a report in any format, on every path a case file can take,
 * good or bad. Ids and dates are not personal data and may be shown; a policy script's own text is
 * the author's, not case data, and diagnostics quote it.
 */
class PersonalDataTest {

    static final String SENTINEL = "ZZSENTINEL-Jane-Doe-07700900123";
    /** Parts of the sentinel, any of which showing up would be a leak. */
    static final List<String> PARTS = List.of(SENTINEL, "ZZSENTINEL", "Jane-Doe", "07700900123");

    /** A valid case holding the sentinel in every free-text and unknown field. */
    static final String CASE = """
            {
              "case": "P-1", "name": "%1$s", "address": "%1$s", "notes": ["%1$s"],
              "child": {"born": "2014-05-04", "disabled": false, "name": "%1$s", "nhsNumber": "%1$s"},
              "events": [
                {"id": "r1", "type": "referral", "date": "2026-01-02", "notes": "%1$s"},
                {"id": "a1", "type": "assessment-completed", "date": "2026-01-05", "outcome": "in-need", "summary": "%1$s"},
                {"id": "p1", "type": "plan-started", "date": "2026-01-20", "origin": "assessment", "worker": "%1$s"},
                {"id": "m1", "type": "meeting", "date": "2026-01-20", "meeting": "initial", "chair": "senior-practitioner",
                 "attendees": ["%1$s"], "minutes": {"text": "%1$s"}},
                {"id": "s1", "type": "supervision", "date": "2026-02-02", "kind": "case", "by": "team-manager", "notes": "%1$s"},
                {"id": "d1", "type": "management-decision", "date": "2026-03-01", "about": "closure-rationale",
                 "by": "team-manager", "rationale": "%1$s"},
                {"id": "e1", "type": "plan-ended", "date": "2026-03-02", "reason": "no-longer-in-need", "summary": "%1$s"}
              ]
            }
            """.formatted(SENTINEL);

    /** Case files that cannot be read, each with the sentinel where an error is reported. */
    static final Map<String, String> BAD_CASES = badCases();

    private static Map<String, String> badCases() {
        String s = SENTINEL;
        String head = "{\"case\": \"P-2\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": [";
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("type", head + "{\"type\": \"" + s + "\", \"date\": \"2026-01-05\"}]}");
        bad.put("date", head + "{\"type\": \"visit\", \"date\": \"" + s + "\"}]}");
        bad.put("chair", head + "{\"type\": \"meeting\", \"date\": \"2026-01-05\", \"meeting\": \"initial\", \"chair\": \"" + s + "\"}]}");
        bad.put("lower-case chair", head + "{\"type\": \"meeting\", \"date\": \"2026-01-05\", \"meeting\": \"initial\", \"chair\": \""
                + s.toLowerCase(java.util.Locale.ROOT) + "\"}]}");
        bad.put("phone number as a code", head + "{\"type\": \"assessment-completed\", \"date\": \"2026-01-05\", \"outcome\": \"07700900123\"}]}");
        bad.put("elements", head + "{\"type\": \"plan-updated\", \"date\": \"2026-01-05\", \"elements\": [\"" + s + "\"]}]}");
        bad.put("points", head + "{\"type\": \"plan-updated\", \"date\": \"2026-01-05\", \"points\": \"" + s + "\"}]}");
        bad.put("notified", head + "{\"type\": \"moved-in\", \"date\": \"2026-01-05\", \"notified\": \"" + s + "\"}]}");
        bad.put("rationale of the wrong type", head + "{\"type\": \"management-decision\", \"date\": \"2026-01-05\", \"rationale\": [\""
                + s + "\"]}, {\"type\": \"visit\"}]}");
        bad.put("born", "{\"case\": \"P-2\", \"child\": {\"born\": \"" + s + "\"}, \"events\": []}");
        bad.put("disabled", "{\"case\": \"P-2\", \"child\": {\"born\": \"2014-05-04\", \"disabled\": \"" + s + "\"}, \"events\": []}");
        bad.put("child", "{\"case\": \"P-2\", \"child\": \"" + s + "\", \"events\": []}");
        bad.put("event", head + "\"" + s + "\"]}");
        bad.put("events", "{\"case\": \"P-2\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": \"" + s + "\"}");
        bad.put("top level", "\"" + s + "\"");
        bad.put("unquoted", head + "{\"type\": \"visit\", \"date\": \"2026-01-05\", \"notes\": " + s + "}]}");
        bad.put("duplicate field name", head + "{\"type\": \"visit\", \"date\": \"2026-01-05\", \"" + s + "\": 1, \"" + s + "\": 2}]}");
        bad.put("bad escape", head + "{\"type\": \"visit\", \"date\": \"2026-01-05\", \"notes\": \"" + s + "\\q\"}]}");
        bad.put("control character", head + "{\"type\": \"visit\", \"date\": \"2026-01-05\", \"notes\": \"" + s + "\u0001\"}]}");
        bad.put("cut short", head + "{\"type\": \"visit\", \"date\": \"2026-01-05\", \"notes\": \"" + s);
        bad.put("trailing content", CASE.strip() + " \"" + s + "\"");
        bad.put("comment", "/* " + s + " */" + CASE);
        bad.put("number", head + "{\"type\": \"plan-updated\", \"date\": \"2026-01-05\", \"points\": 07700900123}]}");
        bad.put("missing date", head + "{\"type\": \"management-decision\", \"rationale\": \"" + s + "\"}]}");
        return bad;
    }

    private static void assertNoSentinel(String where, String text) {
        for (String part : PARTS) {
            assertFalse(text.contains(part), () -> where + " shows personal data:\n" + text);
        }
    }

    /** What {@code cin} printed and its exit status. */
    private record Run(int status, String out, String err, String leaked) {
    }

    private static Run cin(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] status = new int[1];
        String leaked = Capture.of(() -> status[0] = CinCommand.commandLine().setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args));
        Run run = new Run(status[0], out.toString(), err.toString(), leaked);
        assertNoSentinel("cin " + String.join(" ", args), run.out() + run.err() + run.leaked());
        return run;
    }

    @Test
    void everyReaderErrorWithholdsTheFreeText(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> bad : BAD_CASES.entrySet()) {
            Path file = Files.writeString(dir.resolve("bad.json"), bad.getValue());
            List<CaseFileException> problems = new ArrayList<>();
            String leaked = Capture.of(() -> {
                problems.add(CaseFiles.readOrExplain(file.toString(), 40, () -> CaseFileReader.read(file)).problem()
                        .orElseThrow(() -> new AssertionError(bad.getKey() + ": read")));
                problems.add(CaseFiles.readOrExplain("bad.json", 40, () -> CaseFileReader.parse("bad.json", bad.getValue()))
                        .problem().orElseThrow());
                try {
                    var tree = json.readTree(bad.getValue());
                    // a tree holds the first JSON value only, so some bad texts give a good tree
                    CaseFiles.readOrExplain("tree", 40, () -> org.childinneed.policies.casefile.CaseTreeReader.read("tree", org.childinneed.policies.internal.json.LocatedJson.ofTree(tree))).problem()
                            .ifPresent(problems::add);
                } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                    // only the text paths apply
                }
            });
            assertNoSentinel(bad.getKey() + " (logs and output)", leaked);
            for (CaseFileException e : problems) {
                assertNoSentinel(bad.getKey(), e.getMessage());
                e.problems().forEach(p -> assertNoSentinel(bad.getKey(), p.toString()));
            }
        }
    }

    @Test
    void theReaderErrorsNameWhatIsWrongWithoutTheValue() {
        String lower = BAD_CASES.get("lower-case chair");
        CaseFileException e = CaseFiles.readOrExplain("bad.json", 1, () -> CaseFileReader.parse("bad.json", lower)).problem()
                .orElseThrow();
        assertTrue(e.getMessage().startsWith("bad.json:1: event #0, field chair: not a known role; expected one of: "),
                e.getMessage());
    }

    @Test
    void reportsInEveryFormatWithholdTheFreeText(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("case.json"), CASE);
        assertEquals(7, CaseFileReader.read(file).events().size(), "the case is readable");
        for (String policy : BundledPolicies.standard().ids()) {
            for (String format : List.of("text", "json", "html")) {
                Run run = cin("check", "--policy", policy, "--as-of", "2026-06-01", "--format", format, file.toString());
                assertTrue(run.status() <= 1 && !run.out().isEmpty(), () -> policy + " " + format + ": " + run);
            }
            Run explain = cin("explain", "--policy", policy, "--as-of", "2026-06-01", file.toString());
            assertTrue(explain.status() <= 1 && !explain.out().isEmpty(), explain::toString);
        }
        Path html = dir.resolve("report.html");
        cin("check", "--policy", "kent", "--as-of", "2026-06-01", "--format", "html", "-o", html.toString(), file.toString());
        assertNoSentinel("report.html", Files.readString(html));
    }

    @Test
    void everyCommandLineErrorPathWithholdsTheFreeText(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        int n = 0;
        for (String bad : BAD_CASES.values()) {
            files.add(Files.writeString(dir.resolve("bad-" + n++ + ".json"), bad).toString());
        }
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, CASE.replace("Jane", "J\u00e9ne").getBytes(StandardCharsets.ISO_8859_1));
        files.add(latin1.toString());
        for (String command : List.of("check", "explain")) {
            for (String format : command.equals("check") ? List.of("text", "json", "html") : List.of("text")) {
                List<String> args = new ArrayList<>(List.of(command, "--policy", "kent", "--as-of", "2026-06-01"));
                if (command.equals("check")) {
                    args.addAll(List.of("--format", format));
                }
                args.addAll(files);
                Run run = cin(args.toArray(String[]::new));
                assertEquals(2, run.status(), run::toString);
                assertTrue(run.err().endsWith("cin: " + files.size() + " of " + files.size() + " case files could not be read\n"),
                        run::err);
            }
        }
    }

    @Test
    void scenariosWithholdTheFreeTextOfTheirCase(@TempDir Path dir) throws Exception {
        String passing = """
                {"scenario": "a plan ended with a rationale", "pins": ["KEN-04"], "policy": "kent", "asOf": "2026-06-01",
                 "case": %s,
                 "expect": {"findings": [{"rule": "KEN-04", "kind": "chair-not-permitted", "event": "m1"}]}}
                """.formatted(CASE);
        String failing = passing.replace("\"event\": \"m1\"", "\"event\": \"m1\", \"date\": \"2026-01-21\"");
        String broken = passing.replace("\"date\": \"2026-03-01\"", "\"date\": \"" + SENTINEL + "\"");
        Files.writeString(dir.resolve("1-passing.json"), passing);
        Files.writeString(dir.resolve("2-failing.json"), failing);
        Files.writeString(dir.resolve("3-broken.json"), broken);
        Run run = cin("test", dir.toString());
        assertTrue(run.out().endsWith("Tests run: 3, Failures: 1, Errors: 1, Skipped: 0\n1 passed, 2 failed\n"), run::out);
        assertEquals(2, run.status(), run::toString);
    }

    @Test
    void aPolicyScriptsOwnTextIsNotCaseDataAndIsQuotedInDiagnostics(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("own.cin"), """
                policy own "Own policy"
                  version "1"
                  source "own.txt"
                rule OWN-01 "%s"
                  cite "s"
                  finding chair-not-permitted
                    for each meeting
                    unless chair is team-manger   # %s
                """.formatted(SENTINEL, SENTINEL));
        StringWriter err = new StringWriter();
        int status = CinCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("lint", script.toString());
        assertEquals(2, status);
        assertTrue(err.toString().contains("unless chair is team-manger   # " + SENTINEL), err::toString);
    }
}
