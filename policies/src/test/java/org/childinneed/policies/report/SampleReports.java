package org.childinneed.policies.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.event.EventRef;

/** Reports built by hand, as the contract's example shows them, for renderer tests. */
final class SampleReports {

    static final Citation KENT_5 = new Citation("kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting");
    static final PolicyInfo KENT = new PolicyInfo("kent", "Kent CIN plans & meetings", "2024", "kent.txt");

    private SampleReports() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The contract's example: KEN-01 met late by m1, and a KEN-04 chair finding. */
    static ComplianceReport contractExample() {
        Obligation initial = new Obligation("KEN-01", ObligationKind.INITIAL_MEETING, EventRef.of(1, "a1"), d("2026-12-17"),
                Optional.empty(), d("2027-01-05"), ObligationStatus.MET_LATE, Optional.of(EventRef.of(2, "m1")),
                Optional.of(d("2027-01-06")), KENT_5, new Explanation(
                        "assessment-completed a1 on Thu 17 Dec 2026 with outcome in-need",
                        "10 working days after Thu 17 Dec 2026, skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan",
                        "met by m1 on Wed 6 Jan 2027, 1 working day late"));
        Finding chair = new Finding("KEN-04", FindingKind.CHAIR_NOT_PERMITTED, EventRef.of(2, "m1"), d("2027-01-06"),
                "initial meeting chaired by senior-practitioner; permitted: team-manager",
                new Citation("kent.txt, 5. Child in Need Meetings"));
        return new ComplianceReport("K-0001", "kent", d("2027-03-01"), List.of(initial), List.of(chair));
    }

    /** Every status, a window, and a finding, on one case. */
    static ComplianceReport everyStatus() {
        Citation visits = new Citation("kent.txt, 6. Visits");
        Obligation met = obligation("KEN-08", ObligationKind.CASE_NOTE, "m1", "2027-01-06", null, "2027-01-07",
                ObligationStatus.MET, "n1", "2027-01-07", visits);
        Obligation late = obligation("KEN-10", ObligationKind.MINUTES, "m1", "2027-01-06", null, "2027-01-20",
                ObligationStatus.MET_LATE, "#7", "2027-02-01", visits);
        Obligation overdue = obligation("KEN-05", ObligationKind.VISIT, "v1", "2027-01-10", null, "2027-02-07",
                ObligationStatus.OVERDUE, null, null, visits);
        Obligation open = obligation("SEF-03", ObligationKind.REVIEW_MEETING, "m1", "2027-01-06", "2027-02-17",
                "2027-03-03", ObligationStatus.OPEN, null, null, new Citation("sefton-2018.txt, 4.1 <Reviews> & \"more\""));
        Obligation cancelled = obligation("KEN-06", ObligationKind.REVIEW_MEETING, "m1", "2027-01-06", null, "2027-03-31",
                ObligationStatus.CANCELLED, null, null, visits);
        Finding finding = new Finding("KEN-15", FindingKind.CLOSURE_RECORD_INCOMPLETE, EventRef.at(9), d("2027-02-10"),
                "plan ended with no management-decision about closure-rationale", new Citation("kent.txt, 9. Closure"));
        return new ComplianceReport("K-0002 <b>", "kent", d("2027-02-20"),
                List.of(cancelled, open, overdue, late, met), List.of(finding));
    }

    /** A case with nothing to do. */
    static ComplianceReport empty() {
        return new ComplianceReport("K-0003", "kent", d("2027-03-01"), List.of(), List.of());
    }

    private static Obligation obligation(String rule, ObligationKind kind, String trigger, String triggerDate,
            String earliest, String due, ObligationStatus status, String by, String on, Citation cite) {
        Optional<EventRef> satisfiedBy = Optional.ofNullable(by)
                .map(b -> b.startsWith("#") ? EventRef.at(Integer.parseInt(b.substring(1))) : EventRef.of(5, b));
        return new Obligation(rule, kind, EventRef.of(0, trigger), d(triggerDate), Optional.ofNullable(earliest).map(LocalDate::parse),
                d(due), status, satisfiedBy, Optional.ofNullable(on).map(LocalDate::parse), cite,
                new Explanation("trigger of " + rule, "computation of " + rule, "resolution of " + rule));
    }
}
