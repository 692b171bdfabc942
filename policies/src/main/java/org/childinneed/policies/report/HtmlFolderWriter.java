package org.childinneed.policies.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.ReportWriter;
import org.childinneed.policies.io.OutputException;
import org.childinneed.policies.io.OutputFile;

/**
 * A caseload of any size as a folder of HTML: {@code index.html} (the summary, its triage list
 * linking into the pages, and a list of the pages) and {@code cases-0001.html}, ... each holding
 * {@link #PAGE_SIZE} cases' timelines. Pages are written as cases come, so memory holds one case
 * and the summary's counts; the index is written last.
 */
final class HtmlFolderWriter implements ReportWriter {

    /** Cases on one page of the folder. */
    static final int PAGE_SIZE = 100;

    private final Path folder;
    private final CaseloadSummary summary;
    private PolicyInfo policy;
    private LocalDate asOf;
    private OutputFile.Pending page;
    private long written;

    HtmlFolderWriter(Path folder, int attentionLimit) {
        this.folder = folder;
        this.summary = new CaseloadSummary(attentionLimit);
    }

    /** The page of the {@code position}th case (from 1): {@code cases-0003.html}. */
    static String pageOf(long position) {
        return String.format(Locale.ROOT, "cases-%04d.html", (position - 1) / PAGE_SIZE + 1);
    }

    @Override
    public void begin(PolicyInfo policy, LocalDate asOf) throws IOException {
        this.policy = policy;
        this.asOf = asOf;
        try {
            OutputFile.createFolder(folder);
        } catch (OutputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void write(CheckedCase checked) throws IOException {
        try {
            writePage(checked);
        } catch (IOException | RuntimeException | Error e) {
            if (page != null) {
                page.close();
                page = null;
            }
            throw e;
        }
    }

    private void writePage(CheckedCase checked) throws IOException {
        long position = ++written;
        summary.add(checked);
        if ((position - 1) % PAGE_SIZE == 0) {
            closePage();
            page = open(folder.resolve(pageOf(position)));
            StringBuilder head = new StringBuilder();
            long number = (position - 1) / PAGE_SIZE + 1;
            CaseloadPage.open(head, "Child in Need caseload, page " + number, policy, asOf,
                    "cases from " + position);
            head.append("<p class=\"back\"><a href=\"index.html#summary\">Back to the summary</a></p>\n")
                    .append(HtmlReport.LEGEND);
            page.writer().write(head.toString());
        }
        StringBuilder section = new StringBuilder(8192);
        CaseloadPage.caseSection(section, checked, position, "index.html#summary");
        page.writer().write(section.toString());
    }

    @Override
    public void end(CaseloadOutcome outcome) throws IOException {
        closePage();
        if (written == 0) {
            return;
        }
        StringBuilder index = new StringBuilder();
        CaseloadPage.open(index, "Child in Need caseload", policy, asOf, CaseloadPage.counts(summary));
        CaseloadPage.summary(index, summary, position -> pageOf(position) + "#" + CaseloadPage.anchor(position));
        index.append("<nav class=\"pages\"><h2>Case timelines</h2>\n");
        for (long first = 1; first <= written; first += PAGE_SIZE) {
            index.append("<a href=\"").append(pageOf(first)).append("\">cases ").append(first).append(" to ")
                    .append(Math.min(written, first + PAGE_SIZE - 1)).append("</a>\n");
        }
        index.append("</nav>\n");
        CaseloadPage.close(index);
        try (OutputFile.Pending file = open(folder.resolve("index.html"))) {
            file.writer().write(index.toString());
            commit(file);
        }
    }

    /** Each page is written beside its place and moved there when complete, as any {@code -o} file is. */
    private static OutputFile.Pending open(Path file) throws IOException {
        try {
            return OutputFile.open(file);
        } catch (OutputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void commit(OutputFile.Pending file) throws IOException {
        try {
            file.commit();
        } catch (OutputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void closePage() throws IOException {
        if (page != null) {
            StringBuilder tail = new StringBuilder();
            CaseloadPage.close(tail);
            page.writer().write(tail.toString());
            commit(page);
            page = null;
        }
    }
}
