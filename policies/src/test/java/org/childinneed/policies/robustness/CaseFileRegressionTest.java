package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case file that ever got a wrong answer from the reader, kept byte for byte (the folder is
 * marked {@code -text} for git) under {@code src/test/resources/robustness/casefiles}: each is
 * read or explained naming the file, shows no part of the personal-data sentinel, and, when
 * readable, evaluates with every bundled policy. A new failure found by the properties of this
 * package goes there.
 */
class CaseFileRegressionTest {

    static final Path SEEDS = Path.of("src", "test", "resources", "robustness", "casefiles");
    private static final List<String> PIECES = List.of("ZZSEN", "TINEL", "Jane", "Doe-", "077009", "00123");

    @TestFactory
    Stream<DynamicTest> everyCaseFileThatOnceFailedIsReadOrExplained() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(seeds.isEmpty(), "no regression seeds in " + SEEDS.toAbsolutePath());
        return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), seed.toUri(), () -> {
            String text = new String(Files.readAllBytes(seed), StandardCharsets.UTF_8);
            int lines = CaseFileFuzzProperties.lines(text);
            for (CaseFiles.Outcome outcome : List.of(
                    CaseFiles.readOrExplain(seed.toString(), lines, () -> CaseFileReader.read(seed)),
                    CaseFiles.readOrExplain("seed.json", lines, () -> CaseFileReader.parse("seed.json", text)))) {
                outcome.record().ifPresent(CaseFiles::evaluateWithEveryPolicy);
                String message = outcome.problem().map(CaseFileException::getMessage).orElse("");
                PIECES.forEach(piece -> assertFalse(message.contains(piece), message));
            }
        }));
    }
}
