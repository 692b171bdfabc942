package org.childinneed.policies.cli;

import java.util.concurrent.Callable;
import org.childinneed.policies.report.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @Mixin
    private CommandContext context;

    @Mixin
    private PolicyOption policy;

    @Mixin
    private OutputOption output;

    @Override
    public Integer call() throws Exception {
        output.refuseAliasOf(policy.scriptPath().stream().toList());
        output.write(PolicyDocument.markdown(policy.load(context.policies(), context.err())), context.out(), context.err());
        return ExitStatus.OK;
    }
}
