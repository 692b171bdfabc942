package org.childinneed.policies.cli;

import java.nio.file.Path;
import java.util.Collection;
import org.childinneed.policies.report.Style;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a report goes and how it looks: {@code -o/--output} and {@code --color/--no-color}. */
final class ReportOutput {

    @Mixin
    private OutputOption output;

    @Option(names = {"--color", "--colour"}, negatable = true,
            description = "Colour the output (--no-color for plain). Default: colour only when standard output "
                    + "is a terminal and NO_COLOR is not set.")
    private Boolean colour;

    /** Plain in a file; on standard output, as the user chose, else as the terminal allows. */
    Style style(Terminal terminal) {
        return output.file == null ? terminal.style(colour) : Style.PLAIN;
    }

    void refuseAliasOf(Collection<Path> inputs) throws InputError {
        output.refuseAliasOf(inputs);
    }

    /** Runs {@code body} writing to the file given, or to standard output (see {@link OutputOption#writeWith}). */
    <T> T writeWith(CommandContext context, OutputOption.Body<T> body) throws InputError {
        return output.writeWith(context.out(), context.err(), body);
    }

    /**
     * This choice of style with standard output as the stream written to: for a command whose
     * {@code -o} names a folder it fills itself (an HTML caseload folder).
     */
    ReportOutput withoutFile() {
        ReportOutput copy = new ReportOutput();
        copy.output = new OutputOption();
        copy.colour = colour;
        return copy;
    }

    /** The file given with {@code -o}, if any. */
    java.util.Optional<java.nio.file.Path> file() {
        return java.util.Optional.ofNullable(output.file);
    }
}
