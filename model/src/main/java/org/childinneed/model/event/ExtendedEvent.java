package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A national event that also records attributes a policy adds to its type
 * ({@link ExtendedEventType}): its type, reference, date and national attributes are its
 * {@link #base()}'s, and the added ones are read by name from {@link #added()}.
 *
 * @param base the national event
 * @param extendedType the national type with the added attributes
 * @param added the values of added attributes, checked against the extended type
 */
public record ExtendedEvent(CaseEvent base, ExtendedEventType extendedType, Attributes added) implements CaseEvent {

    public ExtendedEvent {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(extendedType, "extendedType");
        Objects.requireNonNull(added, "added");
        if (base instanceof ExtendedEvent || base.type() != extendedType.national()) {
            throw new IllegalArgumentException("an extended event wraps a national event of its type");
        }
    }

    /** {@code event} itself, or the national event it extends. */
    public static CaseEvent national(CaseEvent event) {
        return event instanceof ExtendedEvent extended ? extended.base() : event;
    }

    @Override
    public EventRef ref() {
        return base.ref();
    }

    @Override
    public LocalDate date() {
        return base.date();
    }

    @Override
    public EventType type() {
        return base.type();
    }

    @Override
    public EventSchema schema() {
        return extendedType;
    }
}
