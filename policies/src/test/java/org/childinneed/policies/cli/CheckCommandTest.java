package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.childinneed.policies.cli.Cin.Run;
import org.childinneed.policies.report.JsonFieldNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cin check} end to end on the Kent examples. Expected dates are computed by hand from
 * kent.txt and the England and Wales bank holidays (noted beside each).
 */
class CheckCommandTest {

    private static final String CHRISTMAS = Cin.example("kent/initial-meeting-over-christmas.json");
    private static final String STEP_DOWN = Cin.example("kent/step-down-from-child-protection.json");
    private static final String AS_OF = "2026-11-22";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCompliantCaseExitsWith0() {
        // KEN-01: 10 working days after Wed 17 Dec 2025 skip 25 Dec, 26 Dec and 1 Jan: Mon 5 Jan 2026;
        // the meeting on Tue 6 Jan is late, which is not a finding and not overdue.
        Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, CHRISTMAS);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Case K-1001  policy kent, as of Sun 22 Nov 2026\n"), run.out());
        assertTrue(run.out().contains("  2026-01-05  met-late   KEN-01  initial-meeting     a1 2025-12-17  m1 2026-01-06\n"), run.out());
        assertTrue(run.out().contains("nothing overdue, no findings"), run.out());
    }

    @Test
    void aCaseWithAFindingAndOverdueItemsExitsWith1() {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, STEP_DOWN);
        assertEquals(1, run.status(), run.err());
        // KEN-04: the first meeting after step-down must be chaired by a team manager.
        assertTrue(run.out().contains("2026-03-05  KEN-04  chair-not-permitted  m1     initial meeting chaired by senior-practitioner"),
                run.out());
        // KEN-09: 5 working days after Thu 5 Mar 2026 is Thu 12 Mar; no plan-authorised at all.
        assertTrue(run.out().contains("  2026-03-12  overdue   KEN-09  plan-authorisation  m1 2026-03-05  255 days overdue\n"),
                run.out());
        // KEN-08: 1 working day after Thu 5 Mar is Fri 6 Mar; the note came on Mon 9 Mar.
        assertTrue(run.out().contains("  2026-03-06  met-late  KEN-08  case-note           m1 2026-03-05  n1 2026-03-09\n"),
                run.out());
    }

    @Test
    void theAsOfDateHidesLaterEvents() {
        // As of Fri 6 Mar 2026 the authorisation (due Thu 12 Mar) is still open and the late note not yet written.
        Run run = Cin.run("check", "--policy", "kent", "--as-of", "2026-03-06", STEP_DOWN);
        assertTrue(run.out().contains("  2026-03-12  open    KEN-09  plan-authorisation  m1 2026-03-05  6 days left\n"),
                run.out());
        assertTrue(run.out().contains("  2026-03-06  open    KEN-08  case-note           m1 2026-03-05  due today\n"), run.out());
        assertFalse(run.out().contains("n1 2026-03-09"), run.out());
        assertEquals(1, run.status(), "the chair finding stands");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, "--format", "json", CHRISTMAS);
        assertEquals(0, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        // notRequired: an extension, present when a rule's condition lifted something (here KEN-12, not disabled).
        assertEquals(List.of("case", "policy", "asOf", "obligations", "findings", "notRequired"), JsonFieldNames.of(report));
        for (JsonNode n : report.get("notRequired")) {
            assertEquals(List.of("rule", "kind", "trigger", "triggerDate", "explanation", "cite"), JsonFieldNames.of(n));
            assertTrue(n.get("explanation").asText().startsWith("not required, because "), n.toString());
        }
        assertEquals("K-1001", report.get("case").asText());
        assertEquals("kent", report.get("policy").asText());
        assertEquals(AS_OF, report.get("asOf").asText());
        JsonNode initial = null;
        for (JsonNode o : report.get("obligations")) {
            assertEquals(List.of("rule", "kind", "trigger", "triggerDate", "earliest", "due", "status", "satisfiedBy",
                    "satisfiedOn", "cite", "severity", "explanation", "version"), JsonFieldNames.of(o));
            if (o.get("rule").asText().equals("KEN-01")) {
                initial = o;
            }
        }
        assertEquals("initial-meeting", initial.get("kind").asText());
        assertEquals("a1", initial.get("trigger").asText());
        assertEquals("2026-01-05", initial.get("due").asText());
        assertEquals("met-late", initial.get("status").asText());
        assertEquals("m1", initial.get("satisfiedBy").asText());
        assertTrue(initial.get("earliest").isNull());
        assertEquals("kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting", initial.get("cite").asText());
    }

    @Test
    void severalFilesGiveAJsonArrayInArgumentOrder() throws Exception {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, "--format", "json", STEP_DOWN, CHRISTMAS);
        assertEquals(1, run.status());
        JsonNode reports = JSON.readTree(run.out());
        assertTrue(reports.isArray());
        assertEquals(List.of("K-1002", "K-1001"), List.of(reports.get(0).get("case").asText(), reports.get(1).get("case").asText()));
        JsonNode finding = reports.get(0).get("findings").get(0);
        assertEquals(List.of("rule", "kind", "event", "date", "message", "cite", "severity", "version"), JsonFieldNames.of(finding));
        assertEquals("chair-not-permitted", finding.get("kind").asText());
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, "--format", "html", STEP_DOWN, CHRISTMAS);
        assertEquals(1, run.status());
        String page = run.out();
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertFalse(page.contains("http"), "no external resources");
        assertFalse(page.contains("<script") || page.contains("<link") || page.contains(" src="));
        assertEquals(2, page.split("<svg class=\"timeline\"", -1).length - 1);
        assertEquals(3, page.split("<g class=\"row overdue\">", -1).length - 1, "KEN-09, KEN-05 and KEN-06 overdue");
        assertTrue(page.contains("Kent Child in Need plans and meetings"));
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColourOrWhenAsked() {
        String[] args = {"check", "--policy", "kent", "--as-of", AS_OF, STEP_DOWN};
        assertFalse(Cin.run(new Terminal(false, false), args).out().contains("\u001b["), "not a terminal");
        assertTrue(Cin.run(new Terminal(true, false), args).out().contains("\u001b[31m"), "a terminal");
        assertFalse(Cin.run(new Terminal(true, true), args).out().contains("\u001b["), "NO_COLOR");
        String[] forced = {"check", "--color", "--policy", "kent", "--as-of", AS_OF, STEP_DOWN};
        assertTrue(Cin.run(new Terminal(false, true), forced).out().contains("\u001b["), "--color");
        String[] off = {"check", "--no-colour", "--policy", "kent", "--as-of", AS_OF, STEP_DOWN};
        assertFalse(Cin.run(new Terminal(true, false), off).out().contains("\u001b["), "--no-colour");
    }

    @Test
    void theReportCanGoToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        Run run = Cin.run(new Terminal(true, false), "check", "--policy", "kent", "--as-of", AS_OF, "-f", "HTML",
                "-o", file.toString(), CHRISTMAS);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(file).contains("Case K-1001"));
    }

    @Test
    void aDirectoryMeansEveryCaseFileInIt() {
        Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, Cin.example("kent"));
        assertEquals(1, run.status(), run.err());
        assertEquals(4, run.out().split("\nCase K-|^Case K-", -1).length - 1, run.out());
        assertTrue(run.out().endsWith("4 cases: 2 need attention, 2 with nothing overdue and no findings\n"), run.out());
    }

    @Test
    void explainGivesTheComputationOfEachDueDate() {
        Run run = Cin.run("explain", "--policy", "kent", "--as-of", AS_OF, CHRISTMAS);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("KEN-01 initial-meeting  met-late, due Mon 5 Jan 2026\n"
                + "  trigger:   assessment-completed a1 on Wed 17 Dec 2025 with outcome in-need\n"
                + "  due date:  10 working days after Wed 17 Dec 2025, skipping Thu 25 Dec, Fri 26 Dec and Thu 1 Jan: Mon 5 Jan 2026\n"
                + "  outcome:   met by meeting m1 on Tue 6 Jan 2026, 1 working day late\n"), run.out());
        assertEquals(1, Cin.run("explain", "--policy", "kent", "--as-of", AS_OF, STEP_DOWN).status());
    }
}
