package org.childinneed.dsl.internal.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.Comparison;
import org.childinneed.model.Coded;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.DeclaredCode;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.FreeText;

/** The attribute tests, each resolved once when a policy is planned. */
final class AttributeTests {

    private static final Map<String, String> PHRASES = Map.of("chair", "chaired by", "reason", "for", "by", "by",
            "about", "about", "outcome", "with outcome", "kind", "of kind", "meeting", "of type", "origin",
            "of origin");

    private AttributeTests() {
    }

    /** The values {@code codes} stand for in each of {@code types}, by type ordinal; null for other types. */
    private static Object[][] valuesByType(AttributeReader reader, Collection<EventType> types, List<String> codes) {
        Object[][] byType = new Object[EventType.values().length][];
        // A declared event's codes are compared by their spelling: its type says which vocabulary they are of.
        byType[EventType.DECLARED.ordinal()] = codes.toArray();
        for (EventType type : types) {
            reader.spec(type).ifPresent(spec -> byType[type.ordinal()] =
                    codes.stream().map(code -> parse(spec, code)).flatMap(Optional::stream).toArray());
        }
        return byType;
    }

    /** A checked code: national, or (on an open list) one the policy declares, equal by spelling to the event's. */
    private static Optional<Coded> parse(AttributeSpec spec, String code) {
        return spec.parseCode(code).or(() -> spec.openList().map(list -> new DeclaredCode(code)));
    }

    /** How a message introduces a value of {@code attribute}: "chaired by team-manager". */
    static String phrase(String attribute, String value) {
        return PHRASES.getOrDefault(attribute, "with " + attribute) + " " + value;
    }

