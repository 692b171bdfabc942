package org.childinneed.policies.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.io.StandardStreams;
import org.childinneed.policies.io.TerminalWriter;
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
        subcommands = {CheckCommand.class, ExplainCommand.class, SummaryCommand.class, LintCommand.class, TestCommand.class,
            DocCommand.class, PoliciesCommand.class, ConvertCommand.class, DiffCommand.class, FmtCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:nothing overdue and no findings (or: the command succeeded)",
            "1:something overdue or a finding (test: a scenario failed)",
            "2:bad input: an unreadable or invalid file, an unknown policy, a bad option; or output that cannot be written",
            "3:an internal error of cin (please report it)"},
        footer = {"%nRun 'cin COMMAND --help' for a command's options. Start with:",
            "  cin check --policy kent examples/kent/initial-meeting-over-christmas.json"})
public final class CinCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final Terminal terminal;
    private final BundledPolicies policies;
    private InputStream input = System.in;

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
            status = execute(commandLine(), StandardStreams.out(), StandardStreams.err(), args);
        } catch (Throwable t) {
            System.err.println(t instanceof OutOfMemoryError ? outOfMemory() : internalError(t));
            status = ExitStatus.INTERNAL;
        }
        System.exit(status);
    }

    /**
     * Runs {@code line} with {@code args}, writing to {@code out} and {@code err} through
     * {@link TerminalWriter}s (so nothing printed can act on a terminal), and checks that standard
     * output took everything: if it did not (a full disk, a closed pipe), says so on {@code err} and
     * returns {@link ExitStatus#BAD_INPUT} unless the command had already failed.
     */
    static int execute(CommandLine line, Writer out, Writer err, String... args) {
        PrintWriter checkedOut = TerminalWriter.wrap(out);
        PrintWriter errors = TerminalWriter.wrap(err);
        line.setOut(checkedOut);
        line.setErr(errors);
        int status = line.execute(args);
        if (checkedOut.checkError()) {
            errors.println("cin: " + StandardStreams.OUTPUT_FAILED);
            errors.flush();
            return status == ExitStatus.INTERNAL ? status : ExitStatus.BAD_INPUT;
        }
        errors.flush();
        return status;
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

    /** Reads standard input ({@code -} in place of a file) from {@code in} instead. */
    CinCommand readingFrom(InputStream in) {
        this.input = Objects.requireNonNull(in, "in");
        return this;
    }

    InputStream input() {
        return input;
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

    /** What to do when the heap ran out: give Java more. */
    static String outOfMemory() {
        long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "cin: out of memory (the Java heap is limited to " + mib + " MiB); reports written so far are kept. "
                + "Give Java more, e.g. JAVA_OPTS=-Xmx4g ./cin ..., or check fewer cases at once";
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
