package org.childinneed.policies.io;

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
 * The files of one kind ({@code *.json}) under a folder, depth first, in the order of their whole
 * paths (as {@code Files.walk(...).sorted()} gives them), listing one folder at a time, so a folder
 * of a million files costs the memory of its names only while it is listed. Links to files are
 * followed; links to folders are not descended (so a loop of links cannot trap the walk). A
 * sub-folder that cannot be listed is found where it stands, with the reason, and the walk carries
 * on with the rest; a name of the kind that is not a regular file (a dangling link, a pipe, a
 * device) is found as skipped, never dropped without a word.
 */
public final class FolderWalk implements Iterator<FolderWalk.Found> {

    /** What the walk found at {@code path}: a file to read, or a problem that {@code problem} names. */
    public record Found(Path path, Kind kind, String problem) {
        /** Whether this is a file to read. */
        public boolean readable() {
            return kind == Kind.FILE;
        }

        /** The problem as one line naming the path (empty for a file to read). */
        public String message() {
            return readable() ? "" : Reasons.shown(path) + ": " + problem;
        }
    }

    /** The kinds of things a walk finds. */
    public enum Kind { FILE, SKIPPED, UNREADABLE_FOLDER }

    /** How a folder's entries are listed (a seam: tests inject a folder the system refuses to list). */
    @FunctionalInterface
    interface Lister {
        DirectoryStream<Path> list(Path folder) throws IOException;
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

    private final Path root;
    private final String suffix;
    private final Lister lister;
    private final Deque<Listing> stack = new ArrayDeque<>();
    private Found next;

    FolderWalk(Path root, String suffix, Lister lister) {
        this.root = root;
        this.suffix = suffix;
        this.lister = lister;
        push(root);
    }

    /** Walks {@code root} for the files whose names end in {@code suffix}. */
    public static FolderWalk of(Path root, String suffix) {
        return new FolderWalk(root, suffix, Files::newDirectoryStream);
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
                next = new Found(skipped, Kind.SKIPPED, "skipped: " + notRegular(skipped));
            } else {
                next = new Found(top.folder().resolve(name), Kind.FILE, "");
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
        try (DirectoryStream<Path> listing = lister.list(folder)) {
            for (Path path : listing) {
                String name = path.getFileName().toString();
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name + "/");
                } else if (name.endsWith(suffix)) {
                    names.add(Files.isRegularFile(path) ? name : name + SKIPPED);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException | SecurityException e) {
            String reason = e instanceof IOException io ? Reasons.of(io)
                    : e instanceof java.nio.file.DirectoryIteratorException d ? Reasons.of(d.getCause()) : "permission denied";
            next = new Found(folder, Kind.UNREADABLE_FOLDER, (folder.equals(root) ? "the folder" : "the sub-folder")
                    + " cannot be read (" + reason + "); the files in it are not checked");
            return;
        }
        names.sort(null);
        stack.push(new Listing(folder, names.iterator()));
    }

    /** Why {@code file} is not a regular file to read: a dangling link, a pipe... */
    static String notRegular(Path file) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return Files.exists(file) ? "a link to something that is not a regular file"
                        : loops(file) ? "a loop of links" : "a dangling link";
            }
            return "not a regular file (a pipe, a device or a socket)";
        } catch (IOException e) {
            return "it cannot be read";
        }
    }

    /** Whether following {@code link} comes back to a link already followed (or goes on past 40 links, as the system gives up). */
    private static boolean loops(Path link) {
        java.util.Set<Path> followed = new java.util.HashSet<>();
        Path at = link;
        for (int i = 0; i < 40 && Files.isSymbolicLink(at); i++) {
            if (!followed.add(at.toAbsolutePath().normalize())) {
                return true;
            }
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at));
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return Files.isSymbolicLink(at);
    }
}
