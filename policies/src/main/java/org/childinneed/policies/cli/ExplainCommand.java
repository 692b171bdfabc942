package org.childinneed.policies.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.childinneed.policies.report.ExplanationReport;
import org.childinneed.policies.report.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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
            "3:an internal error of cin"},
        footer = {"%nExample:", "  cin explain --policy kent --as-of 2027-03-01 examples/kent/initial-meeting-over-christmas.json"})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    private CinCommand cin;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseOptions cases;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Mixin
    private ColourOption colour;

    @Override
    public Integer call() throws Exception {
        CaseBatch batch = CaseBatch.run(cases, cin.policies(), spec.commandLine().getErr());
        if (!batch.reports().isEmpty()) {
            Style style = output == null ? cin.terminal().style(colour.colour) : Style.PLAIN;
            Output.write(ExplanationReport.render(batch.reports(), style), output, spec.commandLine().getOut());
        }
        return batch.exitStatus();
    }
}
