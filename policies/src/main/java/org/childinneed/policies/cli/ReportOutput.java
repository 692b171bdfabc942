package org.childinneed.policies.cli;

import java.io.PrintWriter;
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

    /** A writer to the file given (opened when first written to), or to {@code out}. */
    LazyOutput open(PrintWriter out) {
        return output.open(out);
    }

    /** The file given with {@code -o}, if any. */
    java.util.Optional<java.nio.file.Path> file() {
        return java.util.Optional.ofNullable(output.file);
    }

    void write(String text, PrintWriter out) throws InputError {
        output.write(text, out);
    }
}
