package org.childinneed.model.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.event.EventRef;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {

    private static final Citation CITE = Citation.of("kent.txt", "5. Child in Need Meetings");
    private static final Explanation WHY = new Explanation("trigger", "computation", "resolution");
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    private static Obligation open(String rule, String due, int triggerIndex, String triggerDate) {
        return new Obligation(rule, ObligationKind.INITIAL_MEETING, EventRef.at(triggerIndex), LocalDate.parse(triggerDate),
                Optional.empty(), LocalDate.parse(due), ObligationStatus.OPEN, Optional.empty(), Optional.empty(), CITE, WHY);
    }

    private static Obligation overdue(String rule, String due) {
        return new Obligation(rule, ObligationKind.VISIT, EventRef.at(0), LocalDate.parse("2027-01-01"),
                Optional.empty(), LocalDate.parse(due), ObligationStatus.OVERDUE, Optional.empty(), Optional.empty(), CITE, WHY);
    }

    private static Finding finding(String rule, String date, int index, String message) {
        return new Finding(rule, FindingKind.CHAIR_NOT_PERMITTED, EventRef.at(index), LocalDate.parse(date), message, CITE);
    }

    @Test
    void obligations_are_sorted_by_due_date_then_rule() {
        Obligation b = open("KEN-02", "2027-01-05", 0, "2026-12-17");
        Obligation a = open("KEN-01", "2027-01-05", 0, "2026-12-17");
        Obligation early = open("KEN-09", "2027-01-04", 0, "2026-12-17");
        Obligation lateTrigger = open("KEN-01", "2027-01-05", 0, "2026-12-18");
        Obligation laterInFile = open("KEN-01", "2027-01-05", 3, "2026-12-18");
        ComplianceReport report = new ComplianceReport("K-0001", "kent", AS_OF,
                List.of(laterInFile, b, lateTrigger, a, early), List.of());
        assertEquals(List.of(early, a, lateTrigger, laterInFile, b), report.obligations());
    }

    @Test
    void findings_are_sorted_by_date_then_rule() {
        Finding later = finding("KEN-01", "2027-01-07", 0, "m");
        Finding ruleB = finding("KEN-04", "2027-01-06", 0, "m");
        Finding ruleA = finding("KEN-03", "2027-01-06", 2, "m");
        Finding ruleAFirstInFile = finding("KEN-03", "2027-01-06", 1, "z");
        ComplianceReport report = new ComplianceReport("K-0001", "kent", AS_OF, List.of(),
                List.of(later, ruleB, ruleA, ruleAFirstInFile));
        assertEquals(List.of(ruleAFirstInFile, ruleA, ruleB, later), report.findings());
    }

    @Test
    void a_report_is_compliant_with_nothing_overdue_and_no_findings() {
        assertTrue(new ComplianceReport("K-0001", "kent", AS_OF, List.of(open("KEN-01", "2027-03-05", 0, "2027-02-20")),
                List.of()).isCompliant());
        ComplianceReport overdue = new ComplianceReport("K-0001", "kent", AS_OF, List.of(overdue("KEN-07", "2027-02-01")),
                List.of());
        assertTrue(overdue.hasOverdue());
        assertFalse(overdue.isCompliant());
        assertFalse(new ComplianceReport("K-0001", "kent", AS_OF, List.of(),
                List.of(finding("KEN-04", "2027-01-06", 1, "m"))).isCompliant());
    }

    @Test
    void an_obligation_is_met_exactly_when_something_satisfied_it() {
        assertThrows(IllegalArgumentException.class, () -> new Obligation("KEN-01", ObligationKind.INITIAL_MEETING,
                EventRef.at(0), AS_OF, Optional.empty(), AS_OF, ObligationStatus.MET, Optional.empty(), Optional.empty(),
                CITE, WHY));
        assertThrows(IllegalArgumentException.class, () -> new Obligation("KEN-01", ObligationKind.INITIAL_MEETING,
                EventRef.at(0), AS_OF, Optional.empty(), AS_OF, ObligationStatus.OPEN, Optional.of(EventRef.at(1)),
                Optional.of(AS_OF), CITE, WHY));
    }
}
