package org.childinneed.policies.report;

import org.childinneed.model.text.English;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.caseload.CaseloadSummary.Attention;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.ReportWriter;
import org.childinneed.policies.caseload.StatusCounts;

/** A caseload summary ({@link CaseloadSummary}) as text, JSON or CSV, written after the last case. */
final class SummaryWriter implements ReportWriter {

    /** The summary's formats. */
    enum Format { TEXT, JSON, CSV }

    /** The CSV columns: one row per rule, per month, per rule and month, and per case needing attention. */
    static final String[] CSV_COLUMNS = {"scope", "rule", "kind", "month", "met", "metLate", "overdue", "open",
        "cancelled", "onTimeRate", "case", "file", "entry", "overdueObligations", "mostOverdueDays", "findings"};

    private final Writer out;
    private final Format format;
    private final Style style;
    private final CaseloadSummary summary;
    private String policy = "";
    private LocalDate asOf;

    SummaryWriter(Writer out, Format format, Style style, int attentionLimit) {
        this.out = out;
        this.format = format;
        this.style = style;
        this.summary = new CaseloadSummary(attentionLimit);
    }

    @Override
    public void begin(PolicyInfo policy, LocalDate asOf) {
        this.policy = policy.id();
        this.asOf = asOf;
    }

    @Override
    public void write(CheckedCase checked) {
        summary.add(checked);
    }

    @Override
    public void end(CaseloadOutcome outcome) throws IOException {
        if (summary.cases() > 0) {
            switch (format) {
                case TEXT -> out.write(text());
                case JSON -> out.write(JsonReport.pretty(json()));
                case CSV -> csv();
            }
        }
        out.flush();
    }

    /** The on-time rate as a percentage with one decimal, or a dash when nothing has come due. */
    static String percent(StatusCounts counts) {
        return counts.onTimeRate().isPresent() ? String.format(Locale.ROOT, "%.1f%%", counts.onTimeRate().getAsDouble() * 100) : "-";
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        text.append(style.paint(Style.BOLD, "Caseload summary")).append("  policy ").append(policy).append(", as of ")
                .append(English.date(asOf)).append('\n');
        StatusCounts all = summary.all();
        text.append(summary.cases()).append(summary.cases() == 1 ? " case, " : " cases, ").append(summary.needingAttention())
                .append(" need attention; ").append(all.total()).append(" obligations, ").append(percent(all))
                .append(" of those due met on time; ").append(summary.findings()).append(summary.findings() == 1 ? " finding" : " findings")
                .append("\n\n").append(style.paint(Style.BOLD, "By rule")).append('\n');
        Table rules = new Table("RULE", "KIND", "MET", "LATE", "OVERDUE", "OPEN", "CANCELLED", "ON TIME");
        summary.byRule().forEach((rule, c) -> row(rules, rule, summary.kinds().get(rule), c));
        text.append(rules.render("  ", style)).append('\n').append(style.paint(Style.BOLD, "By month due")).append('\n');
        Table months = new Table("MONTH", "", "MET", "LATE", "OVERDUE", "OPEN", "CANCELLED", "ON TIME");
        summary.byMonth().forEach((month, c) -> row(months, month.toString(), "", c));
        text.append(months.render("  ", style)).append('\n').append(style.paint(Style.BOLD, "Needing attention now"));
        List<Attention> attention = summary.attention();
        if (attention.isEmpty()) {
            return text.append("\n  none\n").toString();
        }
        text.append(attention.size() < summary.needingAttention()
                ? " (the " + attention.size() + " most overdue of " + summary.needingAttention() + ")" : "").append('\n');
        Table cases = new Table("CASE", "MOST OVERDUE", "OVERDUE", "FINDINGS", "FILE");
        attention.forEach(a -> cases.row(new Table.Cell(a.caseId(), a.overdue() > 0 ? Style.RED : ""),
                Table.Cell.of(Dates.days(a.mostOverdueDays())), Table.Cell.of(String.valueOf(a.overdue())),
                Table.Cell.of(String.valueOf(a.findings())), Table.Cell.of(a.origin().toString())));
        return text.append(cases.render("  ", style)).toString();
    }

