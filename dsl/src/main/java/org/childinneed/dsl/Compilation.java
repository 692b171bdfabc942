package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.dsl.internal.source.Reported;

/**
 * What compiling a policy script gave: the policy, when it compiled, and its diagnostics.
 *
 * @param policy the compiled policy; empty when there were errors
 * @param diagnostics every error and warning, in source order (scripts it extends first), at most
 *     {@link #MAX_DIAGNOSTICS}: past that, the last says how many more were not reported
 * @param errorCount the errors found, reported or not
 * @param warningCount the warnings found, reported or not
 */
public record Compilation(Optional<CompiledPolicy> policy, List<Diagnostic> diagnostics, int errorCount,
        int warningCount) {

    /**
     * The most diagnostics a compilation holds, as javac's {@code -Xmaxerrs} caps its errors: the
     * first 99 in source order, then one saying how many more were not reported.
     */
    public static final int MAX_DIAGNOSTICS = Reported.MAX_DIAGNOSTICS;

    public Compilation {
        Objects.requireNonNull(policy, "policy");
        diagnostics = List.copyOf(diagnostics);
        if (errorCount < 0 || warningCount < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + errorCount + ", " + warningCount);
        }
    }

    /** A compilation with {@code diagnostics}, all of them reported. */
    public Compilation(Optional<CompiledPolicy> policy, List<Diagnostic> diagnostics) {
        this(policy, diagnostics, count(diagnostics, Severity.ERROR), count(diagnostics, Severity.WARNING));
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether there is a policy and no error diagnostic. */
    public boolean succeeded() {
        return policy.isPresent() && errors().isEmpty();
    }

    /** The error diagnostics only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** Every diagnostic rendered, one after another, separated by blank lines. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(d.render()).append('\n');
        }
        return out.toString();
    }
}
