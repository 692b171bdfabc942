package org.childinneed.policies.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one kind ({@code *.json}) under a folder, all at once, found by a {@link FolderWalk}:
 * a sub-folder that cannot be read is reported and the scan carries on with the rest; a name of
 * that kind that is not a regular file (a dangling link, a pipe, a device, a socket) is reported as
 * skipped, never dropped without a word.
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
        return of(new FolderWalk(folder, suffix, Files::newDirectoryStream));
    }

    static FolderScan of(FolderWalk walk) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int unreadable = 0;
        int skipped = 0;
        while (walk.hasNext()) {
            FolderWalk.Found found = walk.next();
            switch (found.kind()) {
                case FILE -> files.add(found.path());
                case SKIPPED -> skipped++;
                case UNREADABLE_FOLDER -> unreadable++;
            }
            if (!found.readable()) {
                problems.add(found.message());
            }
        }
        return new FolderScan(files, problems, unreadable, skipped);
    }
}
