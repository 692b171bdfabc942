package org.childinneed.dsl.internal.syntax.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text between two tokens: white space and comments only (the lexer skips both).
 *
 * @param trailing a comment on the same line as the token before
 * @param lines the lines after the first line break: blank, or a comment
 * @param lineBreaks whether the gap holds a line break
 */
record Gap(Optional<String> trailing, List<Line> lines, boolean lineBreaks) {

    /**
     * A line of the gap.
     *
     * @param comment its comment, empty for a blank line
     * @param atMargin whether the comment starts in the first column
     */
    record Line(Optional<String> comment, boolean atMargin) {
    }

    /** Splits {@code gap}; at the start of the text ({@code first}) the text before any line break is a line too. */
    static Gap of(String gap, boolean first) {
        String[] parts = gap.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Optional<String> trailing = Optional.empty();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String stripped = part.strip();
            boolean lastPart = i == parts.length - 1;
            if (i == 0 && !first) {
                trailing = stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
            } else if (!stripped.isEmpty()) {
                lines.add(new Line(Optional.of(stripped), !Character.isWhitespace(part.charAt(0))));
            } else if (!lastPart) {
                lines.add(new Line(Optional.empty(), false));
            }
        }
        return new Gap(trailing, lines, parts.length > 1);
    }
}
