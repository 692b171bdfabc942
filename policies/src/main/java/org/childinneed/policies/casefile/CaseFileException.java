package org.childinneed.policies.casefile;

import org.childinneed.model.BadInputException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A case file that cannot be read as a case, with every problem found in it. The message lists
 * them one a line: {@code file.json:14: event #3 (id "m1"), field chair: unknown role ...}.
 */
public final class CaseFileException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<InputProblem> problems;

    /** A file called {@code source} with the given problems (at least one). */
    public CaseFileException(String source, List<InputProblem> problems) {
        super(render(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a case file exception needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file's name as given (a path, or the name a caller chose). */
    public String source() {
        return source;
    }

    /** Every problem, in file order. */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String render(String source, List<InputProblem> problems) {
        Objects.requireNonNull(source, "source");
        return problems.stream().map(p -> p.describe(source)).collect(Collectors.joining("\n"));
    }

    /** {@return {@code "case-file"}} */
    @Override
    public String code() {
        return "case-file";
    }
}
