package org.childinneed.dsl;

import java.util.Optional;
import org.childinneed.dsl.internal.syntax.format.ScriptFormatter;

/**
 * Lays a policy script out the canonical way ({@code cin fmt}): idempotent, comment-preserving,
 * changing no token, so the formatted script compiles to the same policy.
 */
public final class PolicyFormatter {

    private PolicyFormatter() {
    }

    /** The script laid out the canonical way, or empty when it does not parse (the compiler says why). */
    public static Optional<String> format(String script) {
        return ScriptFormatter.format(script);
    }
}
