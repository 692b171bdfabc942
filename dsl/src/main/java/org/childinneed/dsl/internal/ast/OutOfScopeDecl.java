package org.childinneed.dsl.internal.ast;

import java.util.List;

/**
 * {@code out of scope KEN-xx "reason"}: clauses a case record cannot show.
 *
 * @param clauses the clause ids
 * @param reason why
 * @param pos where it was written
 */
public record OutOfScopeDecl(List<Name> clauses, Text reason, Position pos) implements Node {

    public OutOfScopeDecl {
        clauses = List.copyOf(clauses);
    }
}
