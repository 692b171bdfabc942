package org.childinneed.policies.importer.ssd;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.childinneed.policies.importer.ImportProblem;

/**
 * SSD tables as a folder of CSV extracts, one file per table named after it
 * ({@code ssd_cin_episodes.csv}), the SSD column names as the header row, UTF-8 (a byte-order
 * mark is allowed). Read with Jackson's CSV module one row at a time; a row the parser cannot
 * read, or bytes that are not UTF-8, end that table where they stand, with a problem naming the
 * file and line.
 */
final class CsvFolder implements TableReader {

    /**
     * The CSV mapper, made when a table is first read: not by {@link #isExtract}, which every
     * {@code cin check} asks of its arguments, and which would otherwise cost it a mapper.
     */
    private static final class Csv {
        static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).disable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    }

    private final Path folder;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Reader> open = new ArrayList<>();

    CsvFolder(Path folder) {
        this.folder = folder;
    }

    /** Whether {@code folder} holds an SSD extract: a {@code ssd_cin_episodes.csv} file. */
    static boolean isExtract(Path folder) {
        return Files.isRegularFile(folder.resolve(SsdSource.EPISODES + ".csv"));
    }

    @Override
    public Optional<Iterator<Row>> rows(String table) {
        String file = table + ".csv";
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            open.add(reader);
            MappingIterator<Map<String, String>> it = Csv.MAPPER.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(reader);
            return Optional.of(new Rows(table, file, it));
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(Optional.of(1), Optional.empty(), Optional.empty(), file,
                    "cannot be read as CSV with a header row: the table is not read"));
            return Optional.of(java.util.Collections.emptyIterator());
        }
    }

    @Override
    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() throws IOException {
        for (Reader r : open) {
            r.close();
        }
        open.clear();
    }

    /** The rows of one file; the first one it cannot read ends it. */
    private final class Rows extends RowIterator {
        private final String table;
        private final String file;
        private final MappingIterator<Map<String, String>> it;
        private int lastLine = 1;

        Rows(String table, String file, MappingIterator<Map<String, String>> it) {
            this.table = table;
            this.file = file;
            this.it = it;
        }

        @Override
        Row fetch() {
            try {
                if (!it.hasNextValue()) {
                    return null;
                }
                Map<String, String> raw = it.nextValue();
                // The parser stands at the start of the next line once a row is read.
                int line = it.getCurrentLocation().getLineNr() - 1;
                lastLine = line;
                Map<String, String> values = new LinkedHashMap<>();
                raw.forEach((k, v) -> values.put(k.strip().toLowerCase(Locale.ROOT), v));
                return new Row(table, file + ":" + line, Optional.empty(), values);
            } catch (IOException | RuntimeException e) {
                int line = lastLine + 1;
                boolean encoding = e instanceof java.nio.charset.CharacterCodingException
                        || e.getCause() instanceof java.nio.charset.CharacterCodingException;
                problems.add(new ImportProblem(Optional.empty(), Optional.empty(), Optional.empty(), file + ":" + line,
                        (encoding ? "the text is not UTF-8" : "not a well-formed CSV row")
                                + "; reading this table stopped here, and its later rows are not read"));
                return null;
            }
        }
    }
}
