package org.childinneed.policies.cli;

import java.util.concurrent.Callable;
import org.childinneed.policies.report.ReportFormat;
import org.childinneed.policies.report.ReportWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cin check}: a compliance report per case. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Report each case's obligations and findings under a policy.", sortOptions = false,
        description = {
            "Check case files against a policy and print a report per case: its obligations by due date "
                    + "with their status (met, met-late, open, overdue, cancelled) and its findings, each citing "
                    + "the clause and source section.",
            "Cases are read, evaluated and written one at a time, in argument and folder order, so any number "
                    + "of them runs in a small heap. Files that cannot be read are listed on standard error with "
                    + "every problem in them, where they stand; the others are still reported."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:nothing overdue and no findings in any case",
            "1:something overdue or a finding in some case",
            "2:bad input (a case file or the policy); problems on standard error",
            "3:an internal error of cin, or out of memory (raise it with JAVA_OPTS=-Xmx...)"},
        footer = {"%nExamples:",
            "  cin check --policy kent examples/kent/initial-meeting-over-christmas.json",
            "  cin check --policy kent --format html -o report.html examples/kent",
            "  cin check --policy kent --format ndjson --quiet -o reports.ndjson cases/",
            "  cin check --policy my-policy.cin --format json cases/*.json"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CaseOptions cases;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (an aligned table; the default), json (contract section 2: one object when one "
                    + "case file is named, an array when several files or any folder are), html (a page with the "
                    + "caseload's summary and a timeline per case; a folder of pages above "
                    + HtmlCaseload.ONE_PAGE_LIMIT + " cases), ndjson (one report a line, naming its file) or csv "
                    + "(one row per obligation and per finding).")
    private ReportFormat format;

    @Mixin
    private ReportOutput output;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        output.refuseAliasOf(cases.cases);
        if (format == ReportFormat.HTML) {
            return HtmlCaseload.run(cases, run, output, context);
        }
        return CaseBatch.run(cases, run, output, context,
                (out, oneCase) -> ReportWriters.named(format.code(), out, output.style(context.terminal()), oneCase));
    }
}
