package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An event type a policy declares because its procedure needs it and the national vocabulary
 * lacks it ({@code event family-network-meeting "a family network meeting"}), with its attributes.
 *
 * @param code its code in the policy and in case files; never a national type's code
 * @param description what the event is, in the policy author's words
 * @param attributes the attributes its events take (see {@link AttributeSpec#declared})
 */
public record DeclaredEventType(String code, String description, List<AttributeSpec> attributes)
        implements EventSchema {

    public DeclaredEventType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        attributes = List.copyOf(attributes);
        if (EventType.fromCode(code).isPresent()) {
            throw new IllegalArgumentException("'" + code + "' is a national event type and cannot be declared");
        }
        Set<String> names = new HashSet<>();
        for (AttributeSpec spec : attributes) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("attribute '" + spec.name() + "' is declared twice on '" + code + "'");
            }
        }
    }

    /**
     * Builds an event of this type from typed attribute values (a case-file reader checks them
     * against {@link #attributes()} first).
     *
     * @throws IllegalArgumentException when a required attribute is missing
     */
    public DeclaredEvent create(EventRef ref, LocalDate date, Attributes values) {
        for (AttributeSpec spec : attributes) {
            if (spec.required() && !values.asMap().containsKey(spec.name())) {
                throw new IllegalArgumentException(spec.name() + " is required");
            }
        }
        return new DeclaredEvent(ref, date, this, values);
    }
}
