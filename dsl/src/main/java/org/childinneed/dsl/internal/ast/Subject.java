package org.childinneed.dsl.internal.ast;

/** What a finding looks at, one by one. */
public sealed interface Subject extends Node {

    /** {@code for each meeting with meeting initial}: each matching event. */
    record Events(Pattern pattern, Position pos) implements Subject {
    }

    /** {@code for each plan open longer than 12 weeks}: each plan still open after that long. */
    record PlanLongerThan(Duration duration, Position pos) implements Subject {
    }

    /** {@code for each plan open past the child's 18th birthday}. */
    record PlanPastBirthday(NumberLiteral age, Position pos) implements Subject {
    }
}
