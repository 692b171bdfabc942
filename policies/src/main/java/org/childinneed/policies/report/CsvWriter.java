package org.childinneed.policies.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.EventRef;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.ReportWriter;

/**
 * Reports as CSV (RFC 4180, a header row) for a spreadsheet or a BI tool: one row per obligation
 * and one per finding, each naming its case and file. Columns that do not apply to a row are empty.
 */
final class CsvWriter implements ReportWriter {

    /** The columns, in order. */
    static final String[] COLUMNS = {"file", "entry", "case", "policy", "asOf", "row", "rule", "kind", "status",
        "trigger", "triggerDate", "earliest", "due", "satisfiedBy", "satisfiedOn", "daysOverdue", "event", "date",
        "message", "cite", "severity"};

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Writer out;
    private SequenceWriter rows;

    CsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(CheckedCase checked) throws IOException {
        SequenceWriter csv = rows();
        ComplianceReport report = checked.report();
        for (Obligation o : report.obligations()) {
            String[] row = start(checked, "obligation", o.rule(), o.kind().code());
            set(row, "status", o.status().code());
            set(row, "trigger", o.trigger().label());
            set(row, "triggerDate", o.triggerDate().toString());
            set(row, "earliest", date(o.earliest()));
            set(row, "due", o.dueDate().map(Object::toString).orElse(""));
            set(row, "satisfiedBy", o.satisfiedBy().map(EventRef::label).orElse(""));
            set(row, "satisfiedOn", date(o.satisfiedOn()));
            set(row, "daysOverdue", CaseloadSummary.daysOverdue(o, report.asOf()).map(String::valueOf).orElse(""));
            set(row, "cite", o.cite().text());
            set(row, "severity", o.severity().code());
            csv.write(row);
        }
        for (Finding f : report.findings()) {
            String[] row = start(checked, "finding", f.rule(), f.kind().code());
            set(row, "event", f.event().label());
            set(row, "date", f.date().toString());
            set(row, "message", f.message());
            set(row, "cite", f.cite().text());
            set(row, "severity", f.severity().code());
            csv.write(row);
        }
    }

    @Override
    public void end(CaseloadOutcome outcome) throws IOException {
        rows();
        out.flush();
    }

    private SequenceWriter rows() throws IOException {
        if (rows == null) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            Arrays.stream(COLUMNS).forEach(schema::addColumn);
            rows = MAPPER.writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValues(out);
            rows.flush();
        }
        return rows;
    }

    private static String[] start(CheckedCase checked, String kindOfRow, String rule, String kind) {
        String[] row = new String[COLUMNS.length];
        Arrays.fill(row, "");
        ComplianceReport report = checked.report();
        set(row, "file", checked.origin().file());
        set(row, "entry", checked.origin().entry().orElse(""));
        set(row, "case", report.caseId());
        set(row, "policy", report.policy());
        set(row, "asOf", report.asOf().toString());
        set(row, "row", kindOfRow);
        set(row, "rule", rule);
        set(row, "kind", kind);
        return row;
    }

    private static void set(String[] row, String column, String value) {
        row[Arrays.asList(COLUMNS).indexOf(column)] = value;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
