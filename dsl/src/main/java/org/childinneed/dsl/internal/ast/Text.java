package org.childinneed.dsl.internal.ast;

import java.util.Objects;

/**
 * A quoted string, unescaped.
 *
 * @param value the string without its quotes
 * @param pos where it was written
 */
public record Text(String value, Position pos) implements Node {

    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pos, "pos");
    }
}
