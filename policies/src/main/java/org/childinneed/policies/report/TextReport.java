package org.childinneed.policies.report;

import org.childinneed.model.text.English;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.text.Printable;
import org.childinneed.model.compliance.PolicyVersion;
import org.childinneed.policies.report.Table.Cell;

/**
 * A compliance report as text for a terminal: obligations by due date with their status,
 * findings, and the sources the rules cite with the policy version behind each, in aligned columns.
 */
public final class TextReport {

    private TextReport() {
    }

    /** One report, ending in a newline. */
    public static String render(ComplianceReport report, Style style) {
        StringBuilder out = new StringBuilder();
        out.append(heading(report, style));
        out.append(summary(report, style)).append("\n\n");
        out.append(style.paint(Style.BOLD, "Obligations")).append('\n');
        if (report.obligations().isEmpty()) {
            out.append("  none\n");
        } else {
            Table table = new Table("DUE", "STATUS", "RULE", "KIND", "TRIGGER", "SATISFIED");
            report.obligations().forEach(o -> table.row(Cell.of(o.dueDate().map(Object::toString).orElse("none")),
                    new Cell(o.status().code(), Style.colourOf(o.status())), Cell.of(rule(o.rule(), o.isRequired())),
                    Cell.of(o.kind().code()),
                    Cell.of(o.trigger().label() + " " + o.triggerDate()), Cell.of(satisfied(o, report))));
            out.append(table.render("  ", style));
        }
        out.append('\n').append(style.paint(Style.BOLD, "Findings")).append('\n');
        if (report.findings().isEmpty()) {
            out.append("  none\n");
        } else {
            Table table = new Table("DATE", "RULE", "KIND", "EVENT", "MESSAGE");
            report.findings().forEach(f -> table.row(Cell.of(f.date().toString()), Cell.of(rule(f.rule(), f.isRequired())),
                    new Cell(f.kind().code(), Style.RED), Cell.of(f.event().label()), Cell.of(f.message())));
            out.append(table.render("  ", style));
        }
        Map<List<String>, Citation> sources = sources(report);
        if (!sources.isEmpty()) {
            out.append('\n').append(style.paint(Style.BOLD, "Sources")).append('\n');
            boolean versioned = sources.values().stream().anyMatch(c -> c.version().isPresent());
            Table table = versioned ? new Table("RULE", "CITATION", "VERSION") : new Table("RULE", "CITATION");
            sources.forEach((key, cite) -> {
                if (versioned) {
                    table.row(key.get(0), cite.text(), cite.version().map(PolicyVersion::describe).orElse(""));
                } else {
                    table.row(key.get(0), cite.text());
                }
            });
            out.append(table.render("  ", style));
        }
        if (!report.notInForce().isEmpty()) {
            out.append('\n').append(style.paint(Style.BOLD, "Not judged: no version in force")).append('\n');
            Table table = new Table("DATE", "RULE", "EVENT", "WHY");
            report.notInForce().forEach(n -> table.row(n.date().toString(), n.rule(), n.event().label(), n.reason()));
            out.append(table.render("  ", style));
        }
        if (!report.notJudged().isEmpty()) {
            out.append('\n').append(style.paint(Style.BOLD, "Not judged: evidence this source does not record")).append('\n');
            Table table = new Table("DATE", "RULE", "EVENT", "WOULD FIND", "WHY");
            report.notJudged().forEach(n -> table.row(n.date().toString(), n.rule(), n.event().label(), n.kind().code(),
                    n.reason()));
            out.append(table.render("  ", style));
        }
        return out.toString();
    }

    /** A report's first line: {@code Case K-1  policy kent, as of Mon 1 Mar 2027}, ending in a newline. */
    static String heading(ComplianceReport report, Style style) {
        return style.paint(Style.BOLD, "Case " + Printable.inline(report.caseId())) + "  policy "
                + Printable.inline(report.policy()) + ", as of "
                + English.date(report.asOf()) + "\n";
    }

    /** "5 obligations: 2 met, 1 met late, 2 overdue; 1 finding". */
    static String summary(ComplianceReport report, Style style) {
        Map<ObligationStatus, Long> counts = new EnumMap<>(ObligationStatus.class);
        report.obligations().forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        String statuses = counts.entrySet().stream()
                .map(e -> style.paint(Style.colourOf(e.getKey()), e.getValue() + " " + e.getKey().code().replace('-', ' ')))
                .collect(Collectors.joining(", "));
        int n = report.obligations().size();
        int f = report.findings().size();
        String verdict = !report.isCompliant() ? style.paint(Style.BOLD + Style.RED, "needs attention")
                : report.hasAdvisory() ? style.paint(Style.GREEN, "nothing required overdue or found; advisory only")
                : style.paint(Style.GREEN, "nothing overdue, no findings");
        return n + (n == 1 ? " obligation" : " obligations") + (statuses.isEmpty() ? "" : " (" + statuses + ")")
                + ", " + f + (f == 1 ? " finding" : " findings") + ": " + verdict;
    }

    /** A rule's id, marked when the rule is advisory: {@code SLO-16 (advisory)}. */
    static String rule(String rule, boolean required) {
        return required ? rule : rule + " (advisory)";
    }

    private static String satisfied(Obligation o, ComplianceReport report) {
        if (o.satisfiedBy().isPresent()) {
            return o.satisfiedBy().get().label() + " " + o.satisfiedOn().orElseThrow();
        }
        return switch (o.status()) {
            case OVERDUE -> Dates.days(ChronoUnit.DAYS.between(o.due(), report.asOf())) + " overdue";
            case OPEN -> !o.hasDueDate() ? "no due date" : o.earliest().filter(e -> e.isAfter(report.asOf())).map(e -> "not before " + e)
                    .orElse(o.due().equals(report.asOf()) ? "due today"
                            : Dates.days(ChronoUnit.DAYS.between(report.asOf(), o.due())) + " left");
            case CANCELLED -> "plan ended";
            case NOT_RECORDED -> "not recorded in this source";
            default -> "";
        };
    }

    /** Each rule and version cited, with its citation, in the order the report first mentions it. */
    private static Map<List<String>, Citation> sources(ComplianceReport report) {
        Map<List<String>, Citation> sources = new LinkedHashMap<>();
        report.obligations().forEach(o -> sources.putIfAbsent(key(o.rule(), o.cite()), o.cite()));
        report.findings().forEach(f -> sources.putIfAbsent(key(f.rule(), f.cite()), f.cite()));
        return sources;
    }

    private static List<String> key(String rule, Citation cite) {
        return List.of(rule, cite.version().map(PolicyVersion::describe).orElse(""));
    }

    /** Several reports, separated by a blank line. */
    public static String render(List<ComplianceReport> reports, Style style) {
        return reports.stream().map(r -> render(r, style)).collect(Collectors.joining("\n"));
    }
}
