package org.childinneed.model.event;

import java.util.Map;
import java.util.Optional;

/**
 * The typed attribute values of one event, keyed by case-file name, from which
 * {@link EventType#create} builds the event. Values are of the kinds {@link AttributeSpec}
 * describes ({@link Boolean}, {@link Integer}, {@link java.time.LocalDate}, a code constant, a
 * {@code Set} of codes, a {@link String} event id, {@link FreeText}).
 */
public final class Attributes {

    private final Map<String, Object> values;

    private Attributes(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The given values. */
    public static Attributes of(Map<String, Object> values) {
        return new Attributes(values);
    }

    /** No values. */
    public static Attributes none() {
        return new Attributes(Map.of());
    }

    /** The value called {@code name}, if present and of {@code type}. */
    public <T> Optional<T> get(String name, Class<T> type) {
        Object value = values.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** The flag called {@code name}; absent means {@code false}. */
    public boolean flag(String name) {
        return get(name, Boolean.class).orElse(false);
    }

    /** The value called {@code name}, which must be present. */
    public <T> T require(String name, Class<T> type) {
        return get(name, type).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    /** All values, by name. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "Attributes" + values.keySet();
    }
}
