package org.childinneed.policies.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.CaseRecord;

/** A hand-written policy for tests: its report is whatever the given function makes of the case. */
record FakePolicy(String id, BiFunction<CaseRecord, LocalDate, Items> rules) implements Policy {

    private static final Citation CITE = Citation.of("fake.txt", "1. Rules");

    /** What a fake evaluation reports. */
    record Items(List<Obligation> obligations, List<Finding> findings) {
        static Items of(List<Obligation> obligations, List<Finding> findings) {
            return new Items(obligations, findings);
        }
    }

    /** A policy that always reports the same items. */
    static FakePolicy fixed(String id, List<Obligation> obligations, List<Finding> findings) {
        return new FakePolicy(id, (record, asOf) -> Items.of(obligations, findings));
    }

    @Override
    public PolicyInfo info() {
        return new PolicyInfo(id, "Fake " + id, "1", "fake.txt");
    }

    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        Items items = rules.apply(record, asOf);
        return new ComplianceReport(record.caseId(), id, asOf, items.obligations(), items.findings());
    }

    /** An unsatisfied obligation of {@code rule} triggered by {@code trigger}. */
    static Obligation open(String rule, ObligationKind kind, CaseEvent trigger, LocalDate due, ObligationStatus status) {
        return new Obligation(rule, kind, trigger.ref(), trigger.date(), Optional.empty(), due, status, Optional.empty(),
                Optional.empty(), CITE, new Explanation("trigger", "computed " + due, "open"));
    }

    /** A met (or met-late) obligation of {@code rule}. */
    static Obligation met(String rule, ObligationKind kind, CaseEvent trigger, LocalDate due, CaseEvent by) {
        ObligationStatus status = by.date().isAfter(due) ? ObligationStatus.MET_LATE : ObligationStatus.MET;
        return new Obligation(rule, kind, trigger.ref(), trigger.date(), Optional.empty(), due, status,
                Optional.of(by.ref()), Optional.of(by.date()), CITE,
                new Explanation("trigger", "computed " + due, "met"));
    }

    /** A window obligation with an earliest date, not yet satisfied. */
    static Obligation window(String rule, CaseEvent trigger, LocalDate earliest, LocalDate due) {
        return new Obligation(rule, ObligationKind.REVIEW_MEETING, trigger.ref(), trigger.date(), Optional.of(earliest),
                due, ObligationStatus.OPEN, Optional.empty(), Optional.empty(), CITE,
                new Explanation("trigger", "window", "open"));
    }

    /** A finding of {@code rule} about {@code event}. */
    static Finding finding(String rule, FindingKind kind, CaseEvent event, String message) {
        return new Finding(rule, kind, event.ref(), event.date(), message, CITE);
    }
}
