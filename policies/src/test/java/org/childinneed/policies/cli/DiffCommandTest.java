package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cin diff} on a folder of cases whose changes were worked out by hand (each file's
 * {@code note}): Kent's KEN-01 ("an initial CIN meeting within 10 working days") against an
 * illustrative revision allowing 15.
 */
class DiffCommandTest {

    private static final String REVISED = Cin.example("diff/kent-revised.cin");
    private static final String CASES = Cin.example("diff/kent");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void revisingKen01ChangesTheTwoCasesWithAnInitialMeetingDue() throws Exception {
        Cin.Run run = Cin.run("diff", "--policy", "kent", "--policy", REVISED, "--as-of", "2027-01-25",
                "--format", "json", CASES);
        assertEquals(1, run.status(), run.err());
        JsonNode diff = JSON.readTree(run.out());
        assertEquals(3, diff.get("casesCompared").asInt());
        assertEquals(2, diff.get("casesChanged").asInt());
        JsonNode late = diff.get("cases").get(0);
        assertEquals("K-DIFF-1", late.get("case").asText());
        assertEquals(1, late.get("obligations").size());
        JsonNode change = late.get("obligations").get(0);
        assertEquals("KEN-01", change.get("rule").asText());
        assertEquals("changed", change.get("change").asText());
        assertEquals("2027-01-21", change.get("old").get("due").asText());
        assertEquals("met-late", change.get("old").get("status").asText());
        assertEquals("2027-01-28", change.get("new").get("due").asText());
        assertEquals("met", change.get("new").get("status").asText());
        JsonNode open = diff.get("cases").get(1).get("obligations").get(0);
        assertEquals("overdue", open.get("old").get("status").asText());
        assertEquals("open", open.get("new").get("status").asText());
        JsonNode rules = diff.get("rules");
        assertEquals(1, rules.size());
        assertEquals("KEN-01", rules.get(0).get("rule").asText());
        assertEquals(2, rules.get(0).get("dueLater").asInt());
        assertEquals(1, rules.get(0).get("statusChanges").get("met-late -> met").asInt());
        assertEquals(1, rules.get(0).get("statusChanges").get("overdue -> open").asInt());
    }

    @Test
    void textAndCsvSayTheSame(@TempDir Path dir) throws Exception {
        Cin.Run text = Cin.run("diff", "--policy", "kent", "--policy", REVISED, "--as-of", "2027-01-25", CASES);
        assertTrue(text.out().contains("KEN-01  changed  initial-meeting  a1 2027-01-07  due 2027-01-21, met-late by m1"
                + "  due 2027-01-28, met by m1"), text.out());
        assertTrue(text.out().contains("Per rule: 2 of 3 cases change"), text.out());
        Path counts = dir.resolve("counts.csv");
        Cin.Run csv = Cin.run("diff", "--policy", "kent", "--policy", REVISED, "--as-of", "2027-01-25",
                "--format", "csv", "--counts", counts.toString(), CASES);
        List<String> rows = csv.out().lines().toList();
        assertEquals(3, rows.size(), csv.out());
        assertEquals("K-DIFF-1,KEN-01,changed,initial-meeting,a1,2027-01-07,2027-01-21,met-late,m1,2027-01-28,met,m1,",
                rows.get(1));
        assertEquals("K-DIFF-2,KEN-01,changed,initial-meeting,a1,2027-01-07,2027-01-21,overdue,,2027-01-28,open,,",
                rows.get(2));
        assertEquals(List.of("rule,appeared,disappeared,changed,dueEarlier,dueLater,findingsAdded,findingsRemoved,statusChanges",
                "KEN-01,0,0,2,0,2,0,0,met-late -> met: 1; overdue -> open: 1"), Files.readAllLines(counts));
    }

    @Test
    void identicalPoliciesChangeNothing() {
        Cin.Run same = Cin.run("diff", "--policy", "kent", "--policy", "kent", "--as-of", "2027-01-25", CASES);
        assertEquals(0, same.status(), same.err());
        assertTrue(same.out().endsWith("No changes: 3 cases judged alike by both policies\n"), same.out());
        Cin.Run editions = Cin.run("diff", "--policy", "working-together@2018", "--policy", "working-together@2023",
                "--as-of", "2027-03-01", Cin.example("kent"), CASES);
        assertEquals(0, editions.status(), editions.err());
        assertTrue(editions.out().contains("No changes: 7 cases"), editions.out());
    }

    @Test
    void itNeedsTwoPoliciesAndKnownVersions() {
        Cin.Run one = Cin.run("diff", "--policy", "kent", CASES);
        assertEquals(2, one.status());
        assertTrue(one.err().contains("give --policy twice"), one.err());
        Cin.Run unknown = Cin.run("diff", "--policy", "working-together@2019", "--policy", "kent", CASES);
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("policy 'working-together' has no version '2019'; its versions: 2018, 2023"),
                unknown.err());
    }
}
