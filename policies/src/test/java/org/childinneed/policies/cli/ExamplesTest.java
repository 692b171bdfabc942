package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The case files in {@code examples/}, which the README uses: each authority's read cleanly. */
class ExamplesTest {

    private static final List<String> AUTHORITIES = List.of("kent", "sefton", "slough", "cheshire-west", "herefordshire");

    private static List<Path> examples(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Cin.EXAMPLES.resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyAuthorityHasAtLeastTwoExamples() throws IOException {
        for (String authority : AUTHORITIES) {
            assertTrue(examples(authority).size() >= 2, authority);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsAValidCaseFile() throws IOException {
        Stream<Path> all = Stream.empty();
        for (String authority : AUTHORITIES) {
            all = Stream.concat(all, examples(authority).stream());
        }
        return all.map(file -> DynamicTest.dynamicTest(Cin.EXAMPLES.relativize(file).toString(),
                () -> CaseFileReader.read(file)));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAgainstItsAuthoritysPolicyWhereItIsBundled() {
        return AUTHORITIES.stream().filter(BundledPolicies.standard().ids()::contains)
                .map(authority -> DynamicTest.dynamicTest(authority, () -> {
                    Run run = Cin.run("check", "--policy", authority, "--as-of", "2026-11-22",
                            Cin.EXAMPLES.resolve(authority).toString());
                    assertTrue(run.status() == 0 || run.status() == 1, run.err());
                    assertEquals("", run.err());
                }));
    }

    @Test
    void theBadExamplesAreAllBad() throws IOException {
        for (Path file : examples("bad")) {
            Run run = Cin.run("check", "--policy", "kent", file.toString());
            assertEquals(2, run.status(), file.toString());
        }
    }
}
