package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a policy found in one case as of a date: obligations sorted by due date then rule, findings
 * by date then rule (contract section 2).
 *
 * @param caseId the case identifier
 * @param policy the policy id
 * @param asOf the date the case was evaluated as of
 * @param obligations the obligations, sorted
 * @param findings the findings, sorted
 */
public record ComplianceReport(String caseId, String policy, LocalDate asOf, List<Obligation> obligations,
        List<Finding> findings) {

    private static final Comparator<Obligation> OBLIGATION_ORDER = Comparator.comparing(Obligation::due)
            .thenComparing(Obligation::rule)
            .thenComparing(Obligation::triggerDate)
            .thenComparingInt(o -> o.trigger().index());
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::date)
            .thenComparing(Finding::rule)
            .thenComparingInt(f -> f.event().index())
            .thenComparing(Finding::message);

    public ComplianceReport {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        obligations = obligations.stream().sorted(OBLIGATION_ORDER).toList();
        findings = findings.stream().sorted(FINDING_ORDER).toList();
    }

    /** Whether any obligation is overdue. */
    public boolean hasOverdue() {
        return obligations.stream().anyMatch(o -> o.status() == ObligationStatus.OVERDUE);
    }

    /** Whether nothing is overdue and nothing was found: exit status 0 of the command line. */
    public boolean isCompliant() {
        return !hasOverdue() && findings.isEmpty();
    }
}
