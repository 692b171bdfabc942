package org.childinneed.policies.importer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.event.EventType;

/**
 * Cases read one at a time from an authority's data (a census file, SSD tables), so that a
 * county's caseload is never held in memory at once. Not thread-safe; close it when done.
 */
public interface CaseSource extends AutoCloseable {

    /** The next case, or empty when there are no more. Never throws for bad data: it becomes problems. */
    Optional<ImportedCase> next();

    /** Problems with the source as a whole (unreadable, truncated), found so far. */
    List<ImportProblem> sourceProblems();

    /** The event types this kind of source can record at all (evidence coverage). */
    Set<EventType> recordable();

    @Override
    void close() throws IOException;
}