    /** Whether {@code reason} starts as an attribute phrase does ("chaired by", "with", "missing"). */
    static boolean isPhrase(String reason) {
        if (reason.startsWith("with ") || reason.startsWith("missing ")) {
            return true;
        }
        for (String phrase : PHRASES.values()) {
            if (reason.startsWith(phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    static String codeOf(Object value) {
        return value instanceof Coded c ? c.code() : String.valueOf(value);
    }

    /** {@code complexPackage}, {@code not longTermSupport}. */
    record Flag(AttributeReader reader, boolean negated) implements AttributeTest {
        @Override
        public boolean test(CaseEvent event) {
            return Boolean.TRUE.equals(reader.read(event)) != negated;
        }

        @Override
        public String why(CaseEvent event, boolean held) {
            boolean set = Boolean.TRUE.equals(reader.read(event));
            return reader.name() + (set ? " set" : " not set");
        }

        @Override
        public String attribute() {
            return reader.name();
        }
    }

    /** {@code chair is team-manager}, {@code meeting in [review, early-review]}, negated or not. */
    static final class OneOf implements AttributeTest {
        private final AttributeReader reader;
        private final Object[][] allowedByType;
        private final List<String> codes;
        private final boolean negated;

        OneOf(AttributeReader reader, Collection<EventType> types, List<String> codes, boolean negated) {
            this.reader = reader;
            this.codes = List.copyOf(codes);
            this.negated = negated;
            this.allowedByType = valuesByType(reader, types, codes);
        }

        @Override
        public boolean test(CaseEvent event) {
            return isOneOf(event) != negated;
        }

        private boolean isOneOf(CaseEvent event) {
            EventType type = reader.typeOf(event);
            Object[] allowed = allowedByType[type.ordinal()];
            if (allowed == null) {
                return false;
            }
            Object value = reader.read(event, type);
            if (value == null) {
                return false;
            }
            Object compared = type == EventType.DECLARED ? codeOf(value) : value;
            for (Object a : allowed) {
                // A national code is one constant of its vocabulary, equal only to itself: the
                // same object or none; a declared code is equal by its spelling.
                if (a == compared || !(a instanceof Enum<?>) && a.equals(compared)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String why(CaseEvent event, boolean held) {
            String actual = fact(event, held);
            if (held) {
                return actual;
            }
            return negated ? actual + ", which is not permitted" : actual + "; permitted: " + String.join(", ", codes);
        }

        @Override
        public String fact(CaseEvent event, boolean held) {
            Object value = reader.read(event);
            return value == null ? "with no " + reader.name() + " recorded" : phrase(reader.name(), codeOf(value));
        }

        @Override
        public String attribute() {
            return reader.name();
        }

        @Override
        public Optional<List<String>> permitted() {
            return negated ? Optional.empty() : Optional.of(codes);
        }
    }

    /** {@code elements include [keyworker, contingency]}. */
    static final class Includes implements AttributeTest {
        private final AttributeReader reader;
        private final List<String> codes;
        private final Object[][] requiredByType;

        Includes(AttributeReader reader, Collection<EventType> types, List<String> codes) {
            this.reader = reader;
            this.codes = List.copyOf(codes);
            this.requiredByType = valuesByType(reader, types, codes);
        }

        @Override
        public boolean test(CaseEvent event) {
            return missing(event).isEmpty();
        }

        private List<String> missing(CaseEvent event) {
            EventType type = reader.typeOf(event);
            Object value = reader.read(event, type);
            Object[] required = requiredByType[type.ordinal()];
            if (!(value instanceof Set<?> present) || required == null) {
                return codes;
            }
            List<String> missing = new ArrayList<>();
            Set<?> compared = type == EventType.DECLARED
                    ? present.stream().map(AttributeTests::codeOf).collect(java.util.stream.Collectors.toSet()) : present;
            for (Object r : required) {
                if (!compared.contains(r)) {
                    missing.add(codeOf(r));
                }
            }
            return missing;
        }

        @Override
        public String why(CaseEvent event, boolean held) {
            if (held) {
                return "with " + reader.name() + " including " + String.join(", ", codes);
            }
            if (!(reader.read(event) instanceof Set<?>)) {
                return "with no " + reader.name() + " recorded; required: " + String.join(", ", codes);
            }
            return "missing " + reader.name() + ": " + String.join(", ", missing(event));
        }

        @Override
        public String attribute() {
            return reader.name();
        }
    }

    /** {@code points more than 8}. */
    record Compare(AttributeReader reader, Comparison comparison, long bound) implements AttributeTest {
        @Override
        public boolean test(CaseEvent event) {
            return reader.read(event) instanceof Integer value && comparison.test(value, bound);
        }

        @Override
        public String why(CaseEvent event, boolean held) {
            Object value = reader.read(event);
            if (value == null) {
                return "with no " + reader.name() + " recorded";
            }
            String actual = "with " + reader.name() + " " + value;
            return held ? actual + " (" + comparison.words() + " " + bound + ")"
                    : actual + "; permitted: " + comparison.words() + " " + bound;
        }

        @Override
        public String fact(CaseEvent event, boolean held) {
            Object value = reader.read(event);
            if (value == null) {
                return "with no " + reader.name() + " recorded";
            }
            return "with " + reader.name() + " " + value + " (" + (held ? "" : "not ") + comparison.words() + " "
                    + bound + ")";
        }

        @Override
        public String attribute() {
            return reader.name();
        }
    }

    /** {@code nextReview recorded}, {@code rationale not recorded}; blank text counts as not recorded. */
    record Recorded(AttributeReader reader, boolean negated) implements AttributeTest {
        @Override
        public boolean test(CaseEvent event) {
            return recorded(event) != negated;
        }

        private boolean recorded(CaseEvent event) {
            Object value = reader.read(event);
            return value != null && !(value instanceof FreeText text && text.isBlank());
        }

        @Override
        public String why(CaseEvent event, boolean held) {
            return recorded(event) ? "with " + reader.name() + " recorded" : "with no " + reader.name() + " recorded";
        }

        @Override
        public String attribute() {
            return reader.name();
        }
    }
}
