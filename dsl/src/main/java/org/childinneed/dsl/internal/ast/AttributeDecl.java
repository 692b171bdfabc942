package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code attribute chair role}, {@code attribute outcome one of [plan-agreed, escalate]}: one
 * attribute of a declared event type.
 *
 * @param name the attribute's name, as case files write it
 * @param kind the kind of value as written: {@code role}, {@code date}, {@code number}, {@code flag},
 *     {@code text}, {@code reference}, or {@code one} / {@code list} before {@code of [...]}
 * @param codes the codes after {@code of}, when written
 * @param pos where it was written
 */
public record AttributeDecl(Name name, Name kind, Optional<List<Name>> codes, Position pos) implements Node {

    public AttributeDecl {
        codes = codes.map(List::copyOf);
    }
}
