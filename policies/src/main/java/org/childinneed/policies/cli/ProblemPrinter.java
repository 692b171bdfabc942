package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.util.List;
import org.childinneed.model.problem.Problem;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseloadListener;

/**
 * Prints each input that cannot be read to standard error as it is met, every problem in it on a
 * line; and each report's warnings about its own dates ({@code beyond-holiday-data}), one a line:
 * {@code cases/a.json: case c1: warning: event #2 (id "r1"), field due: ... [beyond-holiday-data]}.
 */
final class ProblemPrinter implements CaseloadListener {

    private final PrintWriter err;
    private long unreadable;

    ProblemPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void checked(CheckedCase checked) {
        List<Problem> warnings = checked.report().warnings();
        for (Problem warning : warnings) {
            err.println(Printable.inline(checked.origin().toString()) + ": case " + Printable.inline(checked.report().caseId())
                    + ": warning: " + Printable.inline(warning.describe()) + " [" + warning.code() + "]"
                    + warning.hint().map(h -> " (" + h + ")").orElse(""));
        }
        if (!warnings.isEmpty()) {
            err.flush();
        }
    }

    @Override
    public void unreadable(CaseOrigin origin, CaseFileException problem) {
        unreadable++;
        err.println(problem.getMessage());
        err.flush();
    }

    /** The closing line, if any input could not be read. */
    void closing(long inputs) {
        if (unreadable > 0) {
            closing(err, unreadable, inputs);
        }
    }

    /** {@code cin: 2 of 5 case files could not be read}. */
    static void closing(PrintWriter err, long unreadable, long inputs) {
        err.println("cin: " + unreadable + " of " + inputs + (inputs == 1 ? " case file" : " case files") + " could not be read");
        err.flush();
    }
}
