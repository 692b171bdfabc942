package org.childinneed.model.timeline;

import org.childinneed.model.BadInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.childinneed.model.problem.Problem;

/** A case record that cannot be evaluated, with every problem found in it. */
public final class InvalidCaseException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** A case with the given problems (at least one). */
    public InvalidCaseException(String caseId, List<Problem> problems) {
        super("case " + caseId + ": " + problems.size() + " problem(s): "
                + problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return {@code "invalid-case"}} */
    @Override
    public String code() {
        return "invalid-case";
    }
}
