package org.childinneed.dsl.internal.ast;

import java.util.List;

/**
 * {@code waived when ...}: a recorded decision that the obligation no longer applies.
 *
 * @param when the deciding events
 * @param pos where it was written
 */
public record Waiver(List<Pattern> when, Position pos) implements Node {

    public Waiver {
        when = List.copyOf(when);
    }
}
