package org.childinneed.dsl;

import java.util.Objects;

/**
 * A catalog clause a policy does not encode as a rule, with the reason: one a case record cannot
 * show ({@code out of scope}), or one the language cannot express yet ({@code not expressible}).
 *
 * @param clause the catalog clause id
 * @param reason why it is not checked
 * @param notExpressible whether the language cannot express it yet ({@code not expressible}), rather
 *     than a case record cannot show it
 */
public record OutOfScope(String clause, String reason, boolean notExpressible) {

    public OutOfScope {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(reason, "reason");
    }

    /** A clause a case record cannot show ({@code out of scope}). */
    public OutOfScope(String clause, String reason) {
        this(clause, reason, false);
    }
}
