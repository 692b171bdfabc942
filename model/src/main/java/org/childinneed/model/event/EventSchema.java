package org.childinneed.model.event;

import java.util.List;
import java.util.Optional;

/**
 * What events of one type look like: their case-file code and the attributes they take. The
 * national types ({@link EventType}) and the types a policy declares ({@link DeclaredEventType})
 * both have one, so checkers and readers treat them alike.
 */
public interface EventSchema {

    /** The type's code in case files and policy scripts. */
    String code();

    /** The attributes events of this type take, in the order they are given. */
    List<AttributeSpec> attributes();

    /**
     * The national type events of this type are ({@link EventType#DECLARED} for a declared type;
     * a national type extended with attributes is its national type).
     */
    default EventType eventType() {
        return EventType.DECLARED;
    }

    /** The attribute called {@code name}, if this type has one. */
    default Optional<AttributeSpec> attribute(String name) {
        return attributes().stream().filter(spec -> spec.name().equals(name)).findFirst();
    }
}
