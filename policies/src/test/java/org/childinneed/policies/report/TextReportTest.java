package org.childinneed.policies.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static List<String> tableLines(String text, String heading) {
        List<String> lines = text.lines().toList();
        int start = lines.indexOf(heading) + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void obligationsAreAnAlignedTableByDueDate() {
        String text = TextReport.render(SampleReports.everyStatus(), Style.PLAIN);
        List<String> rows = tableLines(text, "Obligations");
        assertEquals(6, rows.size(), text);
        int status = rows.get(0).indexOf("STATUS");
        int rule = rows.get(0).indexOf("RULE");
        for (String row : rows.subList(1, rows.size())) {
            assertEquals(' ', row.charAt(status - 1), row);
            assertTrue(row.substring(rule).matches("(KEN|SEF)-\\d\\d .*"), row);
        }
        assertTrue(rows.get(1).startsWith("  2027-01-07  met "), rows.get(1));
        assertTrue(rows.get(3).contains("overdue") && rows.get(3).endsWith("13 days overdue"), rows.get(3));
        assertTrue(rows.get(2).endsWith("met-late   KEN-10  minutes         m1 2027-01-06  #7 2027-02-01"), rows.get(2));
    }

    @Test
    void findingsAndSourcesAreListed() {
        String text = TextReport.render(SampleReports.contractExample(), Style.PLAIN);
        List<String> findings = tableLines(text, "Findings");
        assertEquals(2, findings.size());
        assertTrue(findings.get(1).contains("KEN-04  chair-not-permitted  m1     initial meeting chaired by"), findings.get(1));
        assertTrue(text.contains("KEN-01  kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting"), text);
        assertTrue(text.contains("1 obligation (1 met late), 1 finding: needs attention"), text);
    }

    @Test
    void anEmptyReportSaysSo() {
        String text = TextReport.render(SampleReports.empty(), Style.PLAIN);
        assertTrue(text.contains("0 obligations, 0 findings: nothing overdue, no findings"), text);
        assertEquals(List.of("  none"), tableLines(text, "Obligations"));
    }

    @Test
    void colourOnlyWhenAsked() {
        String plain = TextReport.render(SampleReports.everyStatus(), Style.PLAIN);
        String colour = TextReport.render(SampleReports.everyStatus(), Style.COLOUR);
        assertFalse(plain.contains("\u001b["));
        assertTrue(colour.contains("\u001b[1m\u001b[31moverdue"), colour);
        assertEquals(plain, colour.replaceAll("\u001b\\[[0-9;]*m", ""));
    }
}
