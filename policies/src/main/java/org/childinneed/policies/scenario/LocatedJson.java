package org.childinneed.policies.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario file's JSON tree with the line and column of every field and value, by JSON pointer.
 * Syntax errors name the place and never repeat content from the file.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** A place in the file, one-based. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private final JsonNode root;
    private final Map<String, Position> values;
    private final Map<String, Position> names;

    private LocatedJson(JsonNode root, Map<String, Position> values, Map<String, Position> names) {
        this.root = root;
        this.values = values;
        this.names = names;
    }

    JsonNode root() {
        return root;
    }

    /** Where the name of the field at {@code pointer} is (for an array element or the root, its value). */
    Optional<Position> namePositionOf(String pointer) {
        Position name = names.get(pointer);
        return name != null ? Optional.of(name) : positionOf(pointer);
    }

    /** Where the value at {@code pointer} (or, failing that, its nearest enclosing value) is. */
    Optional<Position> positionOf(String pointer) {
        String at = pointer;
        while (true) {
            Position position = values.get(at);
            if (position != null) {
                return Optional.of(position);
            }
            if (at.isEmpty()) {
                return Optional.empty();
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** Parses {@code text}, or fails with the place and reason of the first syntax error. */
    static LocatedJson parse(String text) throws SyntaxError {
        Map<String, Position> values = new HashMap<>();
        Map<String, Position> names = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            int depth = 0;
            boolean complete = false;
            while ((token = parser.nextToken()) != null) {
                if (complete) {
                    throw new SyntaxError(positionOf(parser.currentTokenLocation()),
                            "not valid JSON: more content after the end of the scenario object");
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                (token == JsonToken.FIELD_NAME ? names : values).putIfAbsent(pointer, positionOf(parser.currentTokenLocation()));
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                complete = depth == 0;
            }
            if (values.isEmpty()) {
                throw new SyntaxError(new Position(1, 1), "the file is empty");
            }
            return new LocatedJson(MAPPER.readTree(text), Map.copyOf(values), Map.copyOf(names));
        } catch (JsonEOFException e) {
            throw new SyntaxError(positionOf(e.getLocation()), "not valid JSON: the file ends before the JSON is complete");
        } catch (StreamReadException e) {
            throw new SyntaxError(positionOf(e.getLocation()), "not valid JSON: " + reason(e));
        } catch (IOException e) {
            throw new SyntaxError(new Position(1, 1), "not valid JSON");
        }
    }

    private static Position positionOf(JsonLocation location) {
        return location == null ? new Position(1, 1)
                : new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Jackson's reason in words that repeat nothing from the file but a field name or one character. */
    private static String reason(StreamReadException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
            return "a field appears twice in the same object";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete";
        }
        if (original.startsWith("Unexpected character")) {
            return "unexpected character (a missing comma, quote or bracket?)";
        }
        if (original.startsWith("Unrecognized token")) {
            return "unrecognised word (text must be in double quotes)";
        }
        return "syntax error";
    }

    /** A file that is not JSON, with where it stops being JSON. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Position position;

        SyntaxError(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }

        Position position() {
            return position;
        }
    }
}
