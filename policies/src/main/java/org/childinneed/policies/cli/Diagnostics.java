package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.util.List;
import org.childinneed.dsl.Diagnostic;

/**
 * Prints compiler diagnostics, a blank line between them. A compilation holds at most
 * {@link org.childinneed.dsl.Compilation#MAX_DIAGNOSTICS}, the last saying how many more there were.
 */
final class Diagnostics {

    private Diagnostics() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (int i = 0; i < diagnostics.size(); i++) {
            if (i > 0) {
                err.println();
            }
            err.println(diagnostics.get(i).render());
        }
    }
}
