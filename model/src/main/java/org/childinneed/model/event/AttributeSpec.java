package org.childinneed.model.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.childinneed.model.Coded;

/**
 * One attribute of an event type: its case-file name, the kind of value, whether a case file must
 * give it, and for codes the vocabulary it draws on.
 */
public final class AttributeSpec {

    private final String name;
    private final AttributeType type;
    private final boolean required;
    private final Optional<Class<? extends Coded>> vocabulary;
    private final Function<CaseEvent, Optional<?>> accessor;
    /**
     * For an attribute every event of its type records (required, or a flag), its value read
     * without wrapping it in an {@code Optional} first ({@link #valueOr}); else null.
     */
    private final Function<CaseEvent, Object> recorded;
    private final List<String> declaredCodes;

    private AttributeSpec(String name, AttributeType type, boolean required,
            Optional<Class<? extends Coded>> vocabulary, Function<CaseEvent, Optional<?>> accessor,
            List<String> declaredCodes) {
        this(name, type, required, vocabulary, accessor, null, declaredCodes);
    }

    private AttributeSpec(String name, AttributeType type, boolean required,
            Optional<Class<? extends Coded>> vocabulary, Function<CaseEvent, Optional<?>> accessor,
            Function<CaseEvent, Object> recorded, List<String> declaredCodes) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.required = required;
        this.vocabulary = Objects.requireNonNull(vocabulary);
        this.accessor = Objects.requireNonNull(accessor);
        this.recorded = recorded;
        this.declaredCodes = List.copyOf(declaredCodes);
    }

    /**
     * An attribute of a national type, read by {@code accessor} from events of {@code eventClass}.
     * The event is not cast to it again on every read: an accessor reading the event's fields
     * casts it itself.
     */
    @SuppressWarnings("unchecked")
    static <E extends CaseEvent> AttributeSpec of(String name, AttributeType type, boolean required,
            Class<? extends Coded> vocabulary, Class<E> eventClass, Function<E, Optional<?>> accessor) {
        return new AttributeSpec(name, type, required, Optional.ofNullable(vocabulary),
                event -> accessor.apply((E) ExtendedEvent.national(event)), List.of());
    }

    /**
     * An attribute of a national type that every event of {@code eventClass} records (a required
     * attribute, or a flag, which is set or not), read by {@code value} from the event's field.
     */
    @SuppressWarnings("unchecked")
    static <E extends CaseEvent> AttributeSpec ofRecorded(String name, AttributeType type, boolean required,
            Class<? extends Coded> vocabulary, Class<E> eventClass, Function<E, Object> value) {
        Function<CaseEvent, Object> recorded = event -> value.apply((E) ExtendedEvent.national(event));
        return new AttributeSpec(name, type, required, Optional.ofNullable(vocabulary),
                event -> Optional.ofNullable(recorded.apply(event)), recorded, List.of());
    }

    /**
     * An attribute of a {@link DeclaredEventType}, read from a {@link DeclaredEvent}'s values, or one
     * a policy adds to a national type ({@link ExtendedEventType}), read from an {@link ExtendedEvent}'s. A
     * code attribute draws either on a national vocabulary ({@code role}: {@code vocabulary}) or on
     * the codes its declaration lists ({@code one of [plan-agreed, escalate]}: {@code codes}, whose
     * values are {@link DeclaredCode}s).
     *
     * @throws IllegalArgumentException when a code attribute has neither or both, or another has either
     */
    public static AttributeSpec declared(String name, AttributeType type, boolean required,
            Optional<Class<? extends Coded>> vocabulary, List<String> codes) {
        boolean coded = type == AttributeType.CODE || type == AttributeType.CODES;
        boolean fitting = coded ? vocabulary.isPresent() != !codes.isEmpty() : vocabulary.isEmpty() && codes.isEmpty();
        if (!fitting) {
            throw new IllegalArgumentException("attribute '" + name + "': a code attribute takes a vocabulary or"
                    + " a list of codes, and only a code attribute does");
        }
        return new AttributeSpec(name, type, required, vocabulary,
                event -> event instanceof DeclaredEvent d ? Optional.ofNullable(d.values().asMap().get(name))
                        : event instanceof ExtendedEvent x ? Optional.ofNullable(x.added().asMap().get(name)) : Optional.empty(),
                codes);
    }

    /** The attribute's name in case files and policy scripts. */
    public String name() {
        return name;
    }

    /** The kind of value it holds. */
    public AttributeType type() {
        return type;
    }

    /** Whether a case file must give it. */
    public boolean required() {
        return required;
    }

    /** For {@link AttributeType#CODE} and {@link AttributeType#CODES}: the enum it draws on. */
    public Optional<Class<? extends Coded>> vocabulary() {
        return vocabulary;
    }

    /** The codes the attribute accepts, or an empty list when it takes no codes. */
    public List<String> codes() {
        return vocabulary.map(AttributeSpec::codesOf).orElse(declaredCodes);
    }

    /** The open national list this attribute's codes are of ({@code role}, {@code plan element}), if open. */
    public Optional<OpenList> openList() {
        return vocabulary.flatMap(OpenList::of);
    }

    /** The codes the attribute accepts when a policy declares {@code declared}: national then declared. */
    public List<String> codes(DeclaredCodes declared) {
        return openList().map(declared::codes).orElseGet(this::codes);
    }

    /** Parses one code of this attribute's vocabulary, national or among {@code declared}. */
    public Optional<Coded> parseCode(String code, DeclaredCodes declared) {
        return parseCode(code).or(() -> openList().flatMap(list -> declared.parse(list, code)));
    }

    /** Parses one national code of this attribute's vocabulary (or of its declared list). */
    public Optional<Coded> parseCode(String code) {
        if (!declaredCodes.isEmpty()) {
            return declaredCodes.contains(code) ? Optional.of(new DeclaredCode(code)) : Optional.empty();
        }
        return vocabulary.flatMap(v -> java.util.Arrays.stream(v.getEnumConstants())
                .filter(c -> c.code().equals(code)).findFirst()).map(Coded.class::cast);
    }

    /** Reads this attribute of {@code event}, which must be of the type that declares it. */
    public Optional<Object> valueOf(CaseEvent event) {
        return accessor.apply(event).map(Object.class::cast);
    }

    /**
     * Reads this attribute of {@code event} as {@link #valueOf} does, or gives {@code absent} when
     * the event does not record it (as {@code Map.getOrDefault} does): for a reader that asks for
     * the value of many events, without wrapping each value again.
     */
    public Object valueOr(CaseEvent event, Object absent) {
        if (recorded != null) {
            Object value = recorded.apply(event);
            return value != null ? value : absent;
        }
        Optional<?> value = accessor.apply(event);
        return value.isPresent() ? value.get() : absent;
    }

    private static List<String> codesOf(Class<? extends Coded> vocabulary) {
        return java.util.Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).toList();
    }

    @Override
    public String toString() {
        return name + ":" + type.name().toLowerCase(java.util.Locale.ROOT) + (required ? " (required)" : "");
    }
}
