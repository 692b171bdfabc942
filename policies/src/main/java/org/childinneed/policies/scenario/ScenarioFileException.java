package org.childinneed.policies.scenario;

import java.util.List;

/** A scenario file that cannot be run, with every problem found in it, one a line. */
final class ScenarioFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** Problems already rendered as {@code file:line:col: field: message}. */
    ScenarioFileException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
