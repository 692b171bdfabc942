package org.childinneed.policies.robustness;

import static org.childinneed.policies.robustness.CaseFiles.readOrExplain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.casefile.CaseFileReader;

/**
 * Case files are untrusted input. Whatever was done to an example file (see {@link Mutants}),
 * {@link CaseFileReader} returns a case record or throws a {@code CaseFileException} naming the
 * file, the event and the field, in bounded time, never another exception; and every bundled
 * policy evaluates what it returns without throwing.
 */
class CaseFileFuzzProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("cin-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Property(tries = 400)
    void damagedExampleFilesAreReadOrExplained(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String example = CaseFiles.EXAMPLE_TEXTS.get(random.nextInt(CaseFiles.EXAMPLE_TEXTS.size()));
        check(Mutants.mutate(example, random));
    }

    @Property(tries = 250)
    void examplesWithBytesFlippedInsertedOrCutAreReadOrExplained(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String example = CaseFiles.EXAMPLE_TEXTS.get(random.nextInt(CaseFiles.EXAMPLE_TEXTS.size()));
        check(Mutants.mutateBytes(example.getBytes(StandardCharsets.UTF_8), random));
    }

    /** Reads {@code bytes} from a file and as text; evaluates what can be read with every policy. */
    static void check(byte[] bytes) {
        Path file = folder == null ? null : folder.resolve("case.json");
        try {
            if (file != null) {
                Files.write(file, bytes);
                int lines = lines(new String(bytes, StandardCharsets.UTF_8));
                readOrExplain(file.toString(), lines, () -> CaseFileReader.read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        readOrExplain("case.json", lines(text), () -> CaseFileReader.parse("case.json", text)).record()
                .ifPresent(record -> {
                    assertEveryEventKept(text, record);
                    CaseFiles.evaluateWithEveryPolicy(record);
                });
    }

    /** A file that is read loses no event: one event per entry of its {@code events}, in file order. */
    static void assertEveryEventKept(String text, CaseRecord record) {
        try {
            JsonNode events = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text).get("events");
            assertEquals(events.size(), record.events().size());
            for (int i = 0; i < record.events().size(); i++) {
                assertEquals(i, record.events().get(i).ref().index());
                assertEquals(events.get(i).get("date").textValue(), record.events().get(i).date().toString());
            }
        } catch (JsonProcessingException e) {
            throw new AssertionError("read a file that is not JSON", e);
        }
    }

    /** Lines as a JSON parser counts them: ended by LF, CR or CRLF. */
    static int lines(String text) {
        return text.split("\r\n|\r|\n", -1).length;
    }
}
