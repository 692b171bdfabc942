package org.childinneed.policies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.childinneed.dsl.PolicyFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cin fmt}: lays policy scripts out the canonical way. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        header = "Lay policy scripts out the canonical way.",
        description = {
            "Lay policy scripts out the canonical way: the header, then each rule after a blank line, its "
                    + "lines indented 2 and their clauses 4; one space between words; a broken line kept "
                    + "broken, indented 3 past its clause or aligned inside its brackets. Comments are kept word "
                    + "for word; nothing but white space changes. Formatting twice changes nothing more.",
            "Prints the formatted script to standard output, or with --write rewrites the files; --check "
                    + "only lists the files that are not formatted. '-' reads a script from standard input."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:formatted (with --check: every file already was)",
            "1:with --check: some file is not formatted (each is listed)",
            "2:a script that cannot be read or does not parse (see 'cin lint')",
            "3:an internal error of cin"},
        footer = {"%nExamples:", "  cin fmt my-policy.cin", "  cin fmt --write my-policy.cin",
            "  cin fmt --check policies/src/main/resources/policies/*.cin"})
final class FmtCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Option(names = "--check", description = "Write nothing; list the scripts that are not formatted, and exit 1 if any.")
    private boolean check;

    @Option(names = {"-w", "--write"}, description = "Rewrite each script in place (a script already formatted is left untouched).")
    private boolean write;

    @Parameters(arity = "1..*", paramLabel = "POLICY_FILE", description = "Policy scripts (.cin), or '-' for standard input.")
    private List<String> scripts;

    @Override
    public Integer call() throws InputError {
        if (check && write) {
            throw new InputError("--check and --write cannot be used together");
        }
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        boolean bad = false;
        boolean unformatted = false;
        for (String script : scripts) {
            String text;
            try {
                text = read(script);
            } catch (InputError e) {
                err.println("cin: " + e.getMessage());
                bad = true;
                continue;
            }
            Optional<String> formatted = PolicyFormatter.format(text);
            if (formatted.isEmpty()) {
                err.println("cin: " + script + ": does not parse, so it cannot be formatted; see 'cin lint " + script + "'");
                bad = true;
            } else if (check) {
                if (!formatted.get().equals(text)) {
                    out.println(script);
                    unformatted = true;
                }
            } else if (write && !StandardInput.NAME.equals(script)) {
                if (!formatted.get().equals(text)) {
                    writeBack(script, formatted.get());
                }
            } else {
                out.print(formatted.get());
            }
        }
        out.flush();
        err.flush();
        return bad ? ExitStatus.BAD_INPUT : unformatted ? ExitStatus.ATTENTION : ExitStatus.OK;
    }

    private String read(String script) throws InputError {
        if (StandardInput.NAME.equals(script)) {
            return StandardInput.script(context).text();
        }
        try {
            return org.childinneed.policies.io.InputFile.readCharacters(Path.of(script), "script",
                    org.childinneed.dsl.PolicySource.MAX_CHARACTERS);
        } catch (org.childinneed.policies.io.UnreadableFile e) {
            throw new InputError(org.childinneed.model.text.Printable.inline(script) + ": " + e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputError(org.childinneed.model.text.Printable.inline(script) + ": not a file name");
        }
    }

    private static void writeBack(String script, String text) throws InputError {
        try {
            org.childinneed.policies.io.OutputFile.write(Path.of(script), out -> out.write(text));
        } catch (org.childinneed.policies.io.OutputException e) {
            throw new InputError(e.getMessage());
        }
    }
}
