package org.childinneed.policies.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.policies.report.HtmlReport;
import org.childinneed.policies.report.JsonReport;
import org.childinneed.policies.report.ReportFormat;
import org.childinneed.policies.report.Style;
import org.childinneed.policies.report.TextReport;
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
            "Files that cannot be read are listed on standard error with every problem in them; the others "
                    + "are still reported."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:nothing overdue and no findings in any case",
            "1:something overdue or a finding in some case",
            "2:bad input (a case file or the policy); problems on standard error",
            "3:an internal error of cin"},
        footer = {"%nExamples:",
            "  cin check --policy kent examples/kent/initial-meeting-over-christmas.json",
            "  cin check --policy kent --format html -o report.html examples/kent",
            "  cin check --policy my-policy.cin --format json cases/*.json"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CaseOptions cases;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (an aligned table; the default), json (contract section 2; an array when "
                    + "several files are given) or html (one self-contained page with a timeline per case).")
    private ReportFormat format;

    @Mixin
    private ReportOutput output;

    @Override
    public Integer call() throws Exception {
        output.refuseAliasOf(cases.cases);
        return CaseBatch.run(cases, context).print(this::render, output, context.out());
    }

    private String render(CaseBatch batch) {
        List<ComplianceReport> reports = batch.reports();
        return switch (format) {
            case TEXT -> text(reports, output.style(context.terminal()));
            case JSON -> JsonReport.render(reports, batch.inputs() > 1);
            case HTML -> HtmlReport.render(reports, batch.policy().map(CompiledPolicy::info));
        };
    }

    private static String text(List<ComplianceReport> reports, Style style) {
        String body = TextReport.render(reports, style);
        if (reports.size() < 2) {
            return body;
        }
        long attention = reports.stream().filter(r -> !r.isCompliant()).count();
        return body + "\n" + reports.size() + " cases: " + attention + " need attention, "
                + (reports.size() - attention) + " with nothing overdue and no findings\n";
    }
}
