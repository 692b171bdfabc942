package org.childinneed.policies.bundled;

import org.childinneed.model.BadInputException;
import java.util.List;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.model.problem.Severity;

/** A policy script that does not compile, with every diagnostic the compiler gave. */
public final class PolicyCompilationException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;
    private final boolean bundled;

    /** {@code source} failed to compile; {@code bundled} when it is one of the scripts shipped in the jar. */
    public PolicyCompilationException(String source, List<Diagnostic> diagnostics, boolean bundled) {
        super(source + ": " + count(diagnostics) + (bundled ? " in a bundled policy" : ""));
        this.diagnostics = List.copyOf(diagnostics);
        this.bundled = bundled;
    }

    /** Every error and warning, in source order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Whether the script is one shipped with the library (a defect of the library, not of its input). */
    public boolean bundled() {
        return bundled;
    }

    private static String count(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        return errors == 0 ? "does not compile" : errors + (errors == 1 ? " error" : " errors");
    }

    /** {@return {@code "policy-compilation"}} */
    @Override
    public String code() {
        return "policy-compilation";
    }
}
