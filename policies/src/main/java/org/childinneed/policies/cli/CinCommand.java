package org.childinneed.policies.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.io.StandardStreams;
import org.childinneed.policies.io.TerminalWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code cin} command line: checks case files against Child in Need policies, explains
 * obligations, lints and documents policy scripts, and runs compliance scenarios. Exit statuses:
 * 0 nothing overdue and no findings, 1 something overdue or a finding, 2 bad input, 3 an
 * internal error. Never prints a stack trace. This class is {@link CinRoot} with every command
 * (what help, completion and the man pages show); a run of one command builds only that one.
 */
@Command(subcommands = {CheckCommand.class, ExplainCommand.class, SummaryCommand.class, LintCommand.class, TestCommand.class,
    DocCommand.class, PoliciesCommand.class, ConvertCommand.class, DiffCommand.class, FmtCommand.class, SchemaCommand.class,
    CompletionCommand.class,
    CommandLine.HelpCommand.class})
public final class CinCommand extends CinRoot {

    /** Options that print help or the version, for which the whole command line is built. */
    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

    /** The command as run from a terminal, with the bundled policies. */
    public CinCommand() {
        this(Terminal.detect(), BundledPolicies.standard());
    }

    CinCommand(Terminal terminal, BundledPolicies policies) {
        super(terminal, policies);
    }

    /** Runs {@code cin} with {@code args} and exits with its status. */
    public static void main(String[] args) {
        int status;
        try {
            status = execute(commandLine(new CinCommand(), args), StandardStreams.out(), StandardStreams.err(), args);
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
        return configured(new CommandLine(command));
    }

    /**
     * The command line that running {@code args} needs, as {@link #commandLine(CinCommand)} would
     * run them: with every command, or, to start faster, with only the one command {@code args}
     * begin with when nothing else can show (not help, the version, completion, nor an unknown
     * command's suggestions), or with none for {@code --version} alone. Picocli reads each
     * command's options when the command is added: about 0.1 s of CPU for all of them.
     */
    static CommandLine commandLine(CinCommand command, String... args) {
        if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            return configured(new CommandLine(new CinRoot(command)));
        }
        Optional<Class<?>> alone = args.length == 0 || Arrays.stream(args).anyMatch(HELP_OR_VERSION::contains)
                ? Optional.empty() : commandAlone(args[0]);
        if (alone.isEmpty()) {
            return commandLine(command);
        }
        CommandLine line = new CommandLine(new CinRoot(command));
        line.addSubcommand(alone.get());
        return configured(line);
    }

    /** The command called {@code name} if it can run without the others (help and completion show them all). */
    private static Optional<Class<?>> commandAlone(String name) {
        for (Class<?> command : CinCommand.class.getAnnotation(Command.class).subcommands()) {
            Command annotation = command.getAnnotation(Command.class);
            if (command != CompletionCommand.class && command != CommandLine.HelpCommand.class
                    && (annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name))) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** {@code line} with cin's error handling and option parsing, for every command it has. */
    private static CommandLine configured(CommandLine line) {
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler(CinCommand::badArguments);
        line.setExecutionExceptionHandler((e, failed, parsed) -> failed(e, failed.getErr()));
        return line;
    }

    /** Reads standard input ({@code -} in place of a file) from {@code in} instead. */
    CinCommand readingFrom(InputStream in) {
        readFrom(in);
        return this;
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
