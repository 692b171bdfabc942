package org.childinneed.policies.importer;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an imported record, named by the record's own identifiers (the census's
 * {@code LAchildID} and episode number) and the element path, never by personal data.
 *
 * @param line the line in the source file, where known
 * @param child the child's identifier ({@code LAchildID}), when it could be read and is safe to repeat
 * @param episode the episode number (1 for the child's first {@code CINdetails}), when the problem is in one
 * @param path where in the record ({@code Child/CINdetails/Assessments/AssessmentActualStartDate})
 * @param message what is wrong, with ids, codes, dates and numbers only
 */
public record ImportProblem(Optional<Integer> line, Optional<String> child, Optional<Integer> episode, String path,
        String message) {

    public ImportProblem {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code census.xml:41: child LAchildID "C1001", episode 2, Child/CINdetails/CINreferralDate: message}. */
    public String describe(String source) {
        StringBuilder out = new StringBuilder(source);
        line.ifPresent(l -> out.append(':').append(l));
        return out.append(": ").append(detail()).toString();
    }

    /** What {@link #describe} says after the source and line: the child, episode, element path and message. */
    public String detail() {
        StringBuilder out = new StringBuilder();
        child.ifPresent(c -> out.append("child LAchildID \"").append(c).append("\", "));
        episode.ifPresent(e -> out.append("episode ").append(e).append(", "));
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
