package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages the build writes to {@code target/man} (picocli-codegen's ManPageGenerator, run by
 * Maven before the tests): one per command, each naming every option the command has.
 */
class ManPagesTest {

    private static final Path MAN = Path.of("target", "man");

    @Test
    void eachCommandHasAManPageNamingEveryOption() throws Exception {
        CommandLine cin = CinCommand.commandLine();
        String main = Files.readString(MAN.resolve("cin.adoc"));
        assertTrue(main.contains(":doctype: manpage") && main.contains("= cin(1)"), main);
        for (CommandLine command : cin.getSubcommands().values()) {
            String name = command.getCommandName();
            Path page = MAN.resolve("cin-" + name + ".adoc");
            assertTrue(Files.isRegularFile(page), page + " was not generated");
            String text = Files.readString(page);
            assertTrue(text.contains("= cin-" + name + "(1)"), text);
            for (OptionSpec option : command.getCommandSpec().options()) {
                // a negatable option is written --[no-]color
                String bare = option.longestName().replaceFirst("^-+", "");
                assertTrue(text.contains(option.longestName() + "*") || text.contains("]" + bare + "*"),
                        name + " page lacks " + option.longestName());
            }
        }
    }
}
