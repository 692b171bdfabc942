package org.childinneed.dsl.internal.checked;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
public sealed class Resolved permits Resolved.Recording {

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

    /**
     * This map, seen through a view that notes each lookup made through it and its answer: a plan
     * made through the view is the plan of any script whose map answers those lookups alike
     * ({@link Recording#answersAlike}), as a script checked against two versions of the policies
     * it extends often does.
     */
    public Recording recording() {
        return new Recording(this);
    }

    /** A view of a map that notes the lookups made through it (see {@link #recording()}). Not thread-safe. */
    public static final class Recording extends Resolved {

        private final Resolved of;
        private final List<Read> reads = new ArrayList<>();

        private Recording(Resolved of) {
            this.of = of;
        }

        /** One lookup and what it answered. */
        private record Read(Function<Resolved, Object> lookup, Object answer) {
        }

        /** Whether {@code other} answers every lookup made through this view with an equal answer. */
        public boolean answersAlike(Resolved other) {
            for (Read read : reads) {
                Object answer;
                try {
                    answer = read.lookup().apply(other);
                } catch (IllegalStateException notResolved) {
                    return false;
                }
                if (!answer.equals(read.answer())) {
                    return false;
                }
            }
            return true;
        }

        private <T> T noted(Function<Resolved, T> lookup) {
            T answer = lookup.apply(of);
            reads.add(new Read(lookup::apply, answer));
            return answer;
        }

        @Override
        public EventType type(Pattern pattern) {
            return noted(r -> r.type(pattern));
        }

        @Override
        public EventSchema schemaOf(EventType type) {
            return noted(r -> r.schemaOf(type));
        }

        @Override
        public EventSchema schema(Pattern pattern) {
            return noted(r -> r.schema(pattern));
        }

        @Override
        public Optional<AttributeSpec> reference(Pattern pattern) {
            return noted(r -> r.reference(pattern));
        }

        @Override
        public TimeUnit unit(Duration duration) {
            return noted(r -> r.unit(duration));
        }

        @Override
        public TimeUnit opensIn(Deadline.Window window) {
            return noted(r -> r.opensIn(window));
        }

        @Override
        public Map<EventSchema, AttributeSpec> date(Name name) {
            return noted(r -> r.date(name));
        }

        @Override
        public Optional<AttributeSpec> partnerReference(Pattern pattern) {
            return noted(r -> r.partnerReference(pattern));
        }

        @Override
        public Obligation.Kind kind(ObligationPart part) {
            return noted(r -> r.kind(part));
        }

        @Override
        public Finding.Kind kind(FindingPart part) {
            return noted(r -> r.kind(part));
        }
    }

    private static <T> T resolved(T value, Object node) {
        if (value == null) {
            throw new IllegalStateException("not resolved by the checker: " + node);
        }
        return value;
    }
}
