package org.childinneed.policies.cli;

import java.util.concurrent.Callable;
import org.childinneed.policies.report.ReportWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cin explain}: why each obligation exists and how its date was reached. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Explain how each obligation arose and how its date was computed.", sortOptions = false,
        description = {
            "Explain each obligation of each case: the event that triggered it, how its due date was "
                    + "computed (working days counted, bank holidays skipped) and what became of it."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:nothing overdue and no findings in any case",
            "1:something overdue or a finding in some case",
            "2:bad input (a case file or the policy); problems on standard error",
            "3:an internal error of cin, or out of memory (raise it with JAVA_OPTS=-Xmx...)"},
        footer = {"%nExample:", "  cin explain --policy kent --as-of 2027-03-01 examples/kent/initial-meeting-over-christmas.json"})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CaseOptions cases;

    @Mixin
    private ReportOutput output;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        output.refuseAliasOf(cases.cases);
        return CaseBatch.run(cases, run, output, context,
                (out, oneCase) -> ReportWriters.named("explain", out, output.style(context.terminal()), oneCase));
    }
}
