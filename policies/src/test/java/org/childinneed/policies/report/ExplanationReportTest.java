package org.childinneed.policies.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExplanationReportTest {

    @Test
    void eachObligationShowsItsTriggerComputationAndOutcome() {
        String text = ExplanationReport.render(SampleReports.contractExample(), Style.PLAIN);
        assertTrue(text.contains("KEN-01 initial-meeting  met-late, due Tue 5 Jan 2027\n"
                + "  trigger:   assessment-completed a1 on Thu 17 Dec 2026 with outcome in-need\n"
                + "  due date:  10 working days after Thu 17 Dec 2026, skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan\n"
                + "  outcome:   met by m1 on Wed 6 Jan 2027, 1 working day late\n"
                + "  source:    kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting\n"), text);
        assertTrue(text.contains("KEN-04 chair-not-permitted on m1, Wed 6 Jan 2027"), text);
    }

    @Test
    void aCaseWithoutObligationsSaysSo() {
        assertTrue(ExplanationReport.render(SampleReports.empty(), Style.PLAIN).contains("No obligations."));
    }
}
