package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.dsl.Compilation;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cin lint}: static checks of policy scripts, with compiler-style diagnostics. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        header = "Check policy scripts, with compiler-style diagnostics.",
        description = {
            "Check policy scripts without running them: syntax, names, clause ids, citations, "
                    + "units and inheritance. Diagnostics go to standard error, compiler-style "
                    + "(file:line:column, the line, a caret, a hint); a one-line verdict per script to "
                    + "standard output.",
            "A bundled policy id may be given instead of a path."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:no errors (warnings may have been printed)",
            "2:an error in some script, or a script that cannot be read",
            "3:an internal error of cin"},
        footer = {"%nExamples:", "  cin lint my-policy.cin", "  cin lint kent"})
final class LintCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Parameters(arity = "1..*", paramLabel = "POLICY_FILE", description = "Policy scripts (.cin), or bundled policy ids.")
    private List<String> scripts;

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        boolean bad = false;
        for (String script : scripts) {
            Compilation compilation;
            try {
                compilation = compile(context.policies(), script);
            } catch (PolicyNotFoundException e) {
                err.println("cin: " + e.getMessage());
                bad = true;
                continue;
            }
            Diagnostics.print(compilation.diagnostics(), err);
            if (!compilation.diagnostics().isEmpty()) {
                err.println();
            }
            int errors = compilation.errorCount();
            int warnings = compilation.warningCount();
            bad |= !compilation.succeeded();
            out.println(script + ": " + (errors == 0 && warnings == 0 ? "ok" : plural(errors, "error") + ", " + plural(warnings, "warning")));
        }
        out.flush();
        err.flush();
        return bad ? ExitStatus.BAD_INPUT : ExitStatus.OK;
    }

    private static Compilation compile(BundledPolicies policies, String script) throws PolicyNotFoundException {
        if (BundledPolicies.isPath(script) || Files.exists(Path.of(script))) {
            return policies.compile(Path.of(script));
        }
        return policies.compilation(script);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
