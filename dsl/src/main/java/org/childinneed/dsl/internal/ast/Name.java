package org.childinneed.dsl.internal.ast;

import java.util.Objects;

/**
 * A name as written: an event type, attribute, code, kind, rule or policy id.
 *
 * @param text the name
 * @param pos where it was written
 */
public record Name(String text, Position pos) implements Node {

    public Name {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
    }

    @Override
    public String toString() {
        return text;
    }
}
