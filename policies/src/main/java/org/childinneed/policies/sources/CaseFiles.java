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
import org.childinneed.policies.casefile.CaseFileCodes;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.DeclaredVocabulary;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseSource;
import org.childinneed.policies.caseload.PendingCase;
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
    private final DeclaredVocabulary declared;

    private CaseFiles(List<Path> arguments, Optional<PendingCase> standardInput, List<SsdDatabase> databases,
            DeclaredVocabulary declared) {
        this.arguments = List.copyOf(arguments);
        this.standardInput = standardInput;
        this.databases = List.copyOf(databases);
        this.declared = declared;
    }

    /** The same sources, case files read accepting the event types a policy declares ({@code policy.declaredEvents()}). */
    public CaseFiles accepting(List<DeclaredEventType> declaredTypes) {
        return accepting(DeclaredVocabulary.of(declaredTypes));
    }

    /** The same sources, case files read accepting what a policy declares ({@code policy.declaredVocabulary()}). */
    public CaseFiles accepting(DeclaredVocabulary vocabulary) {
        return new CaseFiles(arguments, standardInput, databases, vocabulary);
    }

    /** These arguments, then the cases of the SSD databases {@code added}. */
    public CaseFiles withDatabases(List<SsdDatabase> added) {
        List<SsdDatabase> all = new ArrayList<>(databases);
        all.addAll(added);
        return new CaseFiles(arguments, standardInput, all, declared);
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
        return new CaseFiles(arguments, Optional.empty(), List.of(), DeclaredVocabulary.NONE);
    }

    /** As {@link #of(List)}, with {@code standardInput} read where an argument is {@code -}. */
    public static CaseFiles of(List<Path> arguments, PendingCase standardInput) {
        return new CaseFiles(arguments, Optional.of(standardInput), List.of(), DeclaredVocabulary.NONE);
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

    /**
     * Counts the case files (a walk of the folders without reading a file). Empty, the total
     * unknown, when a census, an SSD extract or a database is among the inputs: each holds any
     * number of cases, which only reading it tells, so counting it as one would mislead a progress
     * bar.
     */
    @Override
    public OptionalLong size() {
        if (hasImports()) {
            return OptionalLong.empty();
        }
        long count = 0;
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
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
        return OptionalLong.of(count);
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
            return Stream.of(file(argument, declared));
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
                return found.readable() ? file(found.path(), declared) : unreadable(found.path(), found.problem());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cases, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static PendingCase file(Path path, DeclaredVocabulary declared) {
        return PendingCase.of(CaseOrigin.file(path.toString()), () -> CaseFileReader.read(path, declared));
    }

    private static PendingCase unreadable(Path path, String message) {
        return PendingCase.unreadable(CaseOrigin.file(path.toString()),
                CaseFileException.ofFile(path.toString(), CaseFileCodes.NOT_JSON, Optional.empty(), message));
    }
}
