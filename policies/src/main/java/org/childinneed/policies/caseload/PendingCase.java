package org.childinneed.policies.caseload;

import java.util.Optional;
import java.util.Set;
import org.childinneed.model.event.EventType;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.casefile.CaseFileException;

/**
 * One case a {@link CaseSource} offers, not necessarily read yet: {@link #read()} may parse it
 * on another thread than the one that listed it, so a source lists cheaply and reading runs in
 * parallel.
 */
public interface PendingCase {

    /** Where the case comes from. */
    CaseOrigin origin();

    /**
     * The case, read and checked.
     *
     * @throws CaseFileException if it cannot be read: every problem, each naming where it is
     */
    CaseRecord read() throws CaseFileException;

    /** How a case is read: parsing a file, say, when a worker thread gets to it. */
    @FunctionalInterface
    interface Reading {
        /** The case; every problem if it cannot be read. */
        CaseRecord read() throws CaseFileException;
    }

    /** A case from {@code origin}, read by {@code reading} when {@link #read()} is called. */
    static PendingCase of(CaseOrigin origin, Reading reading) {
        return new Lazy(origin, reading);
    }

    /** A case already read. */
    static PendingCase of(CaseOrigin origin, CaseRecord record) {
        return of(origin, () -> record);
    }

    /**
     * The event types the case's source can record at all, when it cannot record every type (a
     * census has no meetings or visits): obligations only such events could meet are then reported
     * {@code not-recorded}, not overdue. Empty for a case file, which can record everything.
     */
    default Optional<Set<EventType>> evidence() {
        return Optional.empty();
    }

    /** {@code pending}, from a source that records only {@code recordable} event types. */
    static PendingCase withEvidence(PendingCase pending, Set<EventType> recordable) {
        Set<EventType> evidence = Set.copyOf(recordable);
        return new PendingCase() {
            @Override
            public CaseOrigin origin() {
                return pending.origin();
            }

            @Override
            public CaseRecord read() throws CaseFileException {
                return pending.read();
            }

            @Override
            public Optional<Set<EventType>> evidence() {
                return Optional.of(evidence);
            }
        };
    }

    /** An input that could not be read at all (a damaged file, a folder that cannot be listed). */
    static PendingCase unreadable(CaseOrigin origin, CaseFileException problem) {
        return of(origin, () -> {
            throw problem;
        });
    }
}

/** A pending case read when asked. */
record Lazy(CaseOrigin origin, PendingCase.Reading reading) implements PendingCase {
    @Override
    public CaseRecord read() throws CaseFileException {
        return reading.read();
    }
}
