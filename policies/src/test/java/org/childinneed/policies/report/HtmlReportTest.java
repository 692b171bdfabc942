package org.childinneed.policies.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.NotInForce;
import org.childinneed.model.compliance.PolicyVersion;
import org.childinneed.model.event.EventRef;
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
        assertEquals(count(PAGE, "url\\("), count(PAGE, "url\\(#hatch-(late|overdue)-(\\d+|key)\\)"), "only local fills");
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
        assertEquals(1 + 3, count(PAGE, "<path class=\"met-mark\""), "the key's, and one where each was met");
        assertTrue(PAGE.contains("id=\"hatch-late-0\"") && PAGE.contains("id=\"hatch-late-1\""), "ids unique per case");
    }

    @Test
    void findingsAndExplanationsAreShown() {
        assertTrue(PAGE.contains("initial meeting chaired by senior-practitioner; permitted: team-manager"));
        assertTrue(PAGE.contains("10 working days after Thu 17 Dec 2026, skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan"));
        assertTrue(PAGE.contains("13 days overdue"));
        assertTrue(PAGE.contains("No obligations arise from this case"));
    }

    @Test
    void theKeyShowsEachBarColourAndMarkTheTimelinesDraw() {
        String key = PAGE.substring(PAGE.indexOf("<p class=\"legend\">"), PAGE.indexOf("</header>"));
        for (String status : List.of("met", "open", "overdue", "cancelled")) {
            assertTrue(key.contains("<g class=\"" + status + "\"><rect class=\"bar\""), status);
        }
        for (String mark : List.of("<circle class=\"trigger\"", "<line class=\"due\"", "<path class=\"met-mark\"",
                "<g class=\"finding\">", "<line class=\"asof\"", "bar window", "class=\"late\" fill=\"url(#hatch-late-key)\"",
                "class=\"overdue-stretch\" fill=\"url(#hatch-overdue-key)\"")) {
            assertTrue(key.contains(mark), mark);
            assertTrue(PAGE.substring(PAGE.indexOf("</header>")).contains(mark.replace("-key)\"", "-").replace("bar window", "class=\"bar")),
                    "drawn in a timeline too: " + mark);
        }
    }

    @Test
    void whatNoVersionWasInForceForIsListedAsNotJudged() {
        PolicyVersion first = new PolicyVersion("working-together", "2018", Optional.of(LocalDate.of(2018, 7, 4)));
        ComplianceReport report = new ComplianceReport("K-0004", "kent", LocalDate.of(2018, 9, 1), List.of(), List.of(),
                List.of(new NotInForce("WT-01", EventRef.of(0, "r1"), LocalDate.of(2018, 6, 1), first)));
        String page = HtmlReport.render(List.of(report), Optional.of(SampleReports.KENT));
        assertTrue(page.contains("<h3>Not judged: no version in force</h3>"));
        assertTrue(page.contains("<tr><td class=\"date\">2018-06-01</td><td class=\"rule\">WT-01</td><td>"
                + EventRef.of(0, "r1").label() + "</td><td>before working-together 2018 took effect on 2018-07-04</td></tr>"),
                page.substring(page.indexOf("<h3>Not judged")));
    }
}
