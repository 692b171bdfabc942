package org.childinneed.policies.cli;

import java.nio.file.Path;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    @ParentCommand
    private CinCommand cin;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseOptions cases;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (an aligned table; the default), json (contract section 2; an array when "
                    + "several files are given) or html (one self-contained page with a timeline per case).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Mixin
    private ColourOption colour;

    @Override
    public Integer call() throws Exception {
        CaseBatch batch = CaseBatch.run(cases, cin.policies(), spec.commandLine().getErr());
        List<ComplianceReport> reports = batch.reports();
        if (!reports.isEmpty()) {
            String text = switch (format) {
                case TEXT -> text(reports, output == null ? cin.terminal().style(colour.colour) : Style.PLAIN);
                case JSON -> JsonReport.render(reports, batch.inputs() > 1);
                case HTML -> HtmlReport.render(reports, batch.policy().map(CompiledPolicy::info));
            };
            Output.write(text, output, spec.commandLine().getOut());
        }
        return batch.exitStatus();
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
