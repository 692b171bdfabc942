package org.childinneed.model.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A national event type with the attributes a policy adds to it ({@code event visit attribute seen
 * one of [alone, with-others, not-seen]}): its code is the national type's, its attributes the
 * national ones and then the added ones. An added attribute never has a national attribute's name,
 * so it never changes what a national attribute means.
 *
 * @param national the national type
 * @param added the attributes the policy adds (see {@link AttributeSpec#declared}), optional in case files
 */
public record ExtendedEventType(EventType national, List<AttributeSpec> added) implements EventSchema {

    public ExtendedEventType {
        Objects.requireNonNull(national, "national");
        if (national == EventType.DECLARED) {
            throw new IllegalArgumentException("only a national event type can be extended");
        }
        added = List.copyOf(added);
        Set<String> names = new HashSet<>();
        national.attributes().forEach(spec -> names.add(spec.name()));
        for (AttributeSpec spec : added) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("attribute '" + spec.name() + "' is already an attribute of '"
                        + national.code() + "'");
            }
        }
    }

    @Override
    public EventType eventType() {
        return national;
    }

    @Override
    public String code() {
        return national.code();
    }

    /** The national attributes, then the added ones. */
    @Override
    public List<AttributeSpec> attributes() {
        List<AttributeSpec> all = new ArrayList<>(national.attributes());
        all.addAll(added);
        return all;
    }

    /**
     * The national event {@code base} with the values of added attributes {@code values} (checked
     * against {@link #added()} first); {@code base} itself when none is given, so that a case file
     * giving none reads exactly as without the policy.
     */
    public CaseEvent extend(CaseEvent base, Attributes values) {
        if (base.type() != national) {
            throw new IllegalArgumentException("a " + base.typeCode() + " event is not a " + national.code() + " event");
        }
        return values.asMap().isEmpty() ? base : new ExtendedEvent(base, this, values);
    }
}
