package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event of a type a policy declares (its {@link #declaredType()}), not one of the national
 * types: its {@link #type()} is {@link EventType#DECLARED}, and its attributes are read by name as
 * the declared type describes them.
 *
 * @param ref where it stands in its case file
 * @param date the day it happened
 * @param declaredType the declared type, with its code and attributes
 * @param values its attribute values, checked against the declared type
 */
public record DeclaredEvent(EventRef ref, LocalDate date, DeclaredEventType declaredType, Attributes values)
        implements CaseEvent {

    public DeclaredEvent {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(declaredType, "declaredType");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public EventType type() {
        return EventType.DECLARED;
    }

    @Override
    public EventSchema schema() {
        return declaredType;
    }
}
