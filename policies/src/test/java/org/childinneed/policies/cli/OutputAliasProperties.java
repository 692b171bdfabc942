package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 11, seeds of the fuzz suites: output paths that alias an input, spelled every way a path
 * can be (itself, relative, through {@code .}, {@code ..} and doubled slashes, a symbolic link to
 * it or to its folder, a hard link), and new {@code *.json} files inside an input folder, for every
 * command that writes a file ({@link EveryOutputTest#COMMANDS}). Each is refused with status 2,
 * the inputs stay as they were and nothing is added beside them.
 */
class OutputAliasProperties {

    /** How the output names the input. */
    enum Alias { ITSELF, RELATIVE, DOT_SEGMENTS, DOUBLE_SLASH, SYMBOLIC_LINK, LINKED_FOLDER, HARD_LINK, NEW_FILE_IN_INPUT_FOLDER }

    @Property(tries = 72)
    void anOutputThatAliasesAnInputIsRefused(@ForAll @IntRange(min = 0, max = 8) int which, @ForAll Alias alias)
            throws Exception {
        String command = EveryOutputTest.COMMANDS.get(which);
        boolean readsFolders = !command.startsWith("lint") && !command.startsWith("doc");
        Assume.that(alias != Alias.NEW_FILE_IN_INPUT_FOLDER || readsFolders);
        Path dir = Files.createTempDirectory("cin-alias").toRealPath();
        try {
            Path inputs = Files.createDirectory(dir.resolve("in"));
            Path input = EveryOutputTest.input(command, inputs);
            Path output = spell(alias, input, dir);
            Path named = alias == Alias.NEW_FILE_IN_INPUT_FOLDER ? inputs : input;
            byte[] before = Files.readAllBytes(input);
            List<String> files = EveryOutputTest.listing(dir);
            Cin.Run run = EveryOutputTest.run(command, named, output);
            assertEquals(2, run.status(), run::toString);
            assertTrue(run.err().contains(": refused as the output: it is "), run::err);
            assertEquals(new String(before), Files.readString(input));
            assertEquals(files, EveryOutputTest.listing(dir));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static Path spell(Alias alias, Path input, Path dir) throws Exception {
        Path folder = input.getParent();
        String name = input.getFileName().toString();
        return switch (alias) {
            case ITSELF -> input;
            case RELATIVE -> Path.of("").toAbsolutePath().relativize(input);
            case DOT_SEGMENTS -> Path.of(folder + "/./../" + folder.getFileName() + "/./" + name);
            case DOUBLE_SLASH -> Path.of(folder + "//" + name);
            case SYMBOLIC_LINK -> Files.createSymbolicLink(dir.resolve("link-" + name), input);
            case LINKED_FOLDER -> Files.createSymbolicLink(dir.resolve("linked"), folder).resolve(name);
            case HARD_LINK -> Files.createLink(dir.resolve("hard-" + name), input);
            case NEW_FILE_IN_INPUT_FOLDER -> Files.createDirectory(folder.resolve("sub")).resolve("report.json");
        };
    }
}
