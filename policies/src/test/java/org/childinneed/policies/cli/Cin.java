package org.childinneed.policies.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import org.childinneed.policies.bundled.BundledPolicies;

/** Runs {@code cin} in-process with captured output, as a terminal or not. */
public final class Cin {

    /** The repository's examples folder (tests run in the module folder). */
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    /** What a run printed and the status it exited with. */
    public record Run(int status, String out, String err) {
        /** Everything printed, for checks that something never appears anywhere. */
        public String all() {
            return out + "\n" + err;
        }
    }

    private Cin() {
    }

    /** Runs {@code cin} with {@code args}, not on a terminal. */
    public static Run run(String... args) {
        return run(new Terminal(false, false), args);
    }

    static Run run(Terminal terminal, String... args) {
        return run(terminal, "", args);
    }

    /** Runs {@code cin} with {@code args} and {@code input} on its standard input. */
    static Run withInput(String input, String... args) {
        return run(new Terminal(false, false), input, args);
    }

    private static Run run(Terminal terminal, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CinCommand cin = new CinCommand(terminal, BundledPolicies.standard())
                .readingFrom(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int status = CinCommand.execute(CinCommand.commandLine(cin, args), out, err, args);
        return new Run(status, out.toString(), err.toString());
    }

    static String example(String relative) {
        return EXAMPLES.resolve(relative).toString();
    }
}
