package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.util.List;
import org.childinneed.dsl.Diagnostic;

/** Prints compiler diagnostics, a blank line between them, at most {@link #MAX_PRINTED} of them. */
final class Diagnostics {

    /** The most diagnostics printed for one script, as compilers cap theirs; the rest are counted. */
    static final int MAX_PRINTED = 100;

    private Diagnostics() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        int shown = Math.min(diagnostics.size(), MAX_PRINTED);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                err.println();
            }
            err.println(diagnostics.get(i).render());
        }
        if (diagnostics.size() > shown) {
            int more = diagnostics.size() - shown;
            err.println();
            err.println("cin: " + more + " more " + (more == 1 ? "diagnostic" : "diagnostics") + " not shown; fix these first");
        }
    }
}
