package org.childinneed.policies.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.ReportWriter;

/**
 * Reports as contract JSON: one object when the command named one case file, else an array
 * streamed element by element (the same bytes as {@link JsonReport#render} of the whole list).
 * Nothing is written when no case could be read.
 */
final class JsonWriter implements ReportWriter {

    private final Writer out;
    private final boolean oneCase;
    private JsonGenerator json;

    JsonWriter(Writer out, boolean oneCase) {
        this.out = out;
        this.oneCase = oneCase;
    }

    @Override
    public void write(CheckedCase checked) throws IOException {
        if (json == null) {
            json = JsonReport.prettyGenerator(out);
            if (!oneCase) {
                json.writeStartArray();
            }
        }
        json.writeTree(JsonReport.toJson(checked.report()));
    }

    @Override
    public void end(CaseloadOutcome outcome) throws IOException {
        if (json != null) {
            if (!oneCase) {
                json.writeEndArray();
            }
            json.flush();
            out.write('\n');
        }
        out.flush();
    }
}
