package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Optional;

/** A condition on the event in hand, the child, the plan or the case history. */
public sealed interface Condition extends Node {

    /** Any of the conditions. */
    record AnyOf(List<Condition> conditions, Position pos) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** All of the conditions. */
    record AllOf(List<Condition> conditions, Position pos) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** {@code not ...}. */
    record Not(Condition condition, Position pos) implements Condition {
    }

    /** {@code child is disabled}, {@code child is not disabled}. */
    record ChildDisabled(boolean negated, Position pos) implements Condition {
    }

    /** {@code child aged at least 16}: the child's age in whole years on the day in hand. */
    record ChildAge(Comparison comparison, NumberLiteral years, Position pos) implements Condition {
    }

    /** {@code plan open at least 6 months}: how long the current plan has been open on the day in hand. */
    record PlanOpen(Comparison comparison, Duration duration, Position pos) implements Condition {
    }

    /** {@code plan has origin child-protection}: filters on the current plan's {@code plan-started}. */
    record PlanHas(List<Filter> filters, Position pos) implements Condition {
        public PlanHas {
            filters = List.copyOf(filters);
        }
    }

    /** {@code a management-decision with about exception before it}, or with {@code no}: none. */
    record Exists(Pattern pattern, boolean none, Optional<Scope> scope, Position pos) implements Condition {
    }

    /**
     * {@code nextReview within 3 months after it}: a date attribute of the event in hand is recorded
     * and lies from the day in hand to that long after it (or, {@code before it}, that long before).
     */
    record DateWithin(Name attribute, Duration duration, boolean after, Position pos) implements Condition {
    }

    /**
     * {@code its assessment-completed with outcome not-in-need}: the event in hand's partner of that
     * type (the one referring to it, else the first after it, unless another event of the in-hand
     * type comes first) exists and matches the pattern.
     */
    record Partner(Pattern pattern, Position pos) implements Condition {
    }

    /** A filter on the event in hand: {@code chair in [team-manager, senior-practitioner]}. */
    record Attribute(Filter filter, Position pos) implements Condition {
    }
}
