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
import org.childinneed.policies.importer.ImportProblem;
import org.childinneed.policies.importer.ImportedCase;
import org.childinneed.policies.importer.census.CensusFile;

/**
 * The cases of a Children in Need census file, one episode at a time as the file is read (never
 * the whole census in memory), each carrying the census's evidence coverage; a child with
 * problems is reported where it stands and the others are still checked.
 */
final class CensusCases {

    private CensusCases() {
    }

    static Stream<PendingCase> of(Path file) {
        String name = file.toString();
        CensusFile census;
        try {
            census = CensusFile.open(file);
        } catch (IOException e) {
            return Stream.of(unreadable(name, CaseOrigin.file(name), List.of(InputProblem.ofFile(Optional.empty(),
                    "cannot be read as a census file"))));
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
