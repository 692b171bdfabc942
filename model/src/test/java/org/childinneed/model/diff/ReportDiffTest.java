package org.childinneed.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.PolicyVersion;
import org.childinneed.model.event.EventRef;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 2, 1);
    private static final Explanation WHY = new Explanation("t", "c", "r");

    private static Obligation obligation(String rule, int trigger, String due, ObligationStatus status, String cite) {
        boolean met = status == ObligationStatus.MET || status == ObligationStatus.MET_LATE;
        return new Obligation(rule, ObligationKind.INITIAL_MEETING, EventRef.of(trigger, "a" + trigger),
                LocalDate.of(2027, 1, 7), Optional.empty(), LocalDate.parse(due), status,
                met ? Optional.of(EventRef.of(9, "m1")) : Optional.empty(),
                met ? Optional.of(LocalDate.of(2027, 1, 22)) : Optional.empty(), new Citation(cite), WHY);
    }

    private static Finding finding(String rule) {
        return new Finding(rule, FindingKind.CHAIR_NOT_PERMITTED, EventRef.of(9, "m1"), LocalDate.of(2027, 1, 22),
                "chaired by social-worker", new Citation("kent.txt, 5."));
    }

    private static ComplianceReport report(List<Obligation> obligations, List<Finding> findings) {
        return new ComplianceReport("K-1", "kent", AS_OF, obligations, findings);
    }

    @Test
    void movedDueDatesStatusesAndAddedOrRemovedItemsAreChanges() {
        ComplianceReport old = report(List.of(obligation("KEN-01", 0, "2027-01-21", ObligationStatus.MET_LATE, "x"),
                obligation("KEN-02", 1, "2027-01-21", ObligationStatus.OVERDUE, "x")), List.of(finding("KEN-04")));
        ComplianceReport now = report(List.of(obligation("KEN-01", 0, "2027-01-28", ObligationStatus.MET, "x"),
                obligation("KEN-03", 2, "2027-01-21", ObligationStatus.OPEN, "x")), List.of());
        ReportDiff diff = ReportDiff.between(old, now);
        // in the new report's order (by due date), then what only the old one had
        assertEquals(List.of(ObligationChange.Kind.APPEARED, ObligationChange.Kind.CHANGED, ObligationChange.Kind.DISAPPEARED),
                diff.obligations().stream().map(ObligationChange::kind).toList());
        assertEquals(7, diff.obligations().get(1).dueShiftDays());
        assertTrue(diff.obligations().get(1).statusChanged());
        assertEquals(List.of(new FindingChange(finding("KEN-04"), false)), diff.findings());
        DiffTally tally = new DiffTally();
        tally.add(diff);
        tally.add(ReportDiff.between(now, now));
        assertEquals(2, tally.cases());
        assertEquals(1, tally.casesChanged());
        RuleChanges ken01 = tally.rules().get(0);
        assertEquals("KEN-01", ken01.rule());
        assertEquals(1, ken01.dueLater());
        assertEquals(Map.of("met-late -> met", 1), ken01.statusChanges());
        assertEquals(List.of("KEN-01", "KEN-02", "KEN-03", "KEN-04"), tally.rules().stream().map(RuleChanges::rule).toList());
    }

    @Test
    void anotherCitationOrVersionAloneIsNoChange() {
        Obligation o = obligation("WT-01", 0, "2027-01-08", ObligationStatus.MET, "Working Together 2018, Chapter 1");
        Obligation cited2023 = new Obligation(o.rule(), o.kind(), o.trigger(), o.triggerDate(), o.earliest(), o.due(),
                o.status(), o.satisfiedBy(), o.satisfiedOn(), new Citation("Working Together 2023, Chapter 3")
                        .withVersion(new PolicyVersion("working-together", "2023", Optional.of(LocalDate.of(2023, 12, 15)))),
                o.explanation());
        assertTrue(ReportDiff.between(report(List.of(o), List.of()), report(List.of(cited2023), List.of())).isEmpty());
    }
}
