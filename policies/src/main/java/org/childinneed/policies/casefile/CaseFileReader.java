package org.childinneed.policies.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.timeline.CaseRecord;

/**
 * Reads case files (contract section 1) into {@link CaseRecord}s. Every problem in a file is
 * reported at once, naming the line, the event (index and id) and the field; messages never
 * repeat free text or names from the file. Files larger than {@link #MAX_FILE_BYTES} are refused
 * before they are read, and JSON nested deeper than {@link #MAX_NESTING} is refused as it is
 * read, so that no input can exhaust the heap or the stack. Thread-safe.
 */
public final class CaseFileReader {

    /** The largest case file read: 16 MiB, some hundred thousand events, far beyond any real case. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** The deepest a case file may nest JSON arrays and objects (a case needs four levels). */
    public static final int MAX_NESTING = JsonSource.MAX_NESTING;

    private CaseFileReader() {
    }

    /** Reads the case file at {@code file}; problems name the file by the path as given. */
    public static CaseRecord read(Path file) throws CaseFileException {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw fileProblem(source, "is a directory, not a case file");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readBounded(file, source))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } catch (NoSuchFileException e) {
            throw fileProblem(source, "no such file");
        } catch (AccessDeniedException e) {
            throw fileProblem(source, "cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw fileProblem(source, "is not UTF-8 text");
        } catch (IOException e) {
            throw fileProblem(source, "cannot be read");
        }
        return parse(source, text);
    }

    /**
     * Reads a case file's text; {@code sourceName} is how problems name the file. Text longer than
     * {@link #MAX_FILE_BYTES} characters is refused.
     */
    public static CaseRecord parse(String sourceName, String json) throws CaseFileException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_FILE_BYTES) {
            throw fileProblem(sourceName, "too large: " + json.length() + " characters; a case file holds at most "
                    + MAX_FILE_BYTES + " (16 MiB)");
        }
        JsonSource source;
        try {
            source = JsonSource.parse(json);
        } catch (JsonSource.SyntaxProblem e) {
            throw new CaseFileException(sourceName, List.of(e.problem()));
        }
        return CaseTreeReader.read(sourceName, source);
    }

    /**
     * Reads a case from a JSON tree already parsed (one case of a larger document, say); problems
     * carry no line numbers.
     */
    public static CaseRecord fromTree(String sourceName, JsonNode caseNode) throws CaseFileException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(caseNode, "caseNode");
        return CaseTreeReader.read(sourceName, JsonSource.ofTree(caseNode));
    }

    /**
     * The file's bytes, read no further than one byte past the limit: a file that is too large, or
     * a device or pipe that never ends, is refused without filling the heap.
     */
    private static byte[] readBounded(Path file, String source) throws IOException, CaseFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                long size = Files.isRegularFile(file) ? Files.size(file) : -1;
                throw fileProblem(source, "too large: " + (size > 0 ? size + " bytes" : "more than " + MAX_FILE_BYTES
                        + " bytes") + "; a case file holds at most " + MAX_FILE_BYTES + " bytes (16 MiB)");
            }
            return bytes;
        }
    }

    private static CaseFileException fileProblem(String source, String message) {
        return new CaseFileException(source, List.of(InputProblem.ofFile(Optional.empty(), message)));
    }
}
