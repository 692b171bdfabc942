package org.childinneed.policies.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON text parsed into a tree, with the line of every value (by JSON pointer) so that problems
 * can name where they are. Syntax errors come back as problems whose messages hold no content
 * from the file beyond single characters and known field names.
 */
final class JsonSource {

    /** The deepest JSON nesting read; a case file needs four levels. */
    static final int MAX_NESTING = 64;
    /** The deepest value whose line is recorded: {@code /events/3/elements/0}. */
    private static final int LINE_DEPTH = 4;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** How Jackson names a place in the text when the text itself is withheld. */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: REDACTED[^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Set<String> SHOWABLE_WORDS = Set.of("null", "true", "false", "case", "child", "born",
            "disabled", "events", "id", "type", "date");

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private JsonSource(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** A tree without line information (one built in memory). */
    static JsonSource ofTree(JsonNode root) {
        return new JsonSource(root, Map.of());
    }

    /** Parses {@code json}, or gives the syntax problem that stops it. */
    static JsonSource parse(String json) throws SyntaxProblem {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            try {
                index(parser, lines);
            } catch (StreamConstraintsException e) {
                throw beyondLimits(parser.currentLocation().getLineNr(), e);
            }
            return new JsonSource(MAPPER.readTree(json), Collections.unmodifiableMap(lines));
        } catch (StreamConstraintsException e) {
            throw beyondLimits(-1, e);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            String where = column > 0 ? " (column " + column + ")" : "";
            return failSyntax(line, "not valid JSON" + where + ": " + describe(e));
        } catch (IOException e) {
            return failSyntax(-1, "not valid JSON");
        }
    }

    /** Reads every token, noting the line of each value down to {@link #LINE_DEPTH}. */
    private static void index(JsonParser parser, Map<String, Integer> lines) throws IOException, SyntaxProblem {
        JsonToken token;
        int depth = 0;
        boolean rootSeen = false;
        while ((token = parser.nextToken()) != null) {
            if (depth == 0 && rootSeen) {
                throw new SyntaxProblem(InputProblem.ofFile(Optional.of(parser.currentTokenLocation().getLineNr()),
                        "not valid JSON: more content after the end of the case object"));
            }
            if (depth <= LINE_DEPTH) {
                lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
            if (token.isNumeric()) {
                parser.getNumberValue(); // a number too long to read is refused here, where its line is known
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            rootSeen |= depth == 0;
        }
        if (!rootSeen) {
            throw new SyntaxProblem(InputProblem.ofFile(Optional.empty(), "the file is empty"));
        }
    }

    /** JSON deeper, or a number or text longer, than a case file can need. */
    private static SyntaxProblem beyondLimits(int line, StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage()).contains("nesting depth")
                ? "nested more than " + MAX_NESTING + " deep; a case file needs four levels"
                : "a number or a text is too long to be part of a case file";
        return new SyntaxProblem(InputProblem.ofFile(line > 0 ? Optional.of(line) : Optional.empty(), message));
    }

    private static JsonSource failSyntax(int line, String message) throws SyntaxProblem {
        throw new SyntaxProblem(InputProblem.ofFile(line > 0 ? Optional.of(line) : Optional.empty(), message));
    }

    /** Jackson's reason, with any quoted content from the file withheld. */
    private static String describe(StreamReadException e) {
        if (e instanceof JsonEOFException) {
            return "the file ends before the JSON is complete";
        }
        String original = String.valueOf(e.getOriginalMessage());
        int cut = original.indexOf('\n');
        if (cut >= 0) {
            original = original.substring(0, cut);
        }
        original = SOURCE_LOCATION.matcher(original).replaceAll("line $1, column $2");
        Matcher m = QUOTED.matcher(original);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String content = m.group(1);
            boolean showable = content.length() <= 1 || SHOWABLE_WORDS.contains(content);
            m.appendReplacement(out, Matcher.quoteReplacement(showable ? m.group() : "'…'"));
        }
        m.appendTail(out);
        String text = out.toString();
        return text.isEmpty() ? "syntax error" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    JsonNode root() {
        return root;
    }

    /** The line of the first pointer that the file has a value at, if lines are known. */
    Optional<Integer> lineOf(List<String> pointers) {
        for (String pointer : pointers) {
            Integer line = lines.get(pointer);
            if (line != null) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** A file that is not JSON. */
    static final class SyntaxProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient InputProblem problem;

        SyntaxProblem(InputProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        InputProblem problem() {
            return problem;
        }
    }
}
