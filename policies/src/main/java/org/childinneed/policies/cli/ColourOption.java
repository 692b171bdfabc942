package org.childinneed.policies.cli;

import picocli.CommandLine.Option;

/** {@code --color} / {@code --no-color}: whether text output uses ANSI colours. */
final class ColourOption {

    @Option(names = {"--color", "--colour"}, negatable = true,
            description = "Colour the output (--no-color for plain). Default: colour only when standard output "
                    + "is a terminal and NO_COLOR is not set.")
    Boolean colour;
}
