package org.childinneed.model.compliance;

import java.time.LocalDate;
import org.childinneed.model.timeline.CaseRecord;

/**
 * A local authority's Child in Need procedure, able to evaluate a case (the core's driven port).
 * Implementations are immutable and safe to call from many threads at once; the same case,
 * policy and as-of date always give the same report.
 */
public interface Policy {

    /** What this policy is. */
    PolicyInfo info();

    /**
     * Evaluates {@code record} as known on {@code asOf}: events dated after it are ignored
     * (contract section 3).
     */
    ComplianceReport evaluate(CaseRecord record, LocalDate asOf);
}
