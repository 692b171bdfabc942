package org.childinneed.model.timeline;

import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.event.EventRef;

/**
 * One thing wrong with a case record: where it is (the event, if any, and the field) and what is
 * wrong, in words that never repeat personal data.
 *
 * @param event the event at fault, or empty for the case as a whole
 * @param field the field at fault ({@code meetingRef}, {@code id}, {@code child.born} ...)
 * @param message what is wrong
 */
public record CaseProblem(Optional<EventRef> event, String field, String message) {

    public CaseProblem {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with a field of an event. */
    public static CaseProblem at(EventRef event, String field, String message) {
        return new CaseProblem(Optional.of(event), field, message);
    }

    /** A problem with a field of the case as a whole. */
    public static CaseProblem ofCase(String field, String message) {
        return new CaseProblem(Optional.empty(), field, message);
    }

    /** {@code event #3 (id "m1"), field meetingRef: message}. */
    public String describe() {
        return event.map(e -> e.describe() + ", ").orElse("") + "field " + field + ": " + message;
    }
}
