package org.childinneed.policies.report;

import org.childinneed.model.text.English;
import static org.childinneed.policies.report.Html.esc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.caseload.CaseloadSummary.Attention;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.StatusCounts;

/**
 * The parts of a caseload's HTML: the page head, a header naming the policy once, the summary (a
 * triage list of the cases needing attention, most overdue first, each linking to its timeline;
 * the on-time rate per rule as a chart; the counts per rule), a legend of exactly the colours the
 * timelines draw, and one section per case. Readable from 800 pixels wide.
 */
final class CaseloadPage {

    /** A case's anchor on its page: {@code case-12} for the 12th case of the caseload. */
    static String anchor(long position) {
        return "case-" + position;
    }

    private static final int CHART_WIDTH = 720;
    private static final int CHART_LABEL = 230;
    private static final int CHART_ROW = 22;

    private CaseloadPage() {
    }

    /** From the doctype to the opening of {@code <main>}. */
    static void open(StringBuilder page, String title, PolicyInfo policy, LocalDate asOf, String counts) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("Child in Need caseload: " + title)).append("</title>\n")
                .append("<style>\n").append(HtmlReport.CSS).append(CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\"><strong>").append(esc(policy.title()))
                .append("</strong>, version ").append(esc(policy.version())).append(", from ").append(esc(policy.source()))
                .append(" &middot; as of ").append(esc(English.date(asOf))).append(" &middot; ").append(esc(counts))
                .append("</p>\n</header>\n<main>\n");
    }

    /** The closing of {@code <main>} and the document. */
    static void close(StringBuilder page) {
        page.append("</main>\n</body>\n</html>\n");
    }

    /** "120 cases, 37 need attention". */
    static String counts(CaseloadSummary summary) {
        return summary.cases() + (summary.cases() == 1 ? " case, " : " cases, ") + summary.needingAttention()
                + " need" + (summary.needingAttention() == 1 ? "s" : "") + " attention";
    }

    /** The summary: triage list, on-time chart and counts per rule; {@code link} gives a case's timeline address. */
    static void summary(StringBuilder page, CaseloadSummary summary, LongFunction<String> link) {
        page.append("<section class=\"summary-panel\" id=\"summary\">\n<h2>Needing attention now</h2>\n");
        List<Attention> attention = summary.attention();
        if (attention.isEmpty()) {
            page.append("<p>No case has anything overdue or any finding.</p>\n");
        } else {
            if (attention.size() < summary.needingAttention()) {
                page.append("<p>The ").append(attention.size()).append(" most overdue of ").append(summary.needingAttention())
                        .append(" cases needing attention.</p>\n");
            }
            page.append("<ol class=\"triage\">\n");
            for (Attention a : attention) {
                page.append("<li><a href=\"").append(esc(link.apply(a.position()))).append("\">Case ").append(esc(a.caseId()))
                        .append("</a> <span class=\"why\">");
                if (a.overdue() > 0) {
                    page.append("<strong class=\"overdue-text\">").append(Dates.days(a.mostOverdueDays())).append(" overdue</strong>, ")
                            .append(a.overdue()).append(a.overdue() == 1 ? " obligation" : " obligations").append(" overdue");
                } else {
                    page.append("nothing overdue");
                }
                page.append(", ").append(a.findings()).append(a.findings() == 1 ? " finding" : " findings")
                        .append("</span> <span class=\"file\">").append(esc(a.origin().toString())).append("</span></li>\n");
            }
            page.append("</ol>\n");
        }
        page.append("<h2>Met on time, by rule</h2>\n");
        chart(page, summary);
        page.append("<div class=\"scroll\"><table class=\"counts\">\n<thead><tr><th>Rule</th><th>Kind</th><th>Met</th>")
                .append("<th>Met late</th><th>Overdue</th><th>Open</th><th>Cancelled</th><th>On time</th></tr></thead>\n<tbody>\n");
        summary.byRule().forEach((rule, c) -> page.append("<tr><td class=\"rule\">").append(esc(rule)).append("</td><td>")
                .append(esc(summary.kinds().get(rule))).append("</td><td>").append(c.met()).append("</td><td>").append(c.metLate())
                .append("</td><td>").append(c.overdue()).append("</td><td>").append(c.open()).append("</td><td>")
                .append(c.cancelled()).append("</td><td>").append(SummaryWriter.percent(c)).append("</td></tr>\n"));
        page.append("</tbody>\n</table></div>\n</section>\n");
    }

    /**
     * Per rule, a bar split into met on time, met late and overdue, the three colours of the legend
     * above it, with the on-time rate written beside it.
     */
    private static void chart(StringBuilder page, CaseloadSummary summary) {
        Map<String, StatusCounts> rules = summary.byRule();
        page.append("<p class=\"legend\">").append(key("met", "met on time")).append(key("met-late", "met late"))
                .append(key("overdue", "overdue")).append("</p>\n");
        int height = Math.max(1, rules.size()) * CHART_ROW + 4;
        page.append("<svg class=\"chart\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"Share of obligations met on time, by rule\">\n");
        int y = 2;
        int barWidth = CHART_WIDTH - CHART_LABEL - 70;
        for (Map.Entry<String, StatusCounts> e : rules.entrySet()) {
            StatusCounts c = e.getValue();
            long decided = c.met() + c.metLate() + c.overdue();
            page.append("<g><title>").append(esc(e.getKey() + ": " + c.met() + " met on time, " + c.metLate() + " met late, "
                    + c.overdue() + " overdue")).append("</title><text x=\"0\" y=\"").append(y + 14).append("\"><tspan class=\"rule\">")
                    .append(esc(e.getKey())).append("</tspan> ").append(esc(summary.kinds().get(e.getKey()))).append("</text>");
            int x = CHART_LABEL;
            if (decided > 0) {
                x = segment(page, "met", x, y, c.met(), decided, barWidth);
                x = segment(page, "met-late", x, y, c.metLate(), decided, barWidth);
                segment(page, "overdue", x, y, c.overdue(), decided, barWidth);
            }
            page.append("<text class=\"rate\" x=\"").append(CHART_LABEL + barWidth + 6).append("\" y=\"").append(y + 14)
                    .append("\">").append(decided == 0 ? "none due" : SummaryWriter.percent(c)).append("</text></g>\n");
            y += CHART_ROW;
        }
        page.append("</svg>\n");
    }

    private static int segment(StringBuilder page, String status, int x, int y, long n, long of, int width) {
        int w = (int) Math.round((double) n / of * width);
        if (w > 0) {
            page.append("<rect class=\"share ").append(status).append("\" x=\"").append(x).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(w).append("\" height=\"14\"/>");
        }
        return x + w;
    }

    private static String key(String status, String label) {
        return "<span class=\"key\"><svg width=\"28\" height=\"12\"><rect class=\"share " + status
                + "\" x=\"0\" y=\"0\" width=\"28\" height=\"12\"/></svg> " + label + "</span>\n";
    }

    /** One case's section, its anchor {@code case-N}; {@code back} links to the summary. */
    static void caseSection(StringBuilder page, CheckedCase checked, long position, String back) {
        page.append("<div class=\"case-anchor\" id=\"").append(anchor(position)).append("\">\n");
        HtmlReport.section(page, checked.report(), (int) Math.min(Integer.MAX_VALUE, position));
        page.append("<p class=\"back\"><a href=\"").append(esc(back)).append("\">Back to the summary</a> &middot; ")
                .append(esc(checked.origin().toString())).append("</p>\n</div>\n");
    }

    private static final String CSS = String.format(Locale.ROOT, """
            section.summary-panel { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px;
                                    margin-bottom: 24px; }
            ol.triage { margin: 0 0 12px; padding-left: 28px; }
            ol.triage li { margin: 2px 0; }
            ol.triage .file, p.back { color: var(--muted); font-size: 12px; }
            svg.chart { display: block; max-width: %dpx; }
            .chart text { font-size: 12px; fill: var(--ink); }
            .chart .rule { font-weight: 600; }
            .share.met { fill: var(--met); }
            .share.met-late { fill: var(--met-late); }
            .share.overdue { fill: var(--overdue); }
            .scroll { overflow-x: auto; }
            table.counts td { font-variant-numeric: tabular-nums; }
            nav.pages a { margin-right: 8px; }
            """, CHART_WIDTH);
}
