package org.childinneed.policies.caseload;

import java.io.IOException;
import java.time.LocalDate;
import org.childinneed.model.compliance.PolicyInfo;

/**
 * Where a caseload's reports go (a port): text, JSON, HTML, ndjson, CSV or a summary. The use case
 * calls {@link #begin} once, {@link #write} once per case in source order, then {@link #end}; a
 * writer that streams writes each case as it comes and holds nothing of it after.
 */
public interface ReportWriter {

    /** Before the first case: the policy and as-of date every case is checked with. */
    default void begin(PolicyInfo policy, LocalDate asOf) throws IOException {
    }

    /** One case's report, in source order. */
    void write(CheckedCase checked) throws IOException;

    /** After the last case (also when no case could be read); flushes what the writer holds. */
    default void end(CaseloadOutcome outcome) throws IOException {
    }
}
