package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyCompilationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code cin} command line: checks case files against Child in Need policies, explains
 * obligations, lints and documents policy scripts, and runs compliance scenarios. Exit statuses:
 * 0 nothing overdue and no findings, 1 something overdue or a finding, 2 bad input, 3 an
 * internal error. Never prints a stack trace.
 */
@Command(name = "cin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Child in Need (Children Act 1989, s17) procedures of English local authorities as executable policy: "
                    + "check a case against a policy, and see what is due, met, late or overdue, and why."},
        subcommands = {CheckCommand.class, ExplainCommand.class, LintCommand.class, TestCommand.class,
            DocCommand.class, PoliciesCommand.class, DiffCommand.class, CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:nothing overdue and no findings (or: the command succeeded)",
            "1:something overdue or a finding (test: a scenario failed)",
            "2:bad input: an unreadable or invalid file, an unknown policy, a bad option",
            "3:an internal error of cin (please report it)"},
        footer = {"%nRun 'cin COMMAND --help' for a command's options. Start with:",
            "  cin check --policy kent examples/kent/initial-meeting-over-christmas.json"})
public final class CinCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final Terminal terminal;
    private final BundledPolicies policies;

    /** The command as run from a terminal, with the bundled policies. */
    public CinCommand() {
        this(Terminal.detect(), BundledPolicies.standard());
    }

    CinCommand(Terminal terminal, BundledPolicies policies) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** Runs {@code cin} with {@code args} and exits with its status. */
    public static void main(String[] args) {
        int status;
        try {
            status = commandLine().execute(args);
        } catch (Throwable t) {
            System.err.println(internalError(t));
            status = ExitStatus.INTERNAL;
        }
        System.exit(status);
    }

    /** The command line of {@code cin}, configured with its error handling, ready to {@code execute}. */
    public static CommandLine commandLine() {
        return commandLine(new CinCommand());
    }

    static CommandLine commandLine(CinCommand command) {
        CommandLine line = new CommandLine(command);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler(CinCommand::badArguments);
        line.setExecutionExceptionHandler((e, failed, parsed) -> failed(e, failed.getErr()));
        return line;
    }

    /** Without a command: the usage, on standard error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.BAD_INPUT;
    }

    Terminal terminal() {
        return terminal;
    }

    BundledPolicies policies() {
        return policies;
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitStatus.BAD_INPUT;
    }

    private static int failed(Exception e, PrintWriter err) {
        if (e instanceof InputError) {
            err.println("cin: " + e.getMessage());
            err.flush();
            return ExitStatus.BAD_INPUT;
        }
        if (e instanceof PolicyCompilationException compilation) {
            Diagnostics.print(compilation.diagnostics(), err);
            err.println("cin: internal error: " + compilation.getMessage() + "; please report it");
            err.flush();
            return ExitStatus.INTERNAL;
        }
        err.println(internalError(e));
        err.flush();
        return ExitStatus.INTERNAL;
    }

    /**
     * A one-line description of a defect: the exception's type and where it was thrown, never its
     * message (which might hold data from a case file), except for a class that failed to link,
     * whose message is a class name.
     */
    static String internalError(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName()
                + (trace[0].getLineNumber() > 0 ? ":" + trace[0].getLineNumber() : "");
        String linkage = t instanceof LinkageError && t.getMessage() != null ? ": " + t.getMessage() : "";
        return "cin: internal error (" + t.getClass().getName() + linkage + where + "); please report it";
    }
}
