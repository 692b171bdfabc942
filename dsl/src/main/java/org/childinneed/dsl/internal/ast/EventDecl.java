package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code event family-network-meeting "a family network meeting"}: an event type the policy
 * declares, with its attributes.
 *
 * @param name the type's code, as case files write it
 * @param description what the event is, in the author's words
 * @param attributes its attributes, in the order written
 * @param pos where it was written
 */
public record EventDecl(Name name, Optional<Text> description, List<AttributeDecl> attributes, Position pos)
        implements Node {

    public EventDecl {
        attributes = List.copyOf(attributes);
    }
}