    private static void row(Table table, String first, String kind, StatusCounts c) {
        table.row(first, kind, String.valueOf(c.met()), String.valueOf(c.metLate()), String.valueOf(c.overdue()),
                String.valueOf(c.open()), String.valueOf(c.cancelled()), percent(c));
    }

    private ObjectNode json() {
        ObjectNode root = JsonReport.NODES.objectNode();
        root.put("policy", policy);
        root.put("asOf", asOf.toString());
        root.put("cases", summary.cases());
        root.put("needingAttention", summary.needingAttention());
        root.put("findings", summary.findings());
        root.set("obligations", counts(summary.all()));
        ArrayNode rules = root.putArray("byRule");
        summary.byRule().forEach((rule, c) -> {
            ObjectNode node = rules.addObject().put("rule", rule).put("kind", summary.kinds().get(rule));
            node.setAll(counts(c));
            ArrayNode months = node.putArray("byMonth");
            summary.byRuleAndMonth().get(rule).forEach((month, m) -> months.addObject().put("month", month.toString()).setAll(counts(m)));
        });
        ArrayNode months = root.putArray("byMonth");
        summary.byMonth().forEach((month, c) -> months.addObject().put("month", month.toString()).setAll(counts(c)));
        ArrayNode attention = root.putArray("attention");
        summary.attention().forEach(a -> attention.addObject().put("case", a.caseId()).put("file", a.origin().file())
                .put("entry", a.origin().entry().orElse(null)).put("overdue", a.overdue())
                .put("mostOverdueDays", a.mostOverdueDays()).put("findings", a.findings()));
        root.put("attentionListed", summary.attention().size());
        return root;
    }

    private static ObjectNode counts(StatusCounts c) {
        ObjectNode node = JsonReport.NODES.objectNode();
        node.put("met", c.met()).put("metLate", c.metLate()).put("overdue", c.overdue()).put("open", c.open())
                .put("cancelled", c.cancelled())
                .put("notRecorded", c.notRecorded());
        if (c.onTimeRate().isPresent()) {
            node.put("onTimeRate", Math.round(c.onTimeRate().getAsDouble() * 10000) / 10000.0);
        } else {
            node.putNull("onTimeRate");
        }
        return node;
    }

    private void csv() throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String column : CSV_COLUMNS) {
            schema.addColumn(column);
        }
        try (SequenceWriter rows = new CsvMapper().writer(schema.build())
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            for (Map.Entry<String, StatusCounts> e : summary.byRule().entrySet()) {
                rows.write(countsRow("rule", e.getKey(), null, e.getValue()));
            }
            for (Map.Entry<YearMonth, StatusCounts> e : summary.byMonth().entrySet()) {
                rows.write(countsRow("month", null, e.getKey(), e.getValue()));
            }
            for (Map.Entry<String, Map<YearMonth, StatusCounts>> rule : summary.byRuleAndMonth().entrySet()) {
                for (Map.Entry<YearMonth, StatusCounts> e : rule.getValue().entrySet()) {
                    rows.write(countsRow("rule-month", rule.getKey(), e.getKey(), e.getValue()));
                }
            }
            for (Attention a : summary.attention()) {
                rows.write(new String[] {"attention", "", "", "", "", "", "", "", "", "", a.caseId(), a.origin().file(),
                    a.origin().entry().orElse(""), String.valueOf(a.overdue()), String.valueOf(a.mostOverdueDays()),
                    String.valueOf(a.findings())});
            }
        }
    }

    private String[] countsRow(String scope, String rule, YearMonth month, StatusCounts c) {
        return new String[] {scope, rule == null ? "" : rule, rule == null ? "" : summary.kinds().get(rule),
            month == null ? "" : month.toString(), String.valueOf(c.met()), String.valueOf(c.metLate()),
            String.valueOf(c.overdue()), String.valueOf(c.open()), String.valueOf(c.cancelled()),
            c.onTimeRate().isPresent() ? String.format(Locale.ROOT, "%.4f", c.onTimeRate().getAsDouble()) : "",
            "", "", "", "", "", ""};
    }
}
