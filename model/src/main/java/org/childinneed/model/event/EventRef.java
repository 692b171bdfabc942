package org.childinneed.model.event;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event stands in its case file: its position and, if it has one, its id.
 *
 * @param index the event's zero-based index in the file's {@code events} array
 * @param id the event's {@code id}, when the file gives one
 */
public record EventRef(int index, Optional<String> id) {

    public EventRef {
        Objects.requireNonNull(id, "id");
        if (index < 0) {
            throw new IllegalArgumentException("event index must not be negative: " + index);
        }
    }

    /** An event at {@code index} with no id. */
    public static EventRef at(int index) {
        return new EventRef(index, Optional.empty());
    }

    /** An event at {@code index} with id {@code id}. */
    public static EventRef of(int index, String id) {
        return new EventRef(index, Optional.of(id));
    }

    /** How reports name the event: its id, or {@code #N} (its index) where it has none. */
    public String label() {
        return id.orElse("#" + index);
    }

    /** The event as error messages name it: {@code event #3 (id "m1")}. */
    public String describe() {
        return id.map(i -> "event #" + index + " (id \"" + i + "\")").orElse("event #" + index);
    }

    @Override
    public String toString() {
        return label();
    }
}
