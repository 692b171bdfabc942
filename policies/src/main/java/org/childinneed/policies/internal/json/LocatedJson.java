package org.childinneed.policies.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.childinneed.policies.internal.json.JsonSyntaxException.Kind;

/**
 * JSON text parsed into a tree, with the position of values and field names by JSON pointer, so
 * that problems can name where they are. The text holds exactly one value: more content after it
 * is a syntax error. Positions are noted only when first asked for (a problem to report), so a
 * valid file costs no memory for them: a map of every position would take many times the file's
 * size. Immutable and thread-safe.
 */
public final class LocatedJson {

    private final JsonNode root;
    private final String text;
    private final JsonFormat format;
    private Map<String, Position> values;
    private Map<String, Position> names;

    private LocatedJson(JsonNode root, String text, JsonFormat format, Map<String, Position> values,
            Map<String, Position> names) {
        this.root = root;
        this.text = text;
        this.format = format;
        this.values = values;
        this.names = names;
    }

    /** A tree without positions (one built in memory, or part of a larger document). */
    public static LocatedJson ofTree(JsonNode root) {
        return new LocatedJson(root, null, null, Map.of(), Map.of());
    }

    /** Parses {@code text} as {@code format} says, or fails with the first syntax error. */
    public static LocatedJson parse(String text, JsonFormat format) throws JsonSyntaxException {
        try (JsonParser parser = format.factory().createParser(text)) {
            try {
                index(parser, format, null, null);
            } catch (StreamConstraintsException e) {
                throw JsonSyntaxException.beyondLimits(e, position(parser.currentLocation()));
            }
            try (JsonParser tree = format.factory().createParser(text)) {
                return new LocatedJson(JsonTrees.read(tree), text, format, null, null);
            }
        } catch (StreamConstraintsException e) {
            throw JsonSyntaxException.beyondLimits(e, Optional.empty());
        } catch (StreamReadException e) {
            throw JsonSyntaxException.malformed(e, position(e.getLocation()), format.fieldNames());
        } catch (IOException e) {
            throw new JsonSyntaxException(Kind.UNREADABLE, Optional.empty(), "not valid JSON");
        }
    }

    /** Reads every token, noting the position of each value and field name down to the noted depth. */
    private static void index(JsonParser parser, JsonFormat format, Map<String, Position> values,
            Map<String, Position> names) throws IOException, JsonSyntaxException {
        JsonToken token;
        int depth = 0;
        boolean complete = false;
        while ((token = parser.nextToken()) != null) {
            if (complete) {
                throw new JsonSyntaxException(Kind.TRAILING_CONTENT, position(parser.currentTokenLocation()),
                        "more content after the end of the JSON value");
            }
            if (values != null && depth <= format.notedDepth()) {
                (token == JsonToken.FIELD_NAME ? names : values).putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        position(parser.currentTokenLocation()).orElse(new Position(1, 1)));
            }
            if (token.isNumeric()) {
                parser.getNumberValue(); // a number too long to read is refused here, where its place is known
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            complete = depth == 0;
        }
        if (!complete) {
            throw new JsonSyntaxException(Kind.EMPTY, Optional.empty(), "the file is empty");
        }
    }

    private static Optional<Position> position(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? Optional.empty()
                : Optional.of(new Position(location.getLineNr(), Math.max(1, location.getColumnNr())));
    }

    public JsonNode root() {
        return root;
    }

    /** Notes the positions, once, by reading the text again (it was read without error before). */
    private synchronized void noted() {
        if (values != null) {
            return;
        }
        Map<String, Position> v = new HashMap<>();
        Map<String, Position> n = new HashMap<>();
        try (JsonParser parser = format.factory().createParser(text)) {
            index(parser, format, v, n);
        } catch (IOException | JsonSyntaxException e) {
            // cannot happen: the same text parsed before; positions noted so far are kept
        }
        values = v;
        names = n;
    }

    /** Where the field at {@code pointer} begins (its name; for an array element or the root, its value), if noted. */
    public Optional<Position> fieldAt(String pointer) {
        noted();
        Position name = names.get(pointer);
        return Optional.ofNullable(name != null ? name : values.get(pointer));
    }

    /** Where the value at {@code pointer} (or, failing that, its nearest enclosing value) is. */
    public Optional<Position> positionOf(String pointer) {
        noted();
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

    /** Where the name of the field at {@code pointer} is (for an array element or the root, its value). */
    public Optional<Position> namePositionOf(String pointer) {
        return fieldAt(pointer).or(() -> positionOf(pointer));
    }
}
