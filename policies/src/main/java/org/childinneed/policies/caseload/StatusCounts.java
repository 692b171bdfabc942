package org.childinneed.policies.caseload;

import java.util.OptionalDouble;
import org.childinneed.model.compliance.ObligationStatus;

/**
 * How many obligations ended in each status.
 *
 * @param met met on or before the due date
 * @param metLate met after it
 * @param overdue not met, and the due date has passed
 * @param open not met, and not yet due
 * @param cancelled not met, and the plan ended first
 * @param notRecorded not met, and the case's source cannot record what would meet it (a census)
 */
public record StatusCounts(long met, long metLate, long overdue, long open, long cancelled, long notRecorded) {

    /** No obligations. */
    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0);

    /** These counts and one more obligation of {@code status}. */
    public StatusCounts plus(ObligationStatus status) {
        return switch (status) {
            case MET -> new StatusCounts(met + 1, metLate, overdue, open, cancelled, notRecorded);
            case MET_LATE -> new StatusCounts(met, metLate + 1, overdue, open, cancelled, notRecorded);
            case OVERDUE -> new StatusCounts(met, metLate, overdue + 1, open, cancelled, notRecorded);
            case OPEN -> new StatusCounts(met, metLate, overdue, open + 1, cancelled, notRecorded);
            case CANCELLED -> new StatusCounts(met, metLate, overdue, open, cancelled + 1, notRecorded);
            case NOT_RECORDED -> new StatusCounts(met, metLate, overdue, open, cancelled, notRecorded + 1);
        };
    }

    /** Every obligation counted. */
    public long total() {
        return met + metLate + overdue + open + cancelled + notRecorded;
    }

    /**
     * The share met on time of those whose due date has come: met / (met + met late + overdue).
     * Open and cancelled obligations are left out: they have not yet been, and now never will be,
     * on time or late. Empty when none has come due.
     */
    public OptionalDouble onTimeRate() {
        long decided = met + metLate + overdue;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / decided);
    }
}
