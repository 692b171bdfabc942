package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code extended to 45 working days when ...} or {@code extended to limitWorkingDays up to 45
 * working days when ...}: a recorded decision that gives more time.
 *
 * @param attribute the count attribute of the deciding event that sets the new limit, if any
 * @param limit the new limit, or the most the attribute may set
 * @param when the deciding events
 * @param pos where it was written
 */
public record Extension(Optional<Name> attribute, Duration limit, List<Pattern> when, Position pos) implements Node {

    public Extension {
        when = List.copyOf(when);
    }
}
