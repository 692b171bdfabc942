package org.childinneed.policies.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String PAGE = HtmlReport.render(
            List.of(SampleReports.contractExample(), SampleReports.everyStatus(), SampleReports.empty()),
            Optional.of(SampleReports.KENT));

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void thePageIsSelfContained() {
        assertTrue(PAGE.startsWith("<!DOCTYPE html>"));
        assertFalse(PAGE.contains("http"), "no external references");
        assertFalse(PAGE.contains("<script"));
        assertFalse(PAGE.contains("<link"));
        assertFalse(PAGE.contains("@import"));
        assertFalse(PAGE.matches("(?s).*\\ssrc=.*"));
        assertEquals(count(PAGE, "url\\("), count(PAGE, "url\\(#hatch-(late|overdue)-\\d+\\)"), "only local fills");
    }

    @Test
    void everythingFromTheReportIsEscaped() {
        assertTrue(PAGE.contains("Case K-0002 &lt;b&gt;"));
        assertFalse(PAGE.contains("K-0002 <b>"));
        assertTrue(PAGE.contains("4.1 &lt;Reviews&gt; &amp; &quot;more&quot;"));
        assertTrue(PAGE.contains("Kent CIN plans &amp; meetings"));
    }

    @Test
    void eachCaseHasATimelineWithABarPerObligationAndOverdueInRed() {
        assertEquals(2, count(PAGE, "<svg class=\"timeline\""), "the empty case has no timeline");
        assertEquals(6, count(PAGE, "<g class=\"row "));
        assertEquals(1, count(PAGE, "<g class=\"row overdue\">"));
        assertEquals(1, count(PAGE, "<tr class=\"overdue\">"));
        assertTrue(PAGE.contains("--overdue: #c62828") && PAGE.contains(".overdue .bar { fill: var(--overdue); }"));
        assertEquals(1 + 3, count(PAGE, "<path class=\"met-mark\""), "the legend's, and one where each was met");
        assertTrue(PAGE.contains("id=\"hatch-late-0\"") && PAGE.contains("id=\"hatch-late-1\""), "ids unique per case");
    }

    @Test
    void findingsAndExplanationsAreShown() {
        assertTrue(PAGE.contains("initial meeting chaired by senior-practitioner; permitted: team-manager"));
        assertTrue(PAGE.contains("10 working days after Thu 17 Dec 2026, skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan"));
        assertTrue(PAGE.contains("13 days overdue"));
        assertTrue(PAGE.contains("No obligations arise from this case"));
    }
}
