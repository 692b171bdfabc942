package org.childinneed.policies.cli;

import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.childinneed.policies.bundled.BundledPolicies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cin} command itself, without its subcommands: its name, standard options and usage
 * text, and what every subcommand runs with (the terminal, the bundled policies, standard input).
 * {@link CinCommand} adds every subcommand to it (for help, completion and the man pages); a run
 * of one subcommand adds only that one ({@link CinCommand#commandLine(CinCommand, String...)}), so
 * that picocli does not build the options of the others at every start.
 */
@Command(name = "cin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Child in Need (Children Act 1989, s17) procedures of English local authorities as executable policy: "
                    + "check a case against a policy, and see what is due, met, late or overdue, and why."},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:nothing overdue and no findings (or: the command succeeded)",
            "1:something overdue or a finding (test: a scenario failed)",
            "2:bad input: an unreadable or invalid file, an unknown policy, a bad option; or output that cannot be written",
            "3:an internal error of cin (please report it)"},
        footer = {"%nRun 'cin COMMAND --help' for a command's options. Start with:",
            "  cin check --policy kent examples/kent/initial-meeting-over-christmas.json"})
class CinRoot implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final Terminal terminal;
    private final BundledPolicies policies;
    private InputStream input = System.in;

    CinRoot(Terminal terminal, BundledPolicies policies) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** The command without its subcommands, running with what {@code cin} runs with. */
    CinRoot(CinRoot cin) {
        this(cin.terminal, cin.policies);
        this.input = cin.input;
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
    void readFrom(InputStream in) {
        this.input = Objects.requireNonNull(in, "in");
    }

    InputStream input() {
        return input;
    }
}
