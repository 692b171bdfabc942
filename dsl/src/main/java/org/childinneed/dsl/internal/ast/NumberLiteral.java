package org.childinneed.dsl.internal.ast;

import java.util.Objects;

/**
 * A whole number as written.
 *
 * @param value its value; {@link Long#MAX_VALUE} when the digits overflow
 * @param pos where it was written
 */
public record NumberLiteral(long value, Position pos) implements Node {

    public NumberLiteral {
        Objects.requireNonNull(pos, "pos");
    }
}
