package org.childinneed.policies.cli;

import java.util.concurrent.Callable;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.report.ReportWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cin summary}: a caseload in numbers. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        header = "Summarise a caseload: on-time rates per rule and month, and the cases needing attention.",
        sortOptions = false,
        description = {
            "Check every case against a policy and print what they add up to: per rule, how many obligations "
                    + "were met on time, met late, are overdue, open or cancelled, and the on-time rate (met on time "
                    + "of those met or overdue); the same per month of due date; and the cases that need attention "
                    + "now, most overdue first."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:nothing overdue and no findings in any case",
            "1:something overdue or a finding in some case",
            "2:bad input (a case file or the policy); problems on standard error",
            "3:an internal error of cin, or out of memory (raise it with JAVA_OPTS=-Xmx...)"},
        footer = {"%nExamples:",
            "  cin summary --policy kent examples/kent",
            "  cin summary --policy kent --format csv -o summary.csv cases/"})
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CaseOptions cases;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (the default), json or csv (one row per rule, per month, per rule and month, "
                    + "and per case needing attention).")
    private Format format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + CaseloadSummary.DEFAULT_ATTENTION_LIMIT,
            description = "List at most N cases needing attention (default: ${DEFAULT-VALUE}); all are counted.")
    private int top;

    @Mixin
    private ReportOutput output;

    @Mixin
    private RunOptions run;

    /** The summary's formats. */
    enum Format { TEXT, JSON, CSV }

    @Override
    public Integer call() throws Exception {
        if (top < 0) {
            throw new InputError("--top must not be negative: " + top);
        }
        output.refuseAliasOf(cases.cases);
        return CaseBatch.run(cases, run, output, context, (out, oneCase) -> ReportWriters.summary(out,
                format.name(), output.style(context.terminal()), top));
    }
}
