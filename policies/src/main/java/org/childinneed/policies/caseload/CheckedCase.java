package org.childinneed.policies.caseload;

import java.util.Objects;
import org.childinneed.model.compliance.ComplianceReport;

/**
 * One case's report and where the case came from.
 *
 * @param origin the file (and entry) the case was read from
 * @param report the case's compliance report
 */
public record CheckedCase(CaseOrigin origin, ComplianceReport report) {

    public CheckedCase {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(report, "report");
    }
}
