package org.childinneed.policies.report;

import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.caseload.ReportWriter;

/**
 * The {@link ReportWriter}s this module provides, chosen by name: {@code text}, {@code json},
 * {@code html}, {@code ndjson}, {@code csv} (a report per case), {@code explain} (why each
 * obligation exists), and {@code summary-text}, {@code summary-json}, {@code summary-csv} (the
 * caseload in numbers). A writer writes to the {@link Writer} it is given and flushes it at the end;
 * it does not close it.
 */
public final class ReportWriters {

    /** Every name {@link #named} knows, in the order a help text lists them. */
    public static final java.util.List<String> NAMES = java.util.List.of("text", "json", "html", "ndjson", "csv",
            "explain", "summary-text", "summary-json", "summary-csv");

    private ReportWriters() {
    }

    /**
     * The writer called {@code name}, plain (no colour), JSON as an array, listing up to
     * {@link CaseloadSummary#DEFAULT_ATTENTION_LIMIT} cases in a summary.
     *
     * @throws IllegalArgumentException if no writer has that name (the message lists them)
     */
    public static ReportWriter named(String name, Writer out) {
        return named(name, out, Style.PLAIN, false);
    }

    /**
     * The writer called {@code name}; {@code style} colours text; {@code oneCase} writes JSON as one
     * object (when the command named a single case file) rather than an array.
     */
    public static ReportWriter named(String name, Writer out, Style style, boolean oneCase) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(style, "style");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextWriter(out, r -> TextReport.render(r, style), true);
            case "json" -> new JsonWriter(out, oneCase);
            case "html" -> new HtmlWriter(out);
            case "ndjson" -> new NdjsonWriter(out);
            case "csv" -> new CsvWriter(out);
            case "explain" -> new TextWriter(out, r -> ExplanationReport.render(r, style), false);
            case "summary-text" -> summary(out, SummaryWriter.Format.TEXT, style, CaseloadSummary.DEFAULT_ATTENTION_LIMIT);
            case "summary-json" -> summary(out, SummaryWriter.Format.JSON, style, CaseloadSummary.DEFAULT_ATTENTION_LIMIT);
            case "summary-csv" -> summary(out, SummaryWriter.Format.CSV, style, CaseloadSummary.DEFAULT_ATTENTION_LIMIT);
            default -> throw new IllegalArgumentException("no report writer called '" + name + "'; there are: "
                    + String.join(", ", NAMES));
        };
    }

    /** The most cases the {@code html} writer puts on one page; more go to {@link #htmlFolder}. */
    public static final int ONE_PAGE_LIMIT = HtmlWriter.ONE_PAGE_LIMIT;

    /**
     * A caseload of any size as a folder of HTML pages: {@code index.html} with the summary and a
     * triage list of up to {@code attentionLimit} cases linking to their timelines, and pages of
     * {@value HtmlFolderWriter#PAGE_SIZE} cases.
     */
    public static ReportWriter htmlFolder(java.nio.file.Path folder, int attentionLimit) {
        return new HtmlFolderWriter(Objects.requireNonNull(folder, "folder"), attentionLimit);
    }

    /** The caseload summary as {@code format} ({@code text}, {@code json} or {@code csv}), listing up to {@code attentionLimit} cases needing attention. */
    public static ReportWriter summary(Writer out, String format, Style style, int attentionLimit) {
        return summary(out, SummaryWriter.Format.valueOf(format.toUpperCase(Locale.ROOT)), style, attentionLimit);
    }

    private static ReportWriter summary(Writer out, SummaryWriter.Format format, Style style, int attentionLimit) {
        return new SummaryWriter(out, format, style, attentionLimit);
    }
}
