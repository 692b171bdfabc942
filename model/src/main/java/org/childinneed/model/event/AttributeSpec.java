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

    private AttributeSpec(String name, AttributeType type, boolean required,
            Optional<Class<? extends Coded>> vocabulary, Function<CaseEvent, Optional<?>> accessor) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.required = required;
        this.vocabulary = Objects.requireNonNull(vocabulary);
        this.accessor = Objects.requireNonNull(accessor);
    }

    static <E extends CaseEvent> AttributeSpec of(String name, AttributeType type, boolean required,
            Class<? extends Coded> vocabulary, Class<E> eventClass, Function<E, Optional<?>> accessor) {
        return new AttributeSpec(name, type, required, Optional.ofNullable(vocabulary),
                event -> accessor.apply(eventClass.cast(event)));
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
        return vocabulary.map(AttributeSpec::codesOf).orElse(List.of());
    }

    /** Parses one code of this attribute's vocabulary. */
    public Optional<Coded> parseCode(String code) {
        return vocabulary.flatMap(v -> java.util.Arrays.stream(v.getEnumConstants())
                .filter(c -> c.code().equals(code)).findFirst()).map(Coded.class::cast);
    }

    /** Reads this attribute of {@code event}, which must be of the type that declares it. */
    public Optional<Object> valueOf(CaseEvent event) {
        return accessor.apply(event).map(Object.class::cast);
    }

    private static List<String> codesOf(Class<? extends Coded> vocabulary) {
        return java.util.Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).toList();
    }

    @Override
    public String toString() {
        return name + ":" + type.name().toLowerCase(java.util.Locale.ROOT) + (required ? " (required)" : "");
    }
}
