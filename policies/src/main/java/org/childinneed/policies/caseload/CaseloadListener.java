package org.childinneed.policies.caseload;

import java.util.OptionalLong;
import org.childinneed.policies.casefile.CaseFileException;

/**
 * Hears how a caseload run goes, on the thread that runs it, in source order: for progress and
 * for reporting inputs that cannot be read where they stand. Every method does nothing by default.
 */
public interface CaseloadListener {

    /** A listener that hears nothing. */
    CaseloadListener NONE = new CaseloadListener() {
    };

    /** Before the first case; {@code total} when the source knows how many it holds. */
    default void started(OptionalLong total) {
    }

    /** A case was checked and its report written. */
    default void checked(CheckedCase checked) {
    }

    /** An input could not be read; the exception lists every problem, each naming where. */
    default void unreadable(CaseOrigin origin, CaseFileException problem) {
    }

    /** After the last case. */
    default void finished(CaseloadOutcome outcome) {
    }
}
