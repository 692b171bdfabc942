package org.childinneed.policies.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: input is read in bounded time and memory: pipes refused, scripts read to the limit and one more. */
class InputFileTest {

    @Test
    void aNamedPipeIsRefusedAtOnceNotWaitedOn(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("case.json");
        assumeTrue(Fifo.make(pipe), "mkfifo is not available");
        UnreadableFile e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UnreadableFile.class, () -> InputFile.readBytes(pipe, "case file", 100)));
        assertEquals("is a named pipe, not a case file (cin reads only what it can read without waiting)", e.getMessage());
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UnreadableFile.class, () -> InputFile.readCharacters(pipe, "policy script", 100)));
    }

    @Test
    void aScriptIsReadToTheLimitAndOneCharacterMore() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        UnreadableFile e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(UnreadableFile.class, () -> InputFile.readCharacters(zero, "policy script", 1_000_000)));
        assertEquals("the policy script is too large: more than 1000000 characters", e.getMessage());
    }

    @Test
    void aScriptOfExactlyTheLimitIsRead(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("s.cin"), "é".repeat(70_000));
        assertEquals(70_000, InputFile.readCharacters(script, "policy script", 70_000).length());
        assertThrows(UnreadableFile.class, () -> InputFile.readCharacters(script, "policy script", 69_999));
    }

    @Test
    void aDanglingLinkIsCalledOne(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("a.json"), dir.resolve("gone.json"));
        assertEquals("a dangling link: the file it points to does not exist",
                assertThrows(UnreadableFile.class, () -> InputFile.readBytes(link, "case file", 100)).getMessage());
    }
}
