package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.dsl.Compilation;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cin lint}: static checks of policy scripts, with compiler-style diagnostics. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        header = "Check policy scripts, with compiler-style diagnostics.",
        description = {
            "Check policy scripts without running them: syntax, names, clause ids, citations, "
                    + "units and inheritance. Diagnostics go to standard error, compiler-style "
                    + "(file:line:column, the line, a caret, a hint); a one-line verdict per script to "
                    + "standard output.",
            "With --format json or sarif, one document on standard output instead, each diagnostic "
                    + "with its stable code (syntax-error, unknown-event-type...), location and message.",
            "A bundled policy id may be given instead of a path; '-' reads a script from standard input."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:no errors (warnings may have been printed)",
            "2:an error in some script, or a script that cannot be read",
            "3:an internal error of cin"},
        footer = {"%nExamples:", "  cin lint my-policy.cin", "  cin lint kent",
            "  cin lint --format sarif policies/*.cin > cin.sarif"})
final class LintCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (diagnostics for people; the default), json, or sarif (SARIF 2.1.0, for "
                    + "code-scanning tools and editors).")
    private LintFormat format;

    @Mixin
    private OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "POLICY_FILE", description = "Policy scripts (.cin), bundled policy ids, or '-'.")
    private List<String> scripts;

    @Override
    public Integer call() throws InputError {
        output.refuseAliasOf(scripts.stream().filter(s -> !StandardInput.NAME.equals(s))
                .map(Path::of).filter(Files::exists).toList());
        List<LintedScript> linted = new ArrayList<>();
        for (String script : scripts) {
            linted.add(lint(script));
        }
        output.writeWith(context.out(), context.err(), out -> {
            switch (format) {
                case TEXT -> printText(linted, new PrintWriter(out), context.err());
                case JSON -> out.write(LintDocuments.json(linted));
                case SARIF -> out.write(LintDocuments.sarif(linted));
            }
            return null;
        });
        context.err().flush();
        return linted.stream().anyMatch(s -> s.errors() > 0) ? ExitStatus.BAD_INPUT : ExitStatus.OK;
    }

    private LintedScript lint(String script) throws InputError {
        try {
            Compilation compilation = compile(context, script);
            return new LintedScript(script, compilation.diagnostics(), compilation.errorCount(),
                    compilation.warningCount(), true, compilation.policy().map(p -> p.notExpressible().stream()
                            .map(o -> o.clause()).toList()).orElse(List.of()));
        } catch (PolicyNotFoundException e) {
            return LintedScript.unreadable(script, e.getMessage());
        }
    }

    private static void printText(List<LintedScript> linted, PrintWriter out, PrintWriter err) {
        for (LintedScript script : linted) {
            if (!script.read()) {
                err.println("cin: " + script.diagnostics().get(0).message());
                continue;
            }
            Diagnostics.print(script.diagnostics(), err);
            if (!script.diagnostics().isEmpty()) {
                err.println();
            }
            int errors = script.errors();
            int warnings = script.warnings();
            out.println(script.script() + ": " + (errors == 0 && warnings == 0 ? "ok"
                    : plural(errors, "error") + ", " + plural(warnings, "warning")));
            if (!script.notExpressible().isEmpty()) {
                err.println(script.script() + ": note: " + (script.notExpressible().size() == 1 ? "1 clause is"
                        : script.notExpressible().size() + " clauses are") + " not yet expressible in the language, so not"
                        + " checked: " + String.join(", ", script.notExpressible()) + " ('cin doc' gives the reasons)");
            }
        }
        out.flush();
    }

    private static Compilation compile(CommandContext context, String script) throws PolicyNotFoundException, InputError {
        BundledPolicies policies = context.policies();
        if (StandardInput.NAME.equals(script)) {
            return policies.compile(StandardInput.script(context));
        }
        if (BundledPolicies.isPath(script) || Files.exists(Path.of(script))) {
            return policies.compile(Path.of(script));
        }
        return policies.compilation(script);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
