package org.childinneed.dsl.internal.checked;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.ast.Duration;
import org.childinneed.dsl.internal.ast.FindingPart;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.ObligationPart;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.TimeUnit;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;

/**
 * What the checker resolved each name of a script's tree to, by node: the event type of each
 * pattern (national or declared), the attribute a {@code referring to it} reads, the unit of each
 * duration and the kind of each part. The planner reads these rather than looking the names up again (as cel-java's planner
 * reads the checker's reference map). Only a script that checked without errors has a complete map.
 * The checker notes each resolution through a {@link Builder}; the map it builds does not change.
 */
public final class Resolved {

    private final Map<Pattern, EventSchema> types = new IdentityHashMap<>();
    private final Map<Pattern, AttributeSpec> references = new IdentityHashMap<>();
    private final Map<Object, TimeUnit> units = new IdentityHashMap<>();
    private final Map<ObligationPart, Obligation.Kind> obligationKinds = new IdentityHashMap<>();
    private final Map<FindingPart, Finding.Kind> findingKinds = new IdentityHashMap<>();
    private final Map<Name, Map<EventSchema, AttributeSpec>> dates = new IdentityHashMap<>();
    private final Map<Pattern, AttributeSpec> partnerReferences = new IdentityHashMap<>();
    private final Map<EventType, EventSchema> extended = new java.util.EnumMap<>(EventType.class);

    private Resolved() {
    }

    /** Notes what the checker resolves, as it goes; {@link #build()} gives the finished map. */
    public static final class Builder {

        private Resolved resolved = new Resolved();

        /** The event type {@code pattern} names: a national one, or one the policy declares. */
        public void type(Pattern pattern, EventSchema type) {
            open().types.put(pattern, type);
        }

        /** The event-reference attribute a {@code referring to it} pattern reads. */
        public void reference(Pattern pattern, AttributeSpec attribute) {
            open().references.put(pattern, attribute);
        }

        /** The unit of {@code duration}. */
        public void unit(Duration duration, TimeUnit unit) {
            open().units.put(duration, unit);
        }

        /** The unit {@code window} opens in. */
        public void opensIn(Deadline.Window window, TimeUnit unit) {
            open().units.put(window, unit);
        }

        /** The kind of an obligation. */
        public void kind(ObligationPart part, Obligation.Kind kind) {
            open().obligationKinds.put(part, kind);
        }

        /** The kind of a finding. */
        public void kind(FindingPart part, Finding.Kind kind) {
            open().findingKinds.put(part, kind);
        }

        /** The date attribute {@code name} (of {@code counted from}, or {@code within ... after it}) on {@code type}. */
        public void date(Name name, EventSchema type, AttributeSpec spec) {
            open().dates.computeIfAbsent(name, n -> new java.util.HashMap<>()).put(type, spec);
        }

        /** The attribute by which events of an {@code its <pattern>} partner's type refer to others. */
        public void partnerReference(Pattern pattern, AttributeSpec spec) {
            open().partnerReferences.put(pattern, spec);
        }

        /** A national type the policy adds attributes to, with them ({@code ExtendedEventType}). */
        public void extended(EventType type, EventSchema withAdded) {
            open().extended.put(type, withAdded);
        }

        /** The map noted so far; nothing more can be noted after. */
        public Resolved build() {
            Resolved done = open();
            resolved = null;
            return done;
        }

        private Resolved open() {
            if (resolved == null) {
                throw new IllegalStateException("already built");
            }
            return resolved;
        }
    }

    /** The event type a checked pattern names: {@link EventType#DECLARED} for a type the policy declares. */
    public EventType type(Pattern pattern) {
        return schema(pattern).eventType();
    }

    /** The national type {@code type} with the attributes the policy adds to it, or {@code type} itself. */
    public EventSchema schemaOf(EventType type) {
        return extended.getOrDefault(type, type);
    }

    /** The national or declared event type a checked pattern names. */
    public EventSchema schema(Pattern pattern) {
        return resolved(types.get(pattern), pattern);
    }

    /** The event-reference attribute a {@code referring to it} pattern reads, if it says so. */
    public Optional<AttributeSpec> reference(Pattern pattern) {
        return Optional.ofNullable(references.get(pattern));
    }

    /** The unit of a checked duration. */
    public TimeUnit unit(Duration duration) {
        return resolved(units.get(duration), duration);
    }

    /** The unit a window opens in: its own, or that of the duration it closes after. */
    public TimeUnit opensIn(Deadline.Window window) {
        return resolved(units.get(window), window);
    }

    /** The date attribute a checked name reads, by event type (the event's own date: none). */
    public Map<EventSchema, AttributeSpec> date(Name name) {
        return dates.getOrDefault(name, Map.of());
    }

    /** The reference attribute of an {@code its <pattern>} partner's type, if it has one. */
    public Optional<AttributeSpec> partnerReference(Pattern pattern) {
        return Optional.ofNullable(partnerReferences.get(pattern));
    }

    /** The kind of a checked obligation. */
    public Obligation.Kind kind(ObligationPart part) {
        return resolved(obligationKinds.get(part), part.kind());
    }

    /** The kind of a checked finding. */
    public Finding.Kind kind(FindingPart part) {
        return resolved(findingKinds.get(part), part.kind());
    }

    private static <T> T resolved(T value, Object node) {
        if (value == null) {
            throw new IllegalStateException("not resolved by the checker: " + node);
        }
        return value;
    }
}
