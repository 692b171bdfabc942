package org.childinneed.policies.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.childinneed.model.event.EventType;
import org.childinneed.model.problem.Problem;
import org.childinneed.policies.casefile.CaseFileCodes;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseSource;
import org.childinneed.policies.caseload.PendingCase;

/**
 * An authority's data (a census file, SSD tables in CSV files or a database) as a
 * {@link CaseSource}: read one case at a time ({@link #next()}), so that a county's caseload is
 * never held in memory at once, each case carrying what the source can record at all
 * ({@link #recordable()}, the evidence coverage). A case with problems is offered as unreadable,
 * where it stands, and the others are still read. Not thread-safe; close it when done (closing the
 * stream of {@link #cases()} closes it).
 */
public abstract class ImportedSource implements CaseSource, AutoCloseable {

    private final String name;

    /** A source that problems and case origins name {@code name} (a path as given, a URL without credentials). */
    protected ImportedSource(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** How problems and case origins name this source. */
    public final String name() {
        return name;
    }

    /** The next case, or empty when there are no more. Never throws for bad data: it becomes problems. */
    public abstract Optional<ImportedCase> next();

    /** Problems with the source as a whole (unreadable, truncated), found so far. */
    public abstract List<ImportProblem> sourceProblems();

    /** The event types this kind of source can record at all (evidence coverage). */
    public abstract Set<EventType> recordable();

    @Override
    public abstract void close() throws IOException;

    /**
     * Every case, one episode at a time as the source is read, then, when the source as a whole had
     * problems, one unreadable input naming them. The source is closed when the cases run out or
     * the stream is closed.
     */
    @Override
    public final Stream<PendingCase> cases() {
        Iterator<PendingCase> cases = new Iterator<>() {
            private PendingCase next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public PendingCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PendingCase found = next;
                next = null;
                return found;
            }

            private PendingCase advance() {
                Optional<ImportedCase> read = ImportedSource.this.next();
                if (read.isPresent()) {
                    ImportedCase c = read.get();
                    CaseOrigin origin = CaseOrigin.entry(name, c.caseId());
                    if (!c.problems().isEmpty() || c.record().isEmpty()) {
                        return unreadable(name, origin, problems(c.problems()));
                    }
                    return PendingCase.withEvidence(PendingCase.of(origin, c.record().get()), recordable());
                }
                done = true;
                closeQuietly();
                if (!sourceProblems().isEmpty()) {
                    return unreadable(name, CaseOrigin.file(name), problems(sourceProblems()));
                }
                return null;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cases, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::closeQuietly);
    }

    /**
     * A source called {@code name} that could not be opened at all, as the one unreadable input it
     * offers: {@code cannot be read as <kind>}, with {@code reason} when it is safe to print.
     */
    public static Stream<PendingCase> unopenable(String name, String kind, Optional<String> reason) {
        return Stream.of(unreadable(name, CaseOrigin.file(name), List.of(CaseFileException.problemOfFile(name,
                CaseFileCodes.NOT_IMPORTABLE, Optional.empty(), "cannot be read as " + kind + reason.map(r -> ": " + r)
                        .orElse("")))));
    }

    private List<Problem> problems(List<ImportProblem> found) {
        List<Problem> problems = new ArrayList<>();
        found.forEach(p -> problems.add(CaseFileException.problemOfFile(name, CaseFileCodes.NOT_IMPORTABLE, p.line(),
                p.detail())));
        return problems.isEmpty() ? List.of(CaseFileException.problemOfFile(name, CaseFileCodes.NOT_IMPORTABLE,
                Optional.empty(), "the case could not be read")) : problems;
    }

    private static PendingCase unreadable(String name, CaseOrigin origin, List<Problem> problems) {
        return PendingCase.unreadable(origin, new CaseFileException(name, problems));
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // Everything was read; nothing is lost by a failure to close.
        }
    }
}
