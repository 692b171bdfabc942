package org.childinneed.dsl;

import java.util.Objects;

/**
 * A catalog clause a policy declares it cannot check from a case record.
 *
 * @param clause the catalog clause id
 * @param reason why it cannot be checked
 */
public record OutOfScope(String clause, String reason) {

    public OutOfScope {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(reason, "reason");
    }
}
