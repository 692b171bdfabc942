package org.childinneed.policies.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.importer.ImportedSource;
import org.childinneed.policies.importer.ImportedCase;
import org.childinneed.policies.importer.census.CensusFile;

/** Tells an authority's data files from case files by their content, and reads them as cases. */
public final class CaseImport {

    private CaseImport() {
    }

    /** Whether {@code file} holds XML (a census) rather than a JSON case file: its first character, after a byte-order mark and white space, is {@code <}. */
    public static boolean isCensus(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '<';
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads every case of the census {@code file}, handing each good record to {@code sink} as it
     * is read, and prints every problem to {@code err}, named by {@code file} as given.
     *
     * @return how many cases (or the file itself) had problems
     */
    public static int readCensus(Path file, Consumer<CaseRecord> sink, PrintWriter err) {
        try {
            return read(file.toString(), CensusFile.open(file), sink, err);
        } catch (IOException e) {
            err.println(file + ": cannot be read as a census file");
            return 1;
        }
    }

    /**
     * Reads every case of {@code source} (closed at the end) as {@link #readCensus} does, problems
     * named by {@code name}.
     *
     * @return how many cases (or source problems) had problems
     */
    public static int read(String name, ImportedSource source, Consumer<CaseRecord> sink, PrintWriter err) {
        int bad = 0;
        try (source) {
            for (Optional<ImportedCase> c = source.next(); c.isPresent(); c = source.next()) {
                c.get().problems().forEach(p -> err.println(p.describe(name)));
                if (!c.get().problems().isEmpty()) {
                    bad++;
                }
                c.get().record().ifPresent(sink);
            }
            source.sourceProblems().forEach(p -> err.println(p.describe(name)));
            bad += source.sourceProblems().size();
        } catch (IOException e) {
            err.println(name + ": could not be closed after reading");
            bad++;
        }
        return bad;
    }
}
