package org.childinneed.policies.scenario;

import org.childinneed.model.BadInputException;
import java.util.List;

/** A scenario file that cannot be run, with every problem found in it, one a line. */
public final class ScenarioFileException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** Problems already rendered as {@code file:line:col: field: message}. */
    ScenarioFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, one a line: {@code file:line:col: field: message}} */
    public List<String> problems() {
        return problems;
    }

    /** {@return {@code "scenario-file"}} */
    @Override
    public String code() {
        return "scenario-file";
    }
}
