package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.policies.bundled.BundledPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line built for the arguments of one run (only the command run, to start faster)
 * behaves as the whole command line does: the same output, errors and exit status.
 */
class CommandLineForArgumentsTest {

    private static final String EXAMPLE = Cin.example("kent/initial-meeting-over-christmas.json");

    static Stream<List<String>> runs() {
        return Stream.of(
                List.of("check", "--policy", "kent", "--as-of", "2026-11-22", EXAMPLE),
                List.of("check", "--policy", "kent", "--as-of", "2026-11-22", "--format", "JSON", EXAMPLE),
                List.of("check", "--policy", "kent", "--as-of", "2026-11-22", "--format", "html", EXAMPLE),
                List.of("check", "--polcy", "kent", EXAMPLE),
                List.of("check", "--policy", "kent", "--format", "xml", EXAMPLE),
                List.of("check", "--policy", "nowhere", EXAMPLE),
                List.of("check"),
                List.of("check", "-x"),
                List.of("explain", "--policy", "kent", "--as-of", "2026-11-22", EXAMPLE, "KEN-01"),
                List.of("lint", "kent"),
                List.of("lint", "kent", "working-together"),
                List.of("lint", "--bogus", "kent"),
                List.of("lint"),
                List.of("doc", "kent"),
                List.of("policies"),
                List.of("policies", "extra"),
                List.of("summary", "--policy", "kent", "--as-of", "2026-11-22", EXAMPLE),
                List.of("fmt", "--check", "kent"),
                List.of("--version"),
                List.of("-V"),
                List.of("-V", "check"),
                List.of("check", "--help"),
                List.of("lint", "-h"),
                List.of("--bogus", "check"),
                List.of("chek"),
                List.of("completion", "bash"),
                List.of("help", "lint"),
                List.of());
    }

    @ParameterizedTest
    @MethodSource("runs")
    void runsAsTheWholeCommandLineDoes(List<String> args) {
        String[] arguments = args.toArray(String[]::new);
        assertEquals(run(CinCommand.commandLine(cin()), arguments),
                run(CinCommand.commandLine(cin(), arguments), arguments), String.join(" ", args));
    }

    @Test
    void aCheckOrALintBuildsOnlyItsCommand() {
        assertEquals(List.of("check"), List.copyOf(CinCommand.commandLine(cin(), "check", "--policy", "kent", EXAMPLE)
                .getSubcommands().keySet()));
        assertEquals(List.of("lint"), List.copyOf(CinCommand.commandLine(cin(), "lint", "kent").getSubcommands().keySet()));
        assertEquals(List.of(), List.copyOf(CinCommand.commandLine(cin(), "--version").getSubcommands().keySet()));
    }

    @Test
    void helpCompletionAndUnknownCommandsBuildEveryCommand() {
        int every = CinCommand.commandLine(cin()).getSubcommands().size();
        for (String[] args : new String[][] {{}, {"help", "check"}, {"completion", "bash"}, {"chek"}, {"check", "--help"},
            {"lint", "-V"}, {"--help"}, {"-V", "check"}}) {
            assertEquals(every, CinCommand.commandLine(cin(), args).getSubcommands().size(), String.join(" ", args));
        }
    }

    private static CinCommand cin() {
        return new CinCommand(new Terminal(false, false), BundledPolicies.standard());
    }

    private static Cin.Run run(CommandLine line, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CinCommand.execute(line, out, err, args);
        return new Cin.Run(status, out.toString(), err.toString());
    }
}
