package org.childinneed.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What compiling a policy script gave: the policy, when it compiled, and every diagnostic.
 *
 * @param policy the compiled policy; empty when there were errors
 * @param diagnostics every error and warning, in source order
 */
public record Compilation(Optional<CompiledPolicy> policy, List<Diagnostic> diagnostics) {

    public Compilation {
        Objects.requireNonNull(policy, "policy");
        diagnostics = List.copyOf(diagnostics);
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
