package org.childinneed.dsl.internal.source;

import java.util.Objects;
import org.childinneed.model.problem.Problem;

/**
 * A problem found in a script, with what a compiler-style rendering needs besides: how many
 * characters it spans and the text of its line. The API's {@code Diagnostic} is made from it.
 *
 * @param problem the problem, located at the script's name, line and column
 * @param length how many characters the fault spans (at least 1)
 * @param sourceLine the text of the line at fault, without its line ending
 */
public record Found(Problem problem, int length, String sourceLine) {

    public Found {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(sourceLine, "sourceLine");
        length = Math.max(1, length);
    }

    /** Whether it is an error. */
    public boolean isError() {
        return problem.isError();
    }

    int line() {
        return problem.location().line();
    }

    int column() {
        return problem.location().column();
    }
}
