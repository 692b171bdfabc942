package org.childinneed.dsl.internal.checked;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.ast.Duration;
import org.childinneed.dsl.internal.ast.FindingPart;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.ObligationPart;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.RuleDecl;
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
    /** What was resolved while each rule was checked, in the order it was noted. */
    private final Map<RuleDecl, List<Note>> byRule = new IdentityHashMap<>();
    /** The notes of the rule being checked; null outside rules, where nothing is noted. */
    private List<Note> noting;

    /** One resolution: what kind, of which node of the tree (by identity), to what. */
    private record Note(String what, Object node, Object value) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Note n && what.equals(n.what) && node == n.node && value.equals(n.value);
        }

        @Override
        public int hashCode() {
            return what.hashCode() * 31 + System.identityHashCode(node);
        }
    }

    private Resolved() {
    }

    /** Notes what the checker resolves, as it goes; {@link #build()} gives the finished map. */
    public static final class Builder {

        private Resolved resolved = new Resolved();

        /** The event type {@code pattern} names: a national one, or one the policy declares. */
        public void type(Pattern pattern, EventSchema type) {
            note("type", pattern, type).types.put(pattern, type);
        }

        /** The event-reference attribute a {@code referring to it} pattern reads. */
        public void reference(Pattern pattern, AttributeSpec attribute) {
            note("reference", pattern, attribute).references.put(pattern, attribute);
        }

        /** The unit of {@code duration}. */
        public void unit(Duration duration, TimeUnit unit) {
            note("unit", duration, unit).units.put(duration, unit);
        }

        /** The unit {@code window} opens in. */
        public void opensIn(Deadline.Window window, TimeUnit unit) {
            note("opens in", window, unit).units.put(window, unit);
        }

        /** The kind of an obligation. */
        public void kind(ObligationPart part, Obligation.Kind kind) {
            note("obligation kind", part, kind).obligationKinds.put(part, kind);
        }

        /** The kind of a finding. */
        public void kind(FindingPart part, Finding.Kind kind) {
            note("finding kind", part, kind).findingKinds.put(part, kind);
        }

        /** The date attribute {@code name} (of {@code counted from}, or {@code within ... after it}) on {@code type}. */
        public void date(Name name, EventSchema type, AttributeSpec spec) {
            note("date", name, List.of(type, spec)).dates.computeIfAbsent(name, n -> new java.util.HashMap<>()).put(type, spec);
        }

        /** The attribute by which events of an {@code its <pattern>} partner's type refer to others. */
        public void partnerReference(Pattern pattern, AttributeSpec spec) {
            note("partner reference", pattern, spec).partnerReferences.put(pattern, spec);
        }

        /** A national type the policy adds attributes to, with them ({@code ExtendedEventType}). */
        public void extended(EventType type, EventSchema withAdded) {
            open().extended.put(type, withAdded);
        }

        /** Notes what follows, until the next call, as resolved while checking {@code rule}; null: outside any rule. */
        public void checking(RuleDecl rule) {
            Resolved r = open();
            r.noting = rule == null ? null : r.byRule.computeIfAbsent(rule, k -> new ArrayList<>());
        }

        private Resolved note(String what, Object node, Object value) {
            Resolved r = open();
            if (r.noting != null) {
                r.noting.add(new Note(what, node, value));
            }
            return r;
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
     * Whether {@code other} resolves every name of {@code rule} as this map does: two checks of one
     * parsed script against different versions of the policies it extends may, and then the rule
     * plans alike in both.
     */
    public boolean resolvesAlike(RuleDecl rule, Resolved other) {
        return this == other || extended.equals(other.extended)
                && byRule.getOrDefault(rule, List.of()).equals(other.byRule.getOrDefault(rule, List.of()));
    }

    private static <T> T resolved(T value, Object node) {
        if (value == null) {
            throw new IllegalStateException("not resolved by the checker: " + node);
        }
        return value;
    }
}
