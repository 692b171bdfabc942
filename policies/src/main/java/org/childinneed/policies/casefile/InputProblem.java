package org.childinneed.policies.casefile;

import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.event.EventRef;

/**
 * One thing wrong with a case file: where it is and what is wrong, in words that never repeat
 * personal data from the file.
 *
 * @param line the line in the file, where the JSON parser knows it
 * @param event the event at fault, or empty for the file or the case as a whole
 * @param field the field at fault ({@code chair}, {@code child.born}), or empty for the whole file
 * @param message what is wrong
 */
public record InputProblem(Optional<Integer> line, Optional<EventRef> event, String field, String message) {

    public InputProblem {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with the file as a whole (unreadable, not JSON). */
    public static InputProblem ofFile(Optional<Integer> line, String message) {
        return new InputProblem(line, Optional.empty(), "", message);
    }

    /**
     * The problem as error output prints it:
     * {@code cases/k1.json:14: event #3 (id "m1"), field chair: unknown role 'team-manger'}.
     */
    public String describe(String source) {
        StringBuilder out = new StringBuilder(source);
        line.ifPresent(l -> out.append(':').append(l));
        out.append(": ");
        event.ifPresent(e -> out.append(e.describe()).append(", "));
        if (!field.isEmpty()) {
            out.append("field ").append(field).append(": ");
        }
        return out.append(message).toString();
    }
}
