package org.childinneed.policies.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import org.childinneed.policies.report.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cin doc}: a policy described in Markdown. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        header = "Describe a policy in Markdown, rule by rule, with citations.",
        description = {
            "Describe a policy in Markdown: its title, version and source document; each rule in plain "
                    + "words with its clause ids and citation, in timeline order; and the clauses it leaves "
                    + "out of scope, with the reasons."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:the document was written",
            "2:an unknown policy, or a script with errors",
            "3:an internal error of cin"},
        footer = {"%nExample:", "  cin doc --policy kent -o kent.md"})
final class DocCommand implements Callable<Integer> {

    @ParentCommand
    private CinCommand cin;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-p", "--policy"}, required = true, paramLabel = "POLICY",
            description = "A bundled policy id (see 'cin policies') or the path of a policy script (.cin).")
    private String policy;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        try {
            Output.write(PolicyDocument.markdown(cin.policies().load(policy)), output, spec.commandLine().getOut());
            return ExitStatus.OK;
        } catch (PolicyNotFoundException e) {
            throw new InputError(e.getMessage());
        } catch (PolicyCompilationException e) {
            if (e.bundled()) {
                throw e;
            }
            Diagnostics.print(e.diagnostics(), spec.commandLine().getErr());
            throw new InputError(e.getMessage() + "; see 'cin lint " + policy + "'");
        }
    }
}
