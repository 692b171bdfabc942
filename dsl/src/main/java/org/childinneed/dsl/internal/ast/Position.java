package org.childinneed.dsl.internal.ast;

/**
 * Where a node stands in its script.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @param length how many characters the node spans on its first line (at least 1)
 */
public record Position(int line, int column, int length) {

    public Position {
        line = Math.max(1, line);
        column = Math.max(1, column);
        length = Math.max(1, length);
    }

    /** A position at {@code line}:{@code column} one character long. */
    public static Position at(int line, int column) {
        return new Position(line, column, 1);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
