package org.childinneed.policies.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.report.ReportWriters;
import org.childinneed.policies.sources.CaseFiles;

/**
 * {@code cin check --format html}: one page for up to {@link #ONE_PAGE_LIMIT} cases, else a
 * folder (an index page with the summary, and pages of cases). The folder is {@code -o} itself
 * when it is a folder or does not end in {@code .html}; for {@code -o caseload.html} it is
 * {@code caseload/} beside it, and cin says so.
 */
final class HtmlCaseload {

    /** The most cases written as one page. */
    static final int ONE_PAGE_LIMIT = ReportWriters.ONE_PAGE_LIMIT;

    private HtmlCaseload() {
    }

    static int run(CaseOptions cases, RunOptions run, ReportOutput output, CommandContext context)
            throws PolicyCompilationException, InputError {
        Path file = output.file().orElse(null);
        boolean toFolder = file != null && (Files.isDirectory(file) || !file.getFileName().toString().endsWith(".html"));
        if (!toFolder) {
            long count = CaseFiles.of(cases.cases).size().orElse(0);
            if (count > ONE_PAGE_LIMIT) {
                if (file == null) {
                    throw new InputError(count + " case files are more than one HTML page shows at once ("
                            + ONE_PAGE_LIMIT + "); give -o FOLDER to write an index page and pages of cases");
                }
                String name = file.getFileName().toString();
                file = file.resolveSibling(name.substring(0, name.length() - ".html".length()));
                context.err().println("cin: " + count + " case files are more than one page shows; writing the folder "
                        + file + " (open " + file.resolve("index.html") + ")");
                toFolder = true;
            }
        }
        if (toFolder) {
            Path folder = file;
            return CaseBatch.run(cases, run, output.withoutFile(), context,
                    (out, oneCase) -> ReportWriters.htmlFolder(folder, CaseloadSummary.DEFAULT_ATTENTION_LIMIT));
        }
        return CaseBatch.run(cases, run, output, context, (out, oneCase) -> ReportWriters.named("html", out));
    }
}
