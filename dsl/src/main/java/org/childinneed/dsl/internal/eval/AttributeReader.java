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
    /** The attribute on each type that has it, by the type's ordinal. */
    private final AttributeSpec[] specs;
    /**
     * When it reads one national type only (most readers: the attribute of a pattern's type), that
     * type, its record class and its attribute ({@code specs} at the type, kept at hand for
     * {@link #read(CaseEvent)}: going through {@link #read(CaseEvent, EventType)} instead measured
     * about 2 % slower a whole evaluation): an event of the class is read without asking the event
     * its type, which is a call through the {@code CaseEvent} interface, and so costs more than
     * comparing its class. Else null.
     */
    private final EventType onlyType;
    private final Class<?> onlyClass;
    private final AttributeSpec onlySpec;

    AttributeReader(String name, Collection<EventType> types) {
        this(name, types, t -> t);
    }

    /** As above, each type with the attributes the policy adds to it ({@code schemas}). */
    AttributeReader(String name, Collection<EventType> types, java.util.function.Function<EventType, EventSchema> schemas) {
        this(name, byType(name, types, schemas));
    }

    /**
     * Reads the attribute {@code name} as the checker resolved it on each type ({@code specs}); on a
     * declared type, by name as its declared type describes it.
     */
    AttributeReader(String name, java.util.Map<EventSchema, AttributeSpec> specs) {
        this(name, byType(specs));
    }

    private AttributeReader(String name, AttributeSpec[] specs) {
        this.name = name;
        this.specs = specs;
        this.onlyType = onlyType(specs);
        this.onlyClass = onlyType == null ? null : onlyType.eventClass();
        this.onlySpec = onlyType == null ? null : specs[onlyType.ordinal()];
    }

    /** The attribute {@code name} of each of {@code types} that has it, by the type's ordinal. */
    private static AttributeSpec[] byType(String name, Collection<EventType> types,
            java.util.function.Function<EventType, EventSchema> schemas) {
        AttributeSpec[] byType = new AttributeSpec[EventType.values().length];
        for (EventType type : types) {
            schemas.apply(type).attribute(name).ifPresent(spec -> byType[type.ordinal()] = spec);
        }
        return byType;
    }

    /** The specs resolved on national types, by the type's ordinal. */
    private static AttributeSpec[] byType(java.util.Map<EventSchema, AttributeSpec> specs) {
        AttributeSpec[] byType = new AttributeSpec[EventType.values().length];
        specs.forEach((type, spec) -> {
            if (type.eventType() != EventType.DECLARED) {
                byType[type.eventType().ordinal()] = spec;
            }
        });
        return byType;
    }

    /**
     * The one national type {@code specs} has an attribute for, or null when it has none or several
     * (a declared type's events are read by name, never this way).
     */
    private static EventType onlyType(AttributeSpec[] specs) {
        EventType only = null;
        for (EventType type : EventType.values()) {
            if (specs[type.ordinal()] != null) {
                if (only != null || type == EventType.DECLARED) {
                    return null;
                }
                only = type;
            }
        }
        return only;
    }

    String name() {
        return name;
    }

    /** The spec of the attribute on {@code type}, if that type has it. */
    Optional<AttributeSpec> spec(EventType type) {
        return Optional.ofNullable(specs[type.ordinal()]);
    }

    /**
     * The type of {@code event}, as {@link CaseEvent#type} gives it: for a test that reads the
     * attribute by type ({@link #read(CaseEvent, EventType)}) as cheaply as {@link #read(CaseEvent)} does.
     */
    EventType typeOf(CaseEvent event) {
        return event.getClass() == onlyClass ? onlyType : event.type();
    }

    /** The value on {@code event}, or null when absent. */
    Object read(CaseEvent event) {
        if (event.getClass() == onlyClass) {
            return onlySpec.valueOr(event, null);
        }
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
