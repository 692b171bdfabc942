package org.childinneed.policies.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.ReportWriter;

/**
 * Newline-delimited JSON: one report a line, in compact JSON, each naming where its case came
 * from ({@code file}, and {@code entry} for a file holding many cases, else {@code null}) before
 * the fields of contract section 2.
 */
final class NdjsonWriter implements ReportWriter {

    private final Writer out;

    NdjsonWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(CheckedCase checked) throws IOException {
        ObjectNode line = JsonReport.NODES.objectNode();
        line.put("file", checked.origin().file());
        line.put("entry", checked.origin().entry().orElse(null));
        line.setAll(JsonReport.toJson(checked.report()));
        out.write(JsonReport.compact(line));
        out.write('\n');
    }

    @Override
    public void end(CaseloadOutcome outcome) throws IOException {
        out.flush();
    }
}
