package org.childinneed.policies.report;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.ReportWriter;

/**
 * Reports as text, one after another with a blank line between, each as soon as it is checked;
 * with a closing line of counts when asked and more than one case was written.
 */
final class TextWriter implements ReportWriter {

    private final Writer out;
    private final Function<ComplianceReport, String> render;
    private final boolean closingCounts;
    private long written;

    TextWriter(Writer out, Function<ComplianceReport, String> render, boolean closingCounts) {
        this.out = out;
        this.render = render;
        this.closingCounts = closingCounts;
    }

    @Override
    public void write(CheckedCase checked) throws IOException {
        if (written++ > 0) {
            out.write('\n');
        }
        out.write(render.apply(checked.report()));
    }

    @Override
    public void end(CaseloadOutcome outcome) throws IOException {
        if (closingCounts && written > 1) {
            long attention = outcome.needingAttention();
            out.write("\n" + outcome.checked() + " cases: " + attention + " need attention, "
                    + (outcome.checked() - attention) + " with nothing overdue and no findings\n");
        }
        out.flush();
    }
}
