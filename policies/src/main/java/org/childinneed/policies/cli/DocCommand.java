package org.childinneed.policies.cli;

import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.policies.report.PolicyDocument;
import picocli.CommandLine.Command;

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
final class DocCommand extends PolicyTextCommand {

    @Override
    String text(CompiledPolicy compiled) {
        return PolicyDocument.markdown(compiled);
    }
}
