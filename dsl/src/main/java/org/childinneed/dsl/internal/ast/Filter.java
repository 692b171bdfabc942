package org.childinneed.dsl.internal.ast;

import java.util.List;

/** A test on one attribute of an event. */
public sealed interface Filter extends Node {

    /** The attribute tested. */
    Name attribute();

    /** {@code complexPackage}, or {@code not longTermSupport}: a yes/no attribute. */
    record Flag(Name attribute, boolean negated, Position pos) implements Filter {
    }

    /** {@code chair is team-manager}, {@code outcome in-need}, {@code chair is not social-worker}. */
    record Equals(Name attribute, boolean negated, Name value, Position pos) implements Filter {
    }

    /** {@code meeting in [review, early-review]}, {@code reason not in [died]}. */
    record In(Name attribute, boolean negated, List<Name> values, Position pos) implements Filter {
        public In {
            values = List.copyOf(values);
        }
    }

    /** {@code elements include [keyworker, contingency]}: a list attribute holds every value. */
    record Includes(Name attribute, List<Name> values, Position pos) implements Filter {
        public Includes {
            values = List.copyOf(values);
        }
    }

    /** {@code points more than 8}. */
    record Compare(Name attribute, Comparison comparison, NumberLiteral bound, Position pos) implements Filter {
    }

    /** {@code nextReview recorded}, {@code rationale not recorded}. */
    record Recorded(Name attribute, boolean negated, Position pos) implements Filter {
    }
}
