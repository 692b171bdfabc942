package org.childinneed.policies.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.casefile.InputProblem;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseSource;
import org.childinneed.policies.caseload.PendingCase;
import org.childinneed.policies.importer.CaseImport;
import org.childinneed.policies.importer.ssd.SsdSource;
import org.childinneed.policies.io.FolderWalk;

/**
 * Case files named on a command line, each a file or a folder: a file as itself, a folder as the
 * {@code *.json} regular files under it, in path order. Folders are walked lazily, one folder's
 * listing held at a time, so a folder of a million files costs the memory of its names only while
 * it is listed. A folder with no case files, or one that cannot be read, is offered as an input
 * that cannot be read, where it stands. Files are read when a case is read, on the caller's thread.
 */
public final class CaseFiles implements CaseSource {

    /** The argument that stands for standard input. */
    public static final String STANDARD_INPUT = "-";

    private final List<Path> arguments;
    private final Optional<PendingCase> standardInput;
    private final List<SsdDatabase> databases;

    private CaseFiles(List<Path> arguments, Optional<PendingCase> standardInput, List<SsdDatabase> databases) {
        this.arguments = List.copyOf(arguments);
        this.standardInput = standardInput;
        this.databases = List.copyOf(databases);
    }

    /** These arguments, then the cases of the SSD databases {@code added}. */
    public CaseFiles withDatabases(List<SsdDatabase> added) {
        List<SsdDatabase> all = new ArrayList<>(databases);
        all.addAll(added);
        return new CaseFiles(arguments, standardInput, all);
    }

    /** Whether an argument is a census file or an SSD extract, or a database is named: a source of partial evidence. */
    public boolean hasImports() {
        return !databases.isEmpty() || arguments.stream().anyMatch(a -> isCensus(a) || SsdSource.isExtract(a));
    }

    private static boolean isCensus(Path argument) {
        return Files.isRegularFile(argument) && CaseImport.isCensus(argument);
    }

    /** The case files named by {@code arguments} (files and folders), in argument order. */
    public static CaseFiles of(List<Path> arguments) {
        return new CaseFiles(arguments, Optional.empty(), List.of());
    }

    /** As {@link #of(List)}, with {@code standardInput} read where an argument is {@code -}. */
    public static CaseFiles of(List<Path> arguments, PendingCase standardInput) {
        return new CaseFiles(arguments, Optional.of(standardInput), List.of());
    }

    /** Whether the output of these arguments is one case: exactly one argument, and it is not a folder. */
    public boolean isOneFile() {
        if (arguments.size() != 1 || !databases.isEmpty()) {
            return false;
        }
        Path only = arguments.get(0);
        return !Files.isDirectory(only) && !(Files.isRegularFile(only) && CaseImport.isCensus(only));
    }

    @Override
    public Stream<PendingCase> cases() {
        Iterator<PendingCase> all = Stream.concat(arguments.stream().flatMap(this::casesOf), databases.stream()
                .flatMap(d -> ImportedCases.of(d.toString(), "an SSD database", () -> SsdSource.database(d.url(), d.user(),
                        d.password())))).iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Counts the files (a walk of the folders without reading a file). */
    @Override
    public OptionalLong size() {
        long count = 0;
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument) || SsdSource.isExtract(argument)) {
                count++;
                continue;
            }
            FolderWalk walk = FolderWalk.of(argument, ".json");
            long found = 0;
            while (walk.hasNext()) {
                walk.next();
                found++;
            }
            count += Math.max(found, 1);
        }
        return OptionalLong.of(count + databases.size());
    }

    private Stream<PendingCase> casesOf(Path argument) {
        if (standardInput.isPresent() && STANDARD_INPUT.equals(argument.toString())) {
            return Stream.of(standardInput.get());
        }
        if (isCensus(argument)) {
            return ImportedCases.census(argument);
        }
        if (SsdSource.isExtract(argument)) {
            return ImportedCases.of(argument.toString(), "an SSD extract", () -> SsdSource.folder(argument));
        }
        if (!Files.isDirectory(argument)) {
            return Stream.of(file(argument));
        }
        FolderWalk walk = FolderWalk.of(argument, ".json");
        if (!walk.hasNext()) {
            return Stream.of(unreadable(argument, "no case files (*.json) in this directory"));
        }
        Iterator<PendingCase> cases = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return walk.hasNext();
            }

            @Override
            public PendingCase next() {
                FolderWalk.Found found = walk.next();
                return found.readable() ? file(found.path()) : unreadable(found.path(), found.problem());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cases, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static PendingCase file(Path path) {
        return PendingCase.of(CaseOrigin.file(path.toString()), () -> CaseFileReader.read(path));
    }

    private static PendingCase unreadable(Path path, String message) {
        return PendingCase.unreadable(CaseOrigin.file(path.toString()),
                new CaseFileException(path.toString(), List.of(InputProblem.ofFile(Optional.empty(), message))));
    }
}
