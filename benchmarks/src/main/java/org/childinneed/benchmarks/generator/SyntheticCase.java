package org.childinneed.benchmarks.generator;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.timeline.CaseRecord;

/**
 * A generated case and the date it is evaluated as of (events after that date exist in the record
 * but are cut by evaluation).
 *
 * @param record the case
 * @param asOf the evaluation date
 */
public record SyntheticCase(CaseRecord record, LocalDate asOf) {

    public SyntheticCase {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The number of events in the record, after the as-of date included. */
    public int size() {
        return record.events().size();
    }
}
