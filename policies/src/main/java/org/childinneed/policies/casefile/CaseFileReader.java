package org.childinneed.policies.casefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.DeclaredVocabulary;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.internal.json.JsonFiles;
import org.childinneed.policies.internal.json.JsonFormat;
import org.childinneed.policies.internal.json.JsonSyntaxException;
import org.childinneed.policies.internal.json.LocatedJson;
import org.childinneed.policies.internal.json.Position;

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
    /**
     * The most events a case file holds: evaluation and reports grow with events times rules, and
     * this bounds them (far beyond a real case: years of weekly visits are some hundreds).
     */
    public static final int MAX_EVENTS = 20_000;
    /** The longest id (of the case or an event) a case file may use. */
    public static final int MAX_ID_LENGTH = 200;
    /** The deepest a case file may nest JSON arrays and objects (a case needs four levels). */
    public static final int MAX_NESTING = 64;
    /** Case files: lines noted down to {@code /events/3/elements/0}; the field names syntax errors may repeat. */
    private static final JsonFormat FORMAT = new JsonFormat(MAX_NESTING, 4, Set.of("case", "child", "born",
            "disabled", "events", "id", "type", "date"));

    private CaseFileReader() {
    }

    /** Reads the case file at {@code file}; problems name the file by the path as given. */
    public static CaseRecord read(Path file) throws CaseFileException {
        return read(file, List.of());
    }

    /**
     * Reads the case file at {@code file}, accepting events of the types a policy declares as well
     * as the national ones ({@code read(file, policy.declaredEvents())}); problems name the file by
     * the path as given.
     */
    public static CaseRecord read(Path file, List<DeclaredEventType> declared) throws CaseFileException {
        return read(file, DeclaredVocabulary.of(declared));
    }

    /**
     * Reads the case file at {@code file}, accepting what a policy declares as well as the national
     * vocabulary ({@code read(file, policy.declaredVocabulary())}): events of declared types, and
     * declared roles and plan elements where national ones are expected.
     */
    public static CaseRecord read(Path file, DeclaredVocabulary declared) throws CaseFileException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(declared, "declared");
        String source = file.toString();
        String text;
        try {
            text = JsonFiles.read(file, "case file", MAX_FILE_BYTES);
        } catch (JsonFiles.UnreadableFile e) {
            throw fileProblem(source, e.getMessage());
        }
        return parse(source, text.startsWith("\uFEFF") ? text.substring(1) : text, declared);
    }

    /**
     * Reads a case file's text; {@code sourceName} is how problems name the file. Text longer than
     * {@link #MAX_FILE_BYTES} characters is refused.
     */
    public static CaseRecord parse(String sourceName, String json) throws CaseFileException {
        return parse(sourceName, json, List.of());
    }

    /** Reads a case file's text as {@link #parse(String, String)} does, accepting the {@code declared} event types. */
    public static CaseRecord parse(String sourceName, String json, List<DeclaredEventType> declared)
            throws CaseFileException {
        return parse(sourceName, json, DeclaredVocabulary.of(declared));
    }

    /** Reads a case file's text as {@link #parse(String, String)} does, accepting what a policy declares. */
    public static CaseRecord parse(String sourceName, String json, DeclaredVocabulary declared) throws CaseFileException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_FILE_BYTES) {
            throw fileProblem(sourceName, "too large: " + json.length() + " characters; a case file holds at most "
                    + MAX_FILE_BYTES + " (16 MiB)");
        }
        LocatedJson tree;
        try {
            tree = LocatedJson.parse(json, FORMAT);
        } catch (JsonSyntaxException e) {
            throw CaseFileException.ofFile(sourceName, CaseFileCodes.NOT_JSON, e.position().map(Position::line),
                    syntaxMessage(e));
        }
        return CaseTreeReader.read(sourceName, tree, declared);
    }

    /** A syntax error in the words of a case file. */
    private static String syntaxMessage(JsonSyntaxException e) {
        return switch (e.kind()) {
            case EMPTY -> e.getMessage();
            case TRAILING_CONTENT -> "not valid JSON: more content after the end of the case object";
            case TOO_DEEP -> "nested more than " + MAX_NESTING + " deep; a case file needs four levels";
            case TOO_LONG -> "a number or a text is too long to be part of a case file";
            case MALFORMED -> "not valid JSON" + e.position().map(p -> " (column " + p.column() + ")").orElse("")
                    + ": " + e.getMessage();
            case UNREADABLE -> "not valid JSON";
        };
    }

    private static CaseFileException fileProblem(String source, String message) {
        return CaseFileException.ofFile(source, CaseFileCodes.NOT_JSON, Optional.empty(), message);
    }
}
