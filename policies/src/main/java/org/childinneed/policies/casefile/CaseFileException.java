package org.childinneed.policies.casefile;

import org.childinneed.model.BadInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;
import java.util.stream.Collectors;

/**
 * A case file that cannot be read as a case, with every problem found in it. The message lists
 * them one a line: {@code file.json:14: event #3 (id "m1"), field chair: unknown role ...}.
 */
public final class CaseFileException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /** A file called {@code source} with the given problems (at least one). */
    public CaseFileException(String source, List<Problem> problems) {
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

    /** Every problem, in file order, each with its code ({@link CaseFileCodes}, {@link org.childinneed.model.timeline.CaseRules}). */
    public List<Problem> problems() {
        return problems;
    }

    /** A file with one problem that is not at an event or field: unreadable, not JSON. */
    public static CaseFileException ofFile(String source, String code, Optional<Integer> line, String message) {
        return new CaseFileException(source, List.of(problemOfFile(source, code, line, message)));
    }

    /** A problem of the file {@code source} as a whole, at {@code line} where known. */
    public static Problem problemOfFile(String source, String code, Optional<Integer> line, String message) {
        return Problem.error(code, Location.inSource(source, line.orElse(0), 0), message);
    }

    /**
     * The problem as error output prints it:
     * {@code cases/k1.json:14: event #3 (id "m1"), field chair: unknown role 'team-manger'}.
     */
    public static String describe(String source, Problem problem) {
        int line = problem.location().line();
        return source + (line > 0 ? ":" + line : "") + ": " + problem.describe();
    }

    private static String render(String source, List<Problem> problems) {
        Objects.requireNonNull(source, "source");
        return problems.stream().map(p -> describe(source, p)).collect(Collectors.joining("\n"));
    }

    /** {@return {@code "case-file"}} */
    @Override
    public String code() {
        return "case-file";
    }
}
