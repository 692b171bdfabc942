package org.childinneed.dsl.eval;

import java.time.LocalDate;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.timeline.CaseRecord;

/** A checked policy resolved into evaluation nodes. */
public interface PolicyPlan {

    /** What the policy is. */
    PolicyInfo info();

    /** Evaluates a case as known on {@code asOf}. */
    ComplianceReport evaluate(CaseRecord record, LocalDate asOf);
}
