package org.childinneed.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script that ever broke the compiler, kept as it was (byte for byte: the folder is marked
 * {@code -text} for git) under {@code src/test/resources/robustness/scripts}, and held to the same
 * checks as the fuzzed ones. A new failure found by {@link ScriptFuzzProperties} goes there.
 */
class ScriptRegressionTest {

    static final Path SEEDS = Path.of("src", "test", "resources", "robustness", "scripts");

    @TestFactory
    Stream<DynamicTest> everyScriptThatOnceFailedCompilesOrSaysWhy() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.toString().endsWith(".cin")).sorted().toList();
        }
        assertFalse(seeds.isEmpty(), "no regression seeds in " + SEEDS.toAbsolutePath());
        return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), seed.toUri(), () -> {
            String text = new String(read(seed), StandardCharsets.UTF_8);
            ScriptFuzzProperties.compileAndRun(seed.getFileName().toString(), text, text.hashCode());
        }));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
