package org.childinneed.policies.sources;

import org.childinneed.policies.io.FolderScan;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The {@code *.json} regular files under a folder, depth first, in the order of their whole paths
 * (as {@code Files.walk(...).sorted()} gives them), listing one folder at a time. Symbolic links to
 * files are followed, links to folders are not descended (as {@code Files.walk} does). A folder
 * that cannot be listed is found too, where it stands, as not readable.
 */
final class FolderWalk implements Iterator<FolderWalk.Found> {

    /**
     * A case file; or, where {@code problem} is not empty, a folder that could not be listed or a
     * {@code *.json} entry skipped because it is not a regular file (a dangling link, a pipe).
     */
    record Found(Path path, String problem) {
        boolean readable() {
            return problem.isEmpty();
        }
    }

    /** Marks, in a folder's sorted names, an entry to report as skipped rather than read. */
    private static final String SKIPPED = "\u0000";

    /**
     * One folder being walked: the names of its entries, a folder's name ending in a separator so
     * that siblings sort in the order of the paths beneath them. Names only: a million of them fit
     * in a small heap.
     */
    private record Listing(Path folder, Iterator<String> names) {
    }

    private final Deque<Listing> stack = new ArrayDeque<>();
    private Found next;

    FolderWalk(Path root) {
        push(root);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Listing top = stack.peek();
            if (!top.names().hasNext()) {
                stack.pop();
                continue;
            }
            String name = top.names().next();
            if (name.endsWith("/")) {
                push(top.folder().resolve(name.substring(0, name.length() - 1)));
            } else if (name.endsWith(SKIPPED)) {
                Path skipped = top.folder().resolve(name.substring(0, name.length() - 1));
                next = new Found(skipped, "skipped: " + FolderScan.notRegular(skipped));
            } else {
                next = new Found(top.folder().resolve(name), "");
            }
        }
        return next != null;
    }

    @Override
    public Found next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Found found = next;
        next = null;
        return found;
    }

    private void push(Path folder) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path path : listing) {
                String name = path.getFileName().toString();
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name + "/");
                } else if (name.endsWith(".json")) {
                    names.add(Files.isRegularFile(path) ? name : name + SKIPPED);
                }
            }
        } catch (IOException | SecurityException e) {
            next = new Found(folder, "the directory cannot be read");
            return;
        }
        names.sort(null);
        stack.push(new Listing(folder, names.iterator()));
    }
}
