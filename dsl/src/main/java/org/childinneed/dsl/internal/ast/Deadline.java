package org.childinneed.dsl.internal.ast;

import java.util.Optional;

/** When an obligation falls due, counted from its trigger. */
public sealed interface Deadline extends Node {

    /** {@code within 10 working days}. */
    record Within(Duration duration, Position pos) implements Deadline {
    }

    /**
     * {@code at 9 months}: a point after the trigger, on which the obligation both opens and falls
     * due: only an event on or after it meets it, and one after it is late.
     */
    record At(Duration offset, Position pos) implements Deadline {
    }

    /**
     * {@code no due date}: open until met, never overdue ({@code word} is checked to be {@code date}).
     */
    record None(Name word, Position pos) implements Deadline {
    }

    /**
     * {@code within visitWithinDays working days}: due that long after the trigger, the number read
     * from the trigger's attribute {@code attribute}.
     *
     * @param unit the unit; empty when the script names one the language does not know
     */
    record WithinAttribute(Name attribute, Optional<TimeUnit> unit, Name unitName, Position pos) implements Deadline {
    }

    /** {@code at once}: due on the day of the trigger. */
    record AtOnce(Position pos) implements Deadline {
    }

    /**
     * {@code between 6 and 8 weeks}: not satisfied before the first, due by the second.
     *
     * @param from the start of the window; its unit is {@code fromUnit}, or that of {@code to}
     */
    record Window(NumberLiteral from, Optional<Name> fromUnitName, Optional<TimeUnit> fromUnit, Duration to,
            Position pos) implements Deadline {
    }
}
