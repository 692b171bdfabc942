package org.childinneed.dsl.ast;

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

    /** {@code then every 12 weeks}: occurrences for as long as the plan lasts. */
    record Every(Duration period, Position pos) implements Step {
    }
}
