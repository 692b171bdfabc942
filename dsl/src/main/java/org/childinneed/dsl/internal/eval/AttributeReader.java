package org.childinneed.dsl.internal.eval;

import java.util.Collection;
import java.util.Optional;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;

/**
 * Reads one attribute, by name, from events of any of the types that have it; from an event of a
 * declared type, by name as its declared type describes it.
 */
final class AttributeReader {

    private final String name;
    private final AttributeSpec[] specs = new AttributeSpec[EventType.values().length];

    AttributeReader(String name, Collection<EventType> types) {
        this(name, types, t -> t);
    }

    /** As above, each type with the attributes the policy adds to it ({@code schemas}). */
    AttributeReader(String name, Collection<EventType> types, java.util.function.Function<EventType, EventSchema> schemas) {
        this.name = name;
        for (EventType type : types) {
            schemas.apply(type).attribute(name).ifPresent(spec -> specs[type.ordinal()] = spec);
        }
    }

    /**
     * Reads the attribute {@code name} as the checker resolved it on each type ({@code specs}); on a
     * declared type, by name as its declared type describes it.
     */
    AttributeReader(String name, java.util.Map<EventSchema, AttributeSpec> specs) {
        this.name = name;
        specs.forEach((type, spec) -> {
            if (type.eventType() != EventType.DECLARED) {
                this.specs[type.eventType().ordinal()] = spec;
            }
        });
    }

    String name() {
        return name;
    }

    /** The spec of the attribute on {@code type}, if that type has it. */
    Optional<AttributeSpec> spec(EventType type) {
        return Optional.ofNullable(specs[type.ordinal()]);
    }

    /** The value on {@code event}, or null when absent. */
    Object read(CaseEvent event) {
        return read(event, event.type());
    }

    /** The value on {@code event}, of type {@code type} (which a caller that knows it passes rather than asks again). */
    Object read(CaseEvent event, EventType type) {
        if (type == EventType.DECLARED) {
            return event.schema().attribute(name).flatMap(spec -> spec.valueOf(event)).orElse(null);
        }
        AttributeSpec spec = specs[type.ordinal()];
        return spec == null ? null : spec.valueOr(event, null);
    }
}
