package org.childinneed.policies.cli;

import java.util.List;
import org.childinneed.dsl.Diagnostic;

/**
 * What linting one script gave.
 *
 * @param script the script as named on the command line (a path or a bundled id)
 * @param diagnostics its diagnostics, in the order the compiler gives them
 * @param errors how many errors it has (a compilation counts those beyond the ones it holds)
 * @param warnings how many warnings it has
 * @param read whether the script could be read (if not, its one diagnostic says why)
 * @param notExpressible the clauses a compiled script declares {@code not expressible}, for a note
 */
record LintedScript(String script, List<Diagnostic> diagnostics, int errors, int warnings, boolean read,
        List<String> notExpressible) {

    LintedScript {
        diagnostics = List.copyOf(diagnostics);
        notExpressible = List.copyOf(notExpressible);
    }

    LintedScript(String script, List<Diagnostic> diagnostics, int errors, int warnings, boolean read) {
        this(script, diagnostics, errors, warnings, read, List.of());
    }

    /** A script that could not be read at all: one error at its first line. */
    static LintedScript unreadable(String script, String message) {
        return new LintedScript(script, List.of(Diagnostic.unreadable(script, message)), 1, 0, false);
    }
}
