package org.childinneed.policies.report;

import org.childinneed.model.text.English;
import java.util.List;
import java.util.stream.Collectors;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.text.Printable;

/** Why each obligation of a report exists, how its due date was computed and how it was resolved. */
public final class ExplanationReport {

    private ExplanationReport() {
    }

    /** One report's explanations, ending in a newline. */
    public static String render(ComplianceReport report, Style style) {
        StringBuilder out = new StringBuilder();
        out.append(TextReport.heading(report, style));
        if (report.obligations().isEmpty()) {
            out.append("\n  No obligations.\n");
        }
        for (Obligation o : report.obligations()) {
            out.append('\n').append(style.paint(Style.BOLD, Printable.inline(TextReport.rule(o.rule(), o.isRequired()) + " " + o.kind().code()))).append("  ")
                    .append(style.paint(Style.colourOf(o.status()), o.status().code())).append(o.hasDueDate() ? ", due " + English.date(o.due()) : ", no due date").append('\n');
            field(out, "trigger", o.explanation().trigger());
            field(out, "due date", o.explanation().computation());
            field(out, "outcome", o.explanation().resolution());
            field(out, "source", o.cite().text());
        }
        if (!report.notRequired().isEmpty()) {
            out.append('\n').append(style.paint(Style.BOLD, "Not required")).append('\n');
            report.notRequired().forEach(n -> out.append("  ").append(Printable.inline(n.rule() + " " + n.kind().code() + " for "
                    + n.trigger().label() + ", " + English.date(n.triggerDate()) + ": not required, because " + n.because() + " ("
                    + n.cite().text() + ")")).append('\n'));
        }
        if (!report.findings().isEmpty()) {
            out.append('\n').append(style.paint(Style.BOLD, "Findings")).append('\n');
            report.findings().forEach(f -> out.append("  ").append(Printable.inline(TextReport.rule(f.rule(), f.isRequired()) + " " + f.kind().code()
                    + " on " + f.event().label() + ", " + English.date(f.date()) + ": " + f.message() + " (" + f.cite().text()
                    + ")")).append('\n'));
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String label, String text) {
        out.append("  ").append(label).append(":").append(" ".repeat(10 - label.length())).append(Printable.inline(text)).append('\n');
    }

    /** Several reports, separated by a blank line. */
    public static String render(List<ComplianceReport> reports, Style style) {
        return reports.stream().map(r -> render(r, style)).collect(Collectors.joining("\n"));
    }
}
