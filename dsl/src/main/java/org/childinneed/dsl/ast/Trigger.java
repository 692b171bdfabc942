package org.childinneed.dsl.ast;

import java.util.List;
import java.util.Optional;

/**
 * What starts an obligation: {@code when assessment-completed with outcome in-need}, optionally
 * {@code counted from} a date attribute of that event instead of its own date.
 *
 * @param patterns the events that start it
 * @param countedFrom the date attribute to count from, when not the event's date
 * @param pos where it was written
 */
public record Trigger(List<Pattern> patterns, Optional<Name> countedFrom, Position pos) implements Node {

    public Trigger {
        patterns = List.copyOf(patterns);
    }
}
