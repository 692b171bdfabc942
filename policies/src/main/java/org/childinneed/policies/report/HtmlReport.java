package org.childinneed.policies.report;

import org.childinneed.model.text.English;
import static org.childinneed.policies.report.Html.esc;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.PolicyInfo;

/**
 * Compliance reports as one self-contained HTML page: per case a timeline of each obligation from
 * trigger to due date (met marked, overdue in red), the obligations with their explanations, and
 * the findings. Inline CSS and SVG only: no scripts, fonts or images from elsewhere.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The page for {@code reports}, all evaluated against {@code policy} when it is known. */
    public static String render(List<ComplianceReport> reports, Optional<PolicyInfo> policy) {
        StringBuilder page = new StringBuilder(8192);
        String title = reports.size() == 1 ? "Case " + reports.get(0).caseId() : reports.size() + " cases";
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("Child in Need compliance: " + title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>Child in Need compliance report</h1>\n<p class=\"meta\">");
        policy.ifPresentOrElse(p -> page.append("Policy <strong>").append(esc(p.title())).append("</strong> (")
                .append(esc(p.id())).append(", ").append(esc(p.version())).append("), from ").append(esc(p.source())),
                () -> page.append("Policy <strong>").append(esc(reports.isEmpty() ? "" : reports.get(0).policy()))
                        .append("</strong>"));
        if (!reports.isEmpty()) {
            page.append(" &middot; as of ").append(esc(English.date(reports.get(0).asOf())));
        }
        page.append(" &middot; ").append(reports.size()).append(reports.size() == 1 ? " case" : " cases")
                .append("</p>\n").append(LEGEND).append("</header>\n<main>\n");
        for (int i = 0; i < reports.size(); i++) {
            section(page, reports.get(i), i);
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    static void section(StringBuilder page, ComplianceReport report, int number) {
        page.append("<section class=\"case\">\n<h2>Case ").append(esc(report.caseId())).append("</h2>\n");
        page.append("<p class=\"summary\">").append(badges(report)).append("</p>\n");
        if (report.obligations().isEmpty() && report.findings().isEmpty()) {
            page.append("<p>No obligations arise from this case as of ").append(esc(English.date(report.asOf())))
                    .append(".</p>\n");
            notJudged(page, report);
            page.append("</section>\n");
            return;
        }
        page.append(TimelineSvg.render(report, number));
        page.append("<h3>Obligations</h3>\n");
        if (report.obligations().isEmpty()) {
            page.append("<p>None.</p>\n");
        } else {
            page.append("<table class=\"obligations\">\n<thead><tr><th>Due</th><th>Status</th><th>Rule</th>")
                    .append("<th>Kind</th><th>Trigger</th><th>Satisfied</th><th>Why, and how the date was reached</th>")
                    .append("</tr></thead>\n<tbody>\n");
            report.obligations().forEach(o -> obligationRow(page, o, report));
            page.append("</tbody>\n</table>\n");
        }
        page.append("<h3>Findings</h3>\n");
        if (report.findings().isEmpty()) {
            page.append("<p>None.</p>\n");
        } else {
            page.append("<table class=\"findings\">\n<thead><tr><th>Date</th><th>Rule</th><th>Kind</th><th>Event</th>")
                    .append("<th>Finding</th><th>Source</th></tr></thead>\n<tbody>\n");
            report.findings().forEach(f -> findingRow(page, f));
            page.append("</tbody>\n</table>\n");
        }
        notJudged(page, report);
        notJudgedFromSource(page, report);
        page.append("</section>\n");
    }

    /**
     * What the case would raise before the first version of a rule's policy took effect: listed,
     * never judged by a later version, never left out silently.
     */
    private static void notJudged(StringBuilder page, ComplianceReport report) {
        notJudgedTable(page, "Not judged: no version in force", List.of("Date", "Rule", "Event", "Why"),
                report.notInForce().stream().map(n -> List.of(n.date().toString(), n.rule(), n.event().label(), n.reason()))
                        .toList());
    }

    /** The findings whose exceptions the case's source cannot record: listed for a person to check, never raised. */
    private static void notJudgedFromSource(StringBuilder page, ComplianceReport report) {
        notJudgedTable(page, "Not judged: evidence this source does not record",
                List.of("Date", "Rule", "Event", "Would find", "Why"), report.notJudged().stream()
                        .map(n -> List.of(n.date().toString(), n.rule(), n.event().label(), n.kind().code(), n.reason()))
                        .toList());
    }

    /** A table of things not judged, its first two columns a date and a rule; nothing when {@code rows} is empty. */
    private static void notJudgedTable(StringBuilder page, String title, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        page.append("<h3>").append(esc(title)).append("</h3>\n<table class=\"not-judged\">\n<thead><tr>");
        headers.forEach(h -> page.append("<th>").append(esc(h)).append("</th>"));
        page.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            page.append("<tr><td class=\"date\">").append(esc(row.get(0))).append("</td><td class=\"rule\">")
                    .append(esc(row.get(1))).append("</td>");
            row.subList(2, row.size()).forEach(c -> page.append("<td>").append(esc(c)).append("</td>"));
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private static String badges(ComplianceReport report) {
        Map<ObligationStatus, Long> counts = new EnumMap<>(ObligationStatus.class);
        report.obligations().forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        StringBuilder out = new StringBuilder();
        out.append("<span class=\"verdict ").append(!report.isCompliant() ? "attention\">Needs attention"
                : report.hasAdvisory() ? "ok\">Nothing required overdue or found; advisory only"
                : "ok\">Nothing overdue, no findings").append("</span> ");
        counts.forEach((status, n) -> out.append("<span class=\"pill ").append(status.code()).append("\">").append(n)
                .append(' ').append(status.code().replace('-', ' ')).append("</span> "));
        int f = report.findings().size();
        out.append("<span class=\"pill finding-pill\">").append(f).append(f == 1 ? " finding" : " findings").append("</span>");
        return out.toString();
    }

    private static void obligationRow(StringBuilder page, Obligation o, ComplianceReport report) {
        page.append("<tr class=\"").append(o.status().code()).append("\"><td class=\"date\">").append(o.dueDate().map(Object::toString).orElse("none"))
                .append("</td><td><span class=\"pill ").append(o.status().code()).append("\">")
                .append(o.status().code()).append("</span></td><td class=\"rule\">").append(rule(o.rule(), o.isRequired())).append("</td><td>")
                .append(esc(o.kind().code())).append("</td><td>").append(esc(o.trigger().label())).append(" <span class=\"date\">")
                .append(o.triggerDate()).append("</span>")
                .append(o.earliest().map(e -> "<br><small>not before " + e + "</small>").orElse(""))
                .append("</td><td>").append(satisfied(o, report)).append("</td><td class=\"why\"><details><summary>")
                .append(esc(o.explanation().resolution())).append("</summary><dl><dt>Trigger</dt><dd>")
                .append(esc(o.explanation().trigger())).append("</dd><dt>Due date</dt><dd>")
                .append(esc(o.explanation().computation())).append("</dd><dt>Source</dt><dd>")
                .append(cite(o.cite())).append("</dd></dl></details></td></tr>\n");
    }

    /** A rule's id, marked when the rule is advisory (good practice, not a requirement). */
    private static String rule(String rule, boolean required) {
        return esc(rule) + (required ? "" : " <small class=\"advisory\">advisory</small>");
    }

    /** The citation, and the policy version behind it in brackets. */
    private static String cite(org.childinneed.model.compliance.Citation cite) {
        return esc(cite.text()) + cite.version().map(v -> " <small>(" + esc(v.describe()) + ")</small>").orElse("");
    }

    private static String satisfied(Obligation o, ComplianceReport report) {
        if (o.satisfiedBy().isPresent()) {
            return esc(o.satisfiedBy().get().label()) + " <span class=\"date\">" + o.satisfiedOn().orElseThrow() + "</span>";
        }
        return switch (o.status()) {
            case OVERDUE -> "<strong class=\"overdue-text\">" + Dates.days(ChronoUnit.DAYS.between(o.due(), report.asOf()))
                    + " overdue</strong>";
            case CANCELLED -> "plan ended";
            case NOT_RECORDED -> "not recorded in this source";
            case OPEN -> o.hasDueDate() ? "&mdash;" : "no due date";
            default -> "&mdash;";
        };
    }

    private static void findingRow(StringBuilder page, Finding f) {
        page.append("<tr><td class=\"date\">").append(f.date()).append("</td><td class=\"rule\">").append(rule(f.rule(), f.isRequired()))
                .append("</td><td><span class=\"pill finding-pill\">").append(esc(f.kind().code())).append("</span></td><td>")
                .append(esc(f.event().label())).append("</td><td>").append(esc(f.message())).append("</td><td class=\"cite\">")
                .append(cite(f.cite())).append("</td></tr>\n");
    }

    /**
     * The key to the timelines, drawn with the very classes (and hatching) the timelines use: the
     * bar colour of each status, the stretches and the marks.
     */
    static final String LEGEND = """
            <p class="legend"><span class="key"><svg width="28" height="12"><g class="met"><rect class="bar" x="0" y="0" width="28" height="12" rx="2"/></g></svg> met or met late (trigger to due date)</span>
            <span class="key"><svg width="28" height="12"><g class="open"><rect class="bar" x="0" y="0" width="28" height="12" rx="2"/></g></svg> open</span>
            <span class="key"><svg width="28" height="12"><g class="overdue"><rect class="bar" x="0" y="0" width="28" height="12" rx="2"/></g></svg> overdue</span>
            <span class="key"><svg width="28" height="12"><g class="cancelled"><rect class="bar" x="0" y="0" width="28" height="12" rx="2"/></g></svg> cancelled or not recorded</span>
            <span class="key"><svg width="28" height="12"><rect class="bar window" x="0" y="0" width="28" height="12" rx="2"/></svg> too early to count</span>
            <span class="key"><svg width="28" height="12"><defs><pattern id="hatch-late-key" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" class="late-fill"/></pattern></defs><rect class="late" fill="url(#hatch-late-key)" x="0" y="0" width="28" height="12" rx="2"/></svg> late: due date to meeting</span>
            <span class="key"><svg width="28" height="12"><defs><pattern id="hatch-overdue-key" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" class="overdue-fill"/></pattern></defs><rect class="overdue-stretch" fill="url(#hatch-overdue-key)" x="0" y="0" width="28" height="12" rx="2"/></svg> overdue: due date to as-of date</span>
            <span class="key"><svg width="12" height="12"><circle class="trigger" cx="6" cy="6" r="3.5"/></svg> trigger</span>
            <span class="key"><svg width="6" height="18"><line class="due" x1="3" y1="0" x2="3" y2="18"/></svg> due date</span>
            <span class="key"><svg width="16" height="16"><path class="met-mark" d="M8 0 l7 8 l-7 8 l-7 -8 z"/></svg> met on</span>
            <span class="key"><svg width="16" height="16"><g class="finding"><path d="M8 1 l8 15 l-16 0 z"/></g></svg> finding</span>
            <span class="key"><svg width="6" height="18"><line class="asof" x1="3" y1="0" x2="3" y2="18"/></svg> as-of date</span></p>
            """;

    static final String CSS = """
            :root { --met: #2e7d32; --met-late: #d97a00; --open: #1565c0; --overdue: #c62828; --cancelled: #8a8a8a;
                    --ink: #1d2330; --muted: #5c6475; --rule: #d9dde5; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--ink); margin: 0; padding: 24px 32px; background: #f6f7f9; font-size: 14px; }
            header h1 { margin: 0 0 4px; font-size: 22px; }
            .meta { margin: 0 0 8px; color: var(--muted); }
            .legend { color: var(--muted); font-size: 12px; margin: 0 0 16px; }
            .legend .key { margin-right: 16px; white-space: nowrap; }
            .legend svg { vertical-align: middle; margin-right: 4px; }
            section.case { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px;
                           margin-bottom: 24px; }
            h2 { margin: 0 0 6px; font-size: 18px; }
            h3 { margin: 18px 0 6px; font-size: 15px; }
            .summary { margin: 0 0 10px; }
            .verdict { font-weight: 600; margin-right: 8px; }
            .verdict.ok { color: var(--met); }
            .verdict.attention { color: var(--overdue); }
            .pill { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; color: #fff;
                    background: var(--muted); white-space: nowrap; }
            .pill.met { background: var(--met); }
            .pill.met-late { background: var(--met-late); }
            .pill.open { background: var(--open); }
            .pill.overdue { background: var(--overdue); font-weight: 700; }
            .pill.cancelled { background: var(--cancelled); }
            .pill.finding-pill { background: #6a1b9a; }
            svg.timeline { display: block; max-width: 1100px; }
            .timeline text { font-size: 12px; fill: var(--ink); }
            .timeline .tick { stroke: var(--rule); stroke-width: 1; }
            .timeline .tick-label { fill: var(--muted); font-size: 11px; }
            .timeline .rule { font-weight: 600; }
            .bar { fill: var(--open); }
            .met .bar { fill: var(--met); }
            .met-late .bar { fill: var(--met); }
            .overdue .bar { fill: var(--overdue); }
            .cancelled .bar, .not-recorded .bar { fill: var(--cancelled); }
            .bar.window { opacity: 0.3; }
            .late { stroke: var(--met-late); stroke-width: 1; }
            .late-fill { fill: var(--met-late); }
            .overdue-stretch { stroke: var(--overdue); stroke-width: 1; }
            .overdue-fill { fill: var(--overdue); }
            .overdue .row-label { fill: var(--overdue); font-weight: 600; }
            .trigger { fill: #fff; stroke: var(--ink); stroke-width: 1.5; }
            .due { stroke: var(--ink); stroke-width: 2; }
            .met-mark { fill: #ffeb3b; stroke: var(--ink); stroke-width: 1.5; }
            .finding path { fill: #6a1b9a; }
            .asof { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; }
            .timeline .asof-label { font-size: 11px; font-weight: 600; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--rule); }
            th { font-size: 12px; color: var(--muted); font-weight: 600; }
            table.obligations td { white-space: nowrap; }
            table.obligations td.why { white-space: normal; width: 100%; }
            tr.overdue td { background: #fdecea; }
            .overdue-text { color: var(--overdue); }
            td.date, span.date { font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.rule { white-space: nowrap; }
            td.cite { color: var(--muted); font-size: 12px; }
            details summary { cursor: pointer; }
            dl { margin: 6px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; font-size: 12px; }
            dt { color: var(--muted); }
            dd { margin: 0; }
            @media print { body { background: #fff; } details > dl { display: grid; } }
            @media (max-width: 900px) {
              body { padding: 12px; }
              table.obligations td { white-space: normal; }
              section.case { overflow-x: auto; }
            }
            """;
}
