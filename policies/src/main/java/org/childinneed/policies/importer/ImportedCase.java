package org.childinneed.policies.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.timeline.CaseRecord;

/**
 * One case read from an authority's data: the record when it could be built, and every problem
 * found on the way (a record may come with problems that only lost part of it, such as one
 * assessment with an impossible date).
 *
 * @param caseId the case id the record has or would have had ({@code C1001-1}: LAchildID and episode)
 * @param record the case, unless a problem made it impossible to build
 * @param problems what was wrong, in source order
 */
public record ImportedCase(String caseId, Optional<CaseRecord> record, List<ImportProblem> problems) {

    public ImportedCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(record, "record");
        problems = List.copyOf(problems);
    }
}
