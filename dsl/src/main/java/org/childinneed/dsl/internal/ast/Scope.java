package org.childinneed.dsl.internal.ast;

/** When, relative to the event in hand, a condition looks for other events. */
public sealed interface Scope extends Node {

    /**
     * {@code before it}: at any time up to the end of the day of the event in hand, in the current
     * plan or before it. (With no scope, a condition looks only since the current plan started.)
     */
    record BeforeIt(Position pos) implements Scope {
    }

    /** {@code after it}: at any time from the day of the event in hand. */
    record AfterIt(Position pos) implements Scope {
    }

    /** After the last event matching {@code pattern} before the event in hand. */
    record SinceLast(Pattern pattern, Position pos) implements Scope {
    }

    /** On or before the day of the last event matching {@code pattern}, in the current plan. */
    record BeforeLast(Pattern pattern, Position pos) implements Scope {
    }

    /** Within a duration before or after the day of the event in hand. */
    record WithinOfIt(Duration duration, boolean after, Position pos) implements Scope {
    }

    /**
     * {@code within 12 weeks after the plan started} (or {@code before}): that span from the day
     * the current plan started; nothing when no plan is open.
     */
    record WithinOfPlanStart(Duration duration, boolean after, Position pos) implements Scope {
    }

    /** On the day of the event in hand. */
    record SameDay(Position pos) implements Scope {
    }
}
