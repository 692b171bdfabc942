package org.childinneed.policies.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.InputProblem;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.PendingCase;
import org.childinneed.policies.importer.CaseSource;
import org.childinneed.policies.importer.ImportProblem;
import org.childinneed.policies.importer.ImportedCase;
import org.childinneed.policies.importer.census.CensusFile;

/**
 * The cases of an authority's data (a census file, an SSD extract or database), one episode at a
 * time as the source is read (never the whole source in memory), each carrying the source's
 * evidence coverage; a case with problems is reported where it stands and the others are still
 * checked.
 */
final class ImportedCases {

    /** Opens an import source. */
    @FunctionalInterface
    interface Opening {
        CaseSource open() throws IOException;
    }

    private ImportedCases() {
    }

    /** The cases of the census file {@code file}. */
    static Stream<PendingCase> census(Path file) {
        return of(file.toString(), "a census file", () -> {
            try {
                return CensusFile.open(file);
            } catch (IOException e) {
                throw new IOException((String) null, e);
            }
        });
    }

    /** The cases of the source {@code name} (what the user called it, never a credential), which {@code opening} opens. */
    static Stream<PendingCase> of(String name, String kind, Opening opening) {
        CaseSource census;
        try {
            census = opening.open();
        } catch (IOException e) {
            return Stream.of(unreadable(name, CaseOrigin.file(name), List.of(InputProblem.ofFile(Optional.empty(),
                    "cannot be read as " + kind + (e.getMessage() == null || e.getCause() != null ? "" : ": " + e.getMessage())))));
        }
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
                Optional<ImportedCase> read = census.next();
                if (read.isPresent()) {
                    ImportedCase c = read.get();
                    CaseOrigin origin = CaseOrigin.entry(name, c.caseId());
                    if (!c.problems().isEmpty() || c.record().isEmpty()) {
                        return unreadable(name, origin, problems(c.problems()));
                    }
                    return PendingCase.withEvidence(PendingCase.of(origin, c.record().get()), census.recordable());
                }
                done = true;
                close();
                if (!census.sourceProblems().isEmpty()) {
                    return unreadable(name, CaseOrigin.file(name), problems(census.sourceProblems()));
                }
                return null;
            }

            private void close() {
                try {
                    census.close();
                } catch (IOException e) {
                    // Everything was read; nothing is lost by a failure to close.
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cases, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static List<InputProblem> problems(List<ImportProblem> found) {
        List<InputProblem> problems = new ArrayList<>();
        found.forEach(p -> problems.add(InputProblem.ofFile(p.line(), p.detail())));
        return problems.isEmpty() ? List.of(InputProblem.ofFile(Optional.empty(), "the case could not be read")) : problems;
    }

    private static PendingCase unreadable(String name, CaseOrigin origin, List<InputProblem> problems) {
        return PendingCase.unreadable(origin, new CaseFileException(name, problems));
    }
}
