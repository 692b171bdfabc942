package org.childinneed.policies.cli;

import java.io.PrintWriter;
import org.childinneed.policies.bundled.BundledPolicies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every cin command runs with (a picocli mixin): the {@code cin} command above it and its output streams. */
@Command
final class CommandContext {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    BundledPolicies policies() {
        return cin().policies();
    }

    Terminal terminal() {
        return cin().terminal();
    }

    /** Standard input, for {@code -} in place of a file. */
    java.io.InputStream in() {
        return cin().input();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The {@code cin} command line, with every command (the completion command is always run with all of them). */
    picocli.CommandLine root() {
        return spec.parent().commandLine();
    }

    private CinRoot cin() {
        return (CinRoot) spec.parent().userObject();
    }
}
