package org.childinneed.policies.report;

import org.childinneed.model.text.English;
import static org.childinneed.policies.report.Html.esc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;

/**
 * One case's obligations drawn on a shared time axis: a bar from trigger to due date, a mark
 * where the obligation was met, late and overdue stretches hatched, the as-of date as a line, and
 * findings as marks on their own row. Inline SVG with no script.
 */
final class TimelineSvg {

    private static final int WIDTH = 1100;
    private static final int LABEL = 250;
    private static final int RIGHT = 20;
    private static final int TOP = 46;
    private static final int ROW = 26;
    private static final int BAR = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private final ComplianceReport report;
    private final String idSuffix;
    private final LocalDate from;
    private final LocalDate to;

    private TimelineSvg(ComplianceReport report, int number) {
        this.report = report;
        this.idSuffix = "-" + number;
        LocalDate first = report.asOf();
        LocalDate last = report.asOf();
        for (Obligation o : report.obligations()) {
            first = min(first, o.triggerDate());
            if (o.hasDueDate()) {
                last = max(last, o.due());
            }
            if (o.satisfiedOn().isPresent()) {
                last = max(last, o.satisfiedOn().get());
            }
        }
        for (Finding f : report.findings()) {
            first = min(first, f.date());
            last = max(last, f.date());
        }
        long span = Math.max(14, ChronoUnit.DAYS.between(first, last));
        long pad = Math.max(3, span / 30);
        this.from = first.minusDays(pad);
        this.to = last.plusDays(pad);
    }

    /** The timeline of {@code report}, the {@code number}th on its page (to keep element ids unique). */
    static String render(ComplianceReport report, int number) {
        return new TimelineSvg(report, number).svg();
    }

    private String svg() {
        int rows = report.obligations().size() + (report.findings().isEmpty() ? 0 : 1);
        int height = TOP + Math.max(1, rows) * ROW + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"Timeline of obligations for case ")
                .append(esc(report.caseId())).append("\">\n");
        s.append("<defs><pattern id=\"hatch-late" + idSuffix + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" class=\"late-fill\"/></pattern>"
                + "<pattern id=\"hatch-overdue" + idSuffix + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" class=\"overdue-fill\"/></pattern></defs>\n");
        axis(s, height);
        int y = TOP;
        for (Obligation o : report.obligations()) {
            obligation(s, o, y);
            y += ROW;
        }
        if (!report.findings().isEmpty()) {
            findings(s, y);
        }
        int asOf = x(report.asOf());
        s.append("<line class=\"asof\" x1=\"").append(asOf).append("\" y1=\"").append(TOP - 30).append("\" x2=\"")
                .append(asOf).append("\" y2=\"").append(height - 6).append("\"/>");
        boolean nearRight = asOf > WIDTH - 160;
        s.append("<text class=\"asof-label\" x=\"").append(nearRight ? asOf - 4 : asOf + 4).append("\" y=\"")
                .append(TOP - 18).append(nearRight ? "\" text-anchor=\"end" : "").append("\">as of ").append(esc(English.date(report.asOf()))).append("</text>\n");
        return s.append("</svg>\n").toString();
    }

    private void axis(StringBuilder s, int height) {
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = months <= 14 ? 1 : months <= 36 ? 3 : months <= 96 ? 6 : 12;
        LocalDate tick = from.withDayOfMonth(1).plusMonths(1);
        while ((tick.getMonthValue() - 1) % step != 0) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(to); tick = tick.plusMonths(step)) {
            int x = x(tick);
            s.append("<line class=\"tick\" x1=\"").append(x).append("\" y1=\"").append(TOP - 44).append("\" x2=\"")
                    .append(x).append("\" y2=\"").append(height - 6).append("\"/>");
            if (x + 56 <= WIDTH) {
                s.append("<text class=\"tick-label\" x=\"").append(x + 3).append("\" y=\"").append(TOP - 34).append("\">")
                        .append(esc(MONTH.format(tick))).append("</text>\n");
            }
        }
    }

    private void obligation(StringBuilder s, Obligation o, int y) {
        String status = o.status().code();
        String tooltip = o.rule() + " " + o.kind().code() + ": " + status + (o.hasDueDate() ? ", due " + English.date(o.due()) : ", no due date")
                + o.satisfiedBy().map(r -> ", met by " + r.label() + " on " + English.date(o.satisfiedOn().orElseThrow()))
                        .orElse("");
        s.append("<g class=\"row ").append(status).append("\"><title>").append(esc(tooltip)).append("</title>");
        s.append("<text class=\"row-label\" x=\"8\" y=\"").append(y + 4).append("\"><tspan class=\"rule\">")
                .append(esc(o.rule())).append("</tspan> ").append(esc(o.kind().code())).append("</text>");
        int barY = y - BAR / 2;
        int start = x(o.triggerDate());
        // No due date: the bar runs to the as-of date (or to the event that met it).
        int due = x(o.hasDueDate() ? o.due() : o.satisfiedOn().orElse(report.asOf()));
        int windowStart = o.earliest().map(this::x).orElse(start);
        if (windowStart > start) {
            rect(s, "bar window", start, barY, windowStart - start, "");
        }
        rect(s, "bar", windowStart, barY, Math.max(3, due - windowStart), "");
        if (o.satisfiedOn().isPresent() && o.satisfiedOn().get().isAfter(o.due())) {
            rect(s, "late", due, barY, x(o.satisfiedOn().get()) - due, "url(#hatch-late" + idSuffix + ")");
        } else if (o.status() == ObligationStatus.OVERDUE) {
            rect(s, "overdue-stretch", due, barY, Math.max(2, x(report.asOf()) - due), "url(#hatch-overdue" + idSuffix + ")");
        }
        s.append("<circle class=\"trigger\" cx=\"").append(start).append("\" cy=\"").append(y).append("\" r=\"3.5\"/>");
        s.append("<line class=\"due\" x1=\"").append(due).append("\" y1=\"").append(barY - 3).append("\" x2=\"")
                .append(due).append("\" y2=\"").append(barY + BAR + 3).append("\"/>");
        o.satisfiedOn().ifPresent(d -> {
            int mx = x(d);
            s.append("<path class=\"met-mark\" d=\"M").append(mx).append(' ').append(y - 8).append(" l7 8 l-7 8 l-7 -8 z\"/>");
        });
        s.append("</g>\n");
    }

    private void findings(StringBuilder s, int y) {
        s.append("<text class=\"row-label findings-label\" x=\"8\" y=\"").append(y + 4).append("\">findings</text>");
        for (Finding f : report.findings()) {
            int fx = x(f.date());
            s.append("<g class=\"finding\"><title>").append(esc(f.rule() + " " + f.kind().code() + " on "
                    + f.event().label() + ", " + English.date(f.date()) + ": " + f.message())).append("</title>");
            s.append("<path d=\"M").append(fx).append(' ').append(y - 8).append(" l8 15 l-16 0 z\"/></g>\n");
        }
    }

    private static void rect(StringBuilder s, String cls, int x, int y, int width, String fill) {
        s.append("<rect class=\"").append(cls).append('"');
        if (!fill.isEmpty()) {
            s.append(" fill=\"").append(fill).append('"');
        }
        s.append(" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(Math.max(1, width)).append("\" height=\"").append(BAR).append("\" rx=\"2\"/>");
    }

    private int x(LocalDate date) {
        double days = ChronoUnit.DAYS.between(from, to);
        double at = ChronoUnit.DAYS.between(from, date);
        return LABEL + (int) Math.round(at / days * (WIDTH - LABEL - RIGHT));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
