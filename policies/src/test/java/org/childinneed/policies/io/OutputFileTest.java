package org.childinneed.policies.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, data loss: {@code -o} never replaces an input, writes atomically, and says why it failed. */
class OutputFileTest {

    @Test
    void aFailureHalfWayKeepsThePreviousFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("report.txt"), "the previous report\n");
        OutputException e = assertThrows(OutputException.class, () -> OutputFile.write(target, out -> {
            out.write("half of a new report");
            out.flush();
            throw new IOException("No space left on device");
        }));
        assertEquals(target + ": cannot be written: no space left on device", e.getMessage());
        assertEquals("the previous report\n", Files.readString(target));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList());
        }
    }

    @Test
    void theFileIsReplacedWholeOnSuccess(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("report.txt"), "old old old old old\n");
        OutputFile.write(target, out -> out.write("new\n"));
        assertEquals("new\n", Files.readString(target));
    }

    @Test
    void eachFailureSaysWhy(@TempDir Path dir) throws Exception {
        assertEquals(dir + ": cannot be written: it is a folder",
                assertThrows(OutputException.class, () -> OutputFile.write(dir, out -> out.write("x"))).getMessage());
        Path missing = dir.resolve("no-such-folder/report.txt");
        assertEquals(missing + ": cannot be written: the folder " + dir.resolve("no-such-folder") + " does not exist",
                assertThrows(OutputException.class, () -> OutputFile.write(missing, out -> out.write("x"))).getMessage());
    }

    @Test
    void aDeviceIsWrittenDirectlyAndAFullOneIsReported() throws Exception {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            return;
        }
        OutputException e = assertThrows(OutputException.class,
                () -> OutputFile.write(full, out -> out.write("x".repeat(100_000))));
        assertTrue(e.getMessage().startsWith("/dev/full: cannot be written: no space left on device"), e.getMessage());
        assertTrue(Files.exists(full), "the device is left in place");
    }

    @Test
    void anInputOrAFileAScanWouldReadIsRefused(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Path input = Files.writeString(cases.resolve("a.json"), "{}");
        assertTrue(assertThrows(OutputException.class, () -> OutputFile.refuseAliasOfInputs(input, List.of(input), ".json"))
                .getMessage().contains("refused as the output: it is the input"));
        Path viaDots = cases.resolve("../cases/./a.json");
        assertThrows(OutputException.class, () -> OutputFile.refuseAliasOfInputs(viaDots, List.of(input), ".json"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
        assertThrows(OutputException.class, () -> OutputFile.refuseAliasOfInputs(link, List.of(input), ".json"));
        assertTrue(assertThrows(OutputException.class,
                () -> OutputFile.refuseAliasOfInputs(cases.resolve("report.json"), List.of(cases), ".json"))
                .getMessage().contains("inside the input folder"));
        OutputFile.refuseAliasOfInputs(cases.resolve("report.html"), List.of(cases), ".json");
        OutputFile.refuseAliasOfInputs(dir.resolve("report.json"), List.of(cases), ".json");
    }
}
