package org.childinneed.benchmarks.reference;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.timeline.CaseRecord;

/**
 * The Kent Child in Need policy (KEN-01 to KEN-20, those checkable from a case record) written by
 * hand in plain Java, with the evaluation semantics of contract section 3. It is the speed limit
 * the interpreted {@code kent.cin} is measured against, and a second, independent implementation
 * of the same rules: where the two disagree, one of them is wrong. Immutable and thread-safe.
 */
public final class HandWrittenKentPolicy implements Policy {

    private static final PolicyInfo INFO = new PolicyInfo("kent", "Kent Child in Need Plans and Meetings Policy",
            "hand-written reference", "kent.txt");

    private final WorkingDays workingDays;

    /** The policy counting working days with {@code workingDays}. */
    public HandWrittenKentPolicy(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        KentCase kase = new KentCase(record.timeline().asOf(asOf));
        ObligationBook book = new ObligationBook(workingDays, asOf);
        KentObligations.write(kase, book);
        return new ComplianceReport(record.caseId(), INFO.id(), asOf, book.obligations(), KentFindings.of(kase, asOf, workingDays));
    }
}
