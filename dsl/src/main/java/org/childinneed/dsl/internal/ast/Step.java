package org.childinneed.dsl.internal.ast;

/**
 * A later occurrence of a recurring obligation: counted from what satisfied the one before, or
 * ({@link At}) from the series' trigger.
 */
public sealed interface Step extends Node {

    /** {@code then within 6 weeks}: one further occurrence. */
    record Once(Deadline deadline, Position pos) implements Step {
    }

    /**
     * {@code then at 12 weeks}: one further occurrence, due that long after the series' trigger,
     * met only by an event after the one that met the occurrence before.
     */
    record At(Duration offset, Position pos) implements Step {
    }

    /**
     * The repeat of {@code every visitWeeks weeks from management-decision}: occurrences for as long
     * as the plan lasts (or until the next trigger sets the period again), each due the period read
     * from the series' trigger after the event that met the one before.
     */
    record EveryAttribute(Deadline.WithinAttribute period, Position pos) implements Step {
    }

    /**
     * {@code then every 12 weeks}: occurrences for as long as the plan lasts; {@code then every
     * between 4 and 6 weeks}: each a window counted from the occurrence before, opening at the
     * first and due by the second ({@code period} is then the window's end).
     */
    record Every(Duration period, java.util.Optional<Deadline.Window> window, Position pos) implements Step {

        public Every(Duration period, Position pos) {
            this(period, java.util.Optional.empty(), pos);
        }
    }
}
