package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code out of scope KEN-xx "reason"}: clauses a case record cannot show; or {@code not expressible
 * KEN-xx "reason"}: clauses the language cannot express yet.
 *
 * @param clauses the clause ids
 * @param reason why
 * @param notExpressible the word written after {@code not} ({@code expressible}, checked), for the
 *     second form; empty for {@code out of scope}
 * @param pos where it was written
 */
public record OutOfScopeDecl(List<Name> clauses, Text reason, Optional<Name> notExpressible, Position pos) implements Node {

    public OutOfScopeDecl {
        clauses = List.copyOf(clauses);
    }

    /** {@code out of scope}. */
    public OutOfScopeDecl(List<Name> clauses, Text reason, Position pos) {
        this(clauses, reason, Optional.empty(), pos);
    }
}
