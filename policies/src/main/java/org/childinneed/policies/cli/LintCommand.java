package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.Severity;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    @ParentCommand
    private CinCommand cin;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "POLICY_FILE", description = "Policy scripts (.cin), or bundled policy ids.")
    private List<String> scripts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bad = false;
        for (String script : scripts) {
            Compilation compilation;
            try {
                compilation = compile(cin.policies(), script);
            } catch (PolicyNotFoundException e) {
                err.println("cin: " + e.getMessage());
                bad = true;
                continue;
            }
            Diagnostics.print(compilation.diagnostics(), err);
            if (!compilation.diagnostics().isEmpty()) {
                err.println();
            }
            long errors = count(compilation.diagnostics(), Severity.ERROR);
            long warnings = count(compilation.diagnostics(), Severity.WARNING);
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

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
