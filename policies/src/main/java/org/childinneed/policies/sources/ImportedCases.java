package org.childinneed.policies.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.policies.caseload.PendingCase;
import org.childinneed.policies.importer.ImportedSource;
import org.childinneed.policies.importer.census.CensusFile;

/**
 * Opens an authority's data (a census file, an SSD extract or database) as a case source
 * ({@link ImportedSource#cases()}); a source that cannot be opened is one unreadable input.
 */
final class ImportedCases {

    /** Opens an import source. */
    @FunctionalInterface
    interface Opening {
        ImportedSource open() throws IOException;
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
        try {
            return opening.open().cases();
        } catch (IOException e) {
            return ImportedSource.unopenable(name, kind,
                    e.getMessage() == null || e.getCause() != null ? Optional.empty() : Optional.of(e.getMessage()));
        }
    }
}
