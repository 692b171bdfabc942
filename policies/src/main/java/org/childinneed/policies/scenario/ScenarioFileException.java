package org.childinneed.policies.scenario;

import java.util.List;
import org.childinneed.model.BadInputException;
import org.childinneed.model.problem.Problem;

/**
 * A scenario file that cannot be run, with every problem found in it. The message lists them one a
 * line: {@code s.json:4:13: policy: unknown policy 'kint'; did you mean 'kent'?}.
 */
public final class ScenarioFileException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** The given problems (at least one), in file order. */
    ScenarioFileException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(ScenarioFileException::describe).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario file exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, in file order: its code ({@link ScenarioCodes}, or the case file's for a problem
     * of the case), the file, line and column where known, and the field path.
     */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return every problem, one a line, as {@link #describe(Problem)} writes it} */
    public List<String> lines() {
        return problems.stream().map(ScenarioFileException::describe).toList();
    }

    /** The problem as error output prints it: {@code file:line:col: field: message}. */
    public static String describe(Problem problem) {
        var at = problem.location();
        return at.file().orElse("") + (at.line() > 0 ? ":" + at.line() + ":" + at.column() : "") + ": "
                + at.field().map(f -> f + ": ").orElse("") + problem.message();
    }

    /** {@return {@code "scenario-file"}} */
    @Override
    public String code() {
        return "scenario-file";
    }
}
