package org.childinneed.policies.internal.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text that is not JSON, or not within a format's limits: what is wrong, and where, if known. The
 * message is Jackson's reason with all content from the text withheld but single characters, JSON
 * keywords and the format's field names; readers word it for their own files by its {@link Kind}.
 */
public final class JsonSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** How Jackson names a place in the text when the text itself is withheld. */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: REDACTED[^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Set<String> KEYWORDS = Set.of("null", "true", "false");

    /** What is wrong with the text. */
    public enum Kind {
        /** No value at all. */
        EMPTY,
        /** More content after the one value. */
        TRAILING_CONTENT,
        /** Nested deeper than the format allows. */
        TOO_DEEP,
        /** A number or a text longer than Jackson reads. */
        TOO_LONG,
        /** Not JSON: the message says why. */
        MALFORMED,
        /** Not readable as text. */
        UNREADABLE
    }

    private final Kind kind;
    private final transient Optional<Position> position;

    JsonSyntaxException(Kind kind, Optional<Position> position, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.position = position;
    }

    public Kind kind() {
        return kind;
    }

    /** Where the text stops being what it should, if known. */
    public Optional<Position> position() {
        return position;
    }

    static JsonSyntaxException beyondLimits(StreamConstraintsException e, Optional<Position> position) {
        return String.valueOf(e.getMessage()).contains("nesting depth")
                ? new JsonSyntaxException(Kind.TOO_DEEP, position, "nested too deep")
                : new JsonSyntaxException(Kind.TOO_LONG, position, "a number or a text is too long");
    }

    static JsonSyntaxException malformed(StreamReadException e, Optional<Position> position, Set<String> fieldNames) {
        return new JsonSyntaxException(Kind.MALFORMED, position, describe(e, fieldNames));
    }

    /** Jackson's reason, with any quoted content from the text withheld. */
    private static String describe(StreamReadException e, Set<String> fieldNames) {
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
            boolean showable = content.length() <= 1 || KEYWORDS.contains(content) || fieldNames.contains(content);
            m.appendReplacement(out, Matcher.quoteReplacement(showable ? m.group() : "'…'"));
        }
        m.appendTail(out);
        String text = out.toString();
        return text.isEmpty() ? "syntax error" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
