package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code console} example of the README that runs {@code ./cin}: the command is run as
 * written (from the repository root) and its output must be the README's. A line {@code ...} in
 * the README stands for any number of lines; a line ending in {@code , ...} for any line that starts
 * with what comes before it; {@code $ echo $?} is followed by the command's exit status.
 */
class ReadmeConsoleTest {

    private static final Path ROOT = Cin.EXAMPLES.getParent();
    private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> theReadmesConsoleExamplesAreWhatTheToolPrints() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = CONSOLE.matcher(readme);
        while (m.find()) {
            List<String> lines = List.of(m.group(1).split("\n"));
            if (!lines.isEmpty() && lines.get(0).startsWith("$ ./cin ")) {
                tests.add(DynamicTest.dynamicTest(lines.get(0), () -> check(lines)));
            }
        }
        assertTrue(tests.size() >= 3, "the README's console examples were not found");
        return tests.stream();
    }

    private static void check(List<String> block) {
        String[] args = block.get(0).substring("$ ./cin ".length()).trim().split("\\s+");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("examples/")) {
                args[i] = ROOT.resolve(args[i]).toString();
            }
        }
        Cin.Run run = Cin.run(args);
        String printed = (run.out() + run.err()).replace(ROOT + "/", "");
        List<String> actual = new ArrayList<>(List.of(printed.split("\n", -1)));
        if (actual.get(actual.size() - 1).isEmpty()) {
            actual.remove(actual.size() - 1);
        }
        List<String> expected = new ArrayList<>(block.subList(1, block.size()));
        int echo = expected.indexOf("$ echo $?");
        if (echo >= 0) {
            assertEquals(expected.get(echo + 1), String.valueOf(run.status()), "exit status");
            expected = expected.subList(0, echo);
        }
        assertTrue(matches(expected, 0, actual, 0), "README:\n" + String.join("\n", expected) + "\n\nprinted:\n" + printed);
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        String line = expected.get(e);
        if (line.strip().equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        if (a == actual.size()) {
            return false;
        }
        boolean same = line.endsWith(", ...")
                ? actual.get(a).startsWith(line.substring(0, line.length() - 3))
                : actual.get(a).equals(line);
        return same && matches(expected, e + 1, actual, a + 1);
    }
}
