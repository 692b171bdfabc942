package org.childinneed.model.problem;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing wrong with an input (a policy script, a case file, a scenario, a case record built in
 * code), in the one shape every reader reports: a stable machine {@code code} for programs
 * ({@code unknown-event-type}, {@code date-not-real}, {@code meeting-ref-later}), how serious it
 * is, where it is, what is wrong in plain words and, where there is one, a hint. Messages name
 * ids, codes, dates and numbers only, never personal data. Codes never change once published;
 * messages may be reworded.
 *
 * @param code the machine code: lower-case words joined by hyphens
 * @param severity error or warning
 * @param location where it is
 * @param message what is wrong
 * @param hint what may fix it
 */
public record Problem(String code, Severity severity, Location location, String message, Optional<String> hint) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a problem code is lower-case words joined by hyphens: " + code);
        }
    }

    /** An error with no hint. */
    public static Problem error(String code, Location location, String message) {
        return new Problem(code, Severity.ERROR, location, message, Optional.empty());
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem as a case's messages name it: {@code event #3 (id "m1"), field meetingRef:
     * message}, or {@code field child.born: message} for the case as a whole.
     */
    public String describe() {
        return location.event().map(e -> e.describe() + ", ").orElse("")
                + location.field().map(f -> "field " + f + ": ").orElse("") + message;
    }
}
