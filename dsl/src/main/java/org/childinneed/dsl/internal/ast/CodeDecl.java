package org.childinneed.dsl.internal.ast;

import java.util.Optional;

/**
 * {@code role family-group-coordinator "a family group conference coordinator"} or
 * {@code plan element frequency-of-visits "how often the child is visited"}: a code the script adds
 * to an open national list.
 *
 * @param role whether it declares a role (else a plan element)
 * @param word for a plan element, the word after {@code plan} as written (the checker wants {@code element})
 * @param code the code, as rules and case files write it
 * @param description what it is, in the author's words
 * @param pos where it was written
 */
public record CodeDecl(boolean role, Optional<Name> word, Name code, Optional<Text> description, Position pos)
        implements Node {
}
