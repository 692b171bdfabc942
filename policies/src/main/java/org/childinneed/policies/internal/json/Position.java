package org.childinneed.policies.internal.json;

/**
 * A place in a JSON text, printed {@code line:column}.
 *
 * @param line the line, one-based
 * @param column the column, one-based
 */
public record Position(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
