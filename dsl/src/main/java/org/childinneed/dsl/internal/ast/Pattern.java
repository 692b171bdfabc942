package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Objects;

/**
 * Which events a rule talks about: an event type and filters on its attributes, as in
 * {@code meeting with meeting in [review, early-review]}.
 *
 * @param type the event type as written
 * @param filters the attribute filters, all of which must hold
 * @param referringToIt whether the event must refer (by {@code meetingRef}) to the event in hand
 * @param pos where it was written
 */
public record Pattern(Name type, List<Filter> filters, boolean referringToIt, Position pos) implements Node {

    public Pattern {
        Objects.requireNonNull(type, "type");
        filters = List.copyOf(filters);
        Objects.requireNonNull(pos, "pos");
    }
}
