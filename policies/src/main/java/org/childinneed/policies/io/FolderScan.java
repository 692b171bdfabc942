package org.childinneed.policies.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files of one kind ({@code *.json}) under a folder, found as a careful tool finds them: a
 * sub-folder that cannot be read is reported and the scan carries on with the rest; a name of that
 * kind that is not a regular file (a dangling link, a pipe, a device, a socket) is reported as
 * skipped, never dropped without a word. Links to files are read; links to folders are not followed
 * (so a loop of links cannot trap the scan).
 *
 * @param files the regular files found (links to them included), in path order
 * @param problems one message per folder that could not be read and per file skipped, naming it
 * @param unreadableFolders how many folders (the root included) could not be read
 * @param skippedFiles how many files of the kind were skipped
 */
public record FolderScan(List<Path> files, List<String> problems, int unreadableFolders, int skippedFiles) {

    public FolderScan {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Whether anything under the folder could not be read or was skipped. */
    public boolean incomplete() {
        return unreadableFolders > 0 || skippedFiles > 0;
    }

    /** Scans {@code folder} for files whose names end in {@code suffix}. */
    public static FolderScan of(Path folder, String suffix) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] counts = new int[2];
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (!file.getFileName().toString().endsWith(suffix) || attributes.isDirectory()) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                                files.add(file);
                            } else {
                                problems.add(Reasons.shown(file) + ": skipped: " + notRegular(file, attributes));
                                counts[1]++;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(Reasons.shown(file) + ": " + (file.equals(folder) ? "the folder" : "the sub-folder")
                                    + " cannot be read (" + Reasons.of(e) + "); the files in it are not checked");
                            counts[0]++;
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                problems.add(Reasons.shown(dir) + ": the folder could not be read to the end ("
                                        + Reasons.of(e) + "); some files in it may not be checked");
                                counts[0]++;
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(Reasons.shown(folder) + ": the folder cannot be read (" + Reasons.of(e) + ")");
            counts[0]++;
        }
        files.sort(null);
        return new FolderScan(files, problems, counts[0], counts[1]);
    }

    /** Why {@code file} is not a regular file to read: a dangling link, a pipe... */
    public static String notRegular(Path file) {
        try {
            return notRegular(file, Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return "it cannot be read";
        }
    }

    private static String notRegular(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return Files.exists(file) ? "a link to something that is not a regular file" : "a dangling link";
        }
        return "not a regular file (a pipe, a device or a socket)";
    }
}
