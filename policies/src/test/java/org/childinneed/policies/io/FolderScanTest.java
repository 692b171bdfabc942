package org.childinneed.policies.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: a folder scan keeps the readable files and names what it could not read or skipped. */
class FolderScanTest {

    @Test
    void anUnreadableSubFolderIsReportedAndTheRestIsScanned(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("a.json"), "{}");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("b.json"), "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "the user can read any folder (root): permissions cannot be tested");
            FolderScan scan = FolderScan.of(dir, ".json");
            assertEquals(List.of(good), scan.files());
            assertEquals(1, scan.unreadableFolders());
            assertEquals(List.of(locked + ": the sub-folder cannot be read (permission denied); the files in it are not checked"),
                    scan.problems());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * The same, whoever runs the test (root reads any folder, and CI runs as root): the system's
     * refusal to list the sub-folder is injected where the walk lists folders.
     */
    @Test
    void aSubFolderTheSystemRefusesToListIsReportedAndTheWalkCarriesOn(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("a.json"), "{}");
        Path locked = Files.createDirectory(dir.resolve("b"));
        Files.writeString(locked.resolve("hidden.json"), "{}");
        Path nested = Files.createDirectories(dir.resolve("c/d"));
        Path deep = Files.writeString(nested.resolve("e.json"), "{}");
        Path last = Files.writeString(dir.resolve("z.json"), "{}");
        FolderWalk walk = new FolderWalk(dir, ".json", folder -> {
            if (folder.equals(locked)) {
                throw new java.nio.file.AccessDeniedException(folder.toString());
            }
            return Files.newDirectoryStream(folder);
        });
        FolderScan scan = FolderScan.of(walk);
        assertEquals(List.of(first, deep, last), scan.files());
        assertEquals(1, scan.unreadableFolders());
        assertEquals(0, scan.skippedFiles());
        assertEquals(List.of(locked + ": the sub-folder cannot be read (permission denied); the files in it are not checked"),
                scan.problems());
    }

    @Test
    void aWalkFindsTheUnreadableSubFolderWhereItStandsInPathOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{}");
        Path locked = Files.createDirectory(dir.resolve("m"));
        Files.writeString(dir.resolve("z.json"), "{}");
        FolderWalk walk = new FolderWalk(dir, ".json", folder -> {
            if (folder.equals(locked)) {
                throw new java.io.IOException("Input/output error");
            }
            return Files.newDirectoryStream(folder);
        });
        List<String> found = new java.util.ArrayList<>();
        walk.forEachRemaining(f -> found.add(dir.relativize(f.path()) + " " + f.kind()));
        assertEquals(List.of("a.json FILE", "m UNREADABLE_FOLDER", "z.json FILE"), found);
    }

    @Test
    void danglingLinksAndPipesAreNamedAsSkipped(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("a.json"), "{}");
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));
        Path linked = Files.createSymbolicLink(dir.resolve("linked.json"), good);
        Files.writeString(dir.resolve("notes.txt"), "not a case");
        Path pipe = dir.resolve("pipe.json");
        boolean piped = Fifo.make(pipe);
        FolderScan scan = FolderScan.of(dir, ".json");
        assertEquals(List.of(good, linked), scan.files());
        assertTrue(scan.problems().contains(dangling + ": skipped: a dangling link"), scan.problems()::toString);
        if (piped) {
            assertTrue(scan.problems().contains(pipe + ": skipped: not a regular file (a pipe, a device or a socket)"),
                    scan.problems()::toString);
        }
        assertEquals(piped ? 2 : 1, scan.skippedFiles());
    }

    /**
     * Real loops of links, made on the file system (not simulated): a sub-folder linking back to
     * the folder scanned and to itself, and two {@code *.json} links pointing at each other. The
     * walk ends, reads each case file once, does not descend links to folders, and names the loop.
     */
    @Test
    void realLoopsOfLinksEndTheWalkAndAreNamed(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("a.json"), "{}");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path inner = Files.writeString(sub.resolve("b.json"), "{}");
        Path up = Files.createSymbolicLink(sub.resolve("up"), dir);
        Files.createSymbolicLink(sub.resolve("self"), sub);
        Path x = dir.resolve("x.json");
        Path y = dir.resolve("y.json");
        Files.createSymbolicLink(y, x);
        Files.createSymbolicLink(x, y);
        assertTrue(Files.isDirectory(up.resolve("sub/up/sub")), "the system follows the folder loop");

        FolderScan scan = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> FolderScan.of(dir, ".json"));
        assertEquals(List.of(first, inner), scan.files());
        assertEquals(List.of(x + ": skipped: a loop of links", y + ": skipped: a loop of links"), scan.problems());
        assertEquals(2, scan.skippedFiles());
        assertEquals(0, scan.unreadableFolders());
    }

    @Test
    void aFolderThatDoesNotExistIsReported(@TempDir Path dir) {
        FolderScan scan = FolderScan.of(dir.resolve("missing"), ".json");
        assumeTrue(scan.files().isEmpty());
        assertEquals(1, scan.unreadableFolders());
    }
}
