package org.childinneed.policies.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file a command writes its output to ({@code -o}), written as careful tools write: never over
 * one of the command's inputs, and atomically, so that a failure (a full disk, say) leaves the
 * previous file as it was and no partial file behind. The text goes to a temporary file beside the
 * target, is forced to the disk, and is then moved into place; on any failure the temporary file is
 * removed. A target that is not a regular file (a device such as {@code /dev/null}, a pipe) is
 * written directly. Failures name the file and the reason.
 */
public final class OutputFile {

    private static final int BUFFER = 64 * 1024;

    private OutputFile() {
    }

    /** What goes into the file, written to a writer (which the caller must not close). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Refuses {@code target} when writing it would replace one of {@code inputs}, or put a file a
     * later run would read as input ({@code *}{@code inputSuffix}) inside an input folder.
     */
    public static void refuseAliasOfInputs(Path target, Collection<Path> inputs, String inputSuffix) throws OutputException {
        Path resolved = resolved(target);
        for (Path input : inputs) {
            Path in = resolved(input);
            if (resolved.equals(in) || sameExistingFile(target, input)) {
                throw new OutputException(Reasons.shown(target) + ": refused as the output: it is the input "
                        + Reasons.shown(input) + ", which the output would replace");
            }
            if (Files.isDirectory(in) && resolved.startsWith(in) && resolved.getFileName().toString().endsWith(inputSuffix)) {
                throw new OutputException(Reasons.shown(target) + ": refused as the output: it is inside the input folder "
                        + Reasons.shown(input) + ", where a later run would read it as input");
            }
        }
    }

    /** Creates the folder {@code target} (and those above it) for output, unless it exists; else says why not. */
    public static void createFolder(Path target) throws OutputException {
        if (Files.isDirectory(target)) {
            return;
        }
        if (Files.exists(target)) {
            throw new OutputException(Reasons.shown(target) + ": the folder cannot be created: a file of that name exists");
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new OutputException(Reasons.shown(target) + ": the folder cannot be created: " + Reasons.of(e));
        }
    }

    /** Writes {@code content} to {@code target}, atomically where {@code target} is (or will be) a regular file. */
    public static void write(Path target, Content content) throws OutputException {
        try (Pending pending = open(target)) {
            try {
                content.writeTo(pending.writer());
            } catch (IOException e) {
                throw failed(target, Reasons.of(e));
            }
            pending.commit();
        }
    }

    /**
     * Opens {@code target} for a text written piece by piece (a stream of reports): the text goes to a
     * temporary file beside it until {@link Pending#commit}; closing without committing removes the
     * temporary file and leaves {@code target} as it was. A target that is not a regular file (a
     * device, a pipe) is written directly.
     */
    public static Pending open(Path target) throws OutputException {
        Path file = followLink(target);
        if (Files.isDirectory(file)) {
            throw failed(target, "it is a folder");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try {
                return new Pending(target, file, null, FileChannel.open(file, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING));
            } catch (IOException e) {
                throw failed(target, Reasons.of(e));
            }
        }
        Path folder = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(file.toAbsolutePath());
        if (!Files.exists(folder)) {
            throw failed(target, "the folder " + Reasons.shown(folder) + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw failed(target, Reasons.shown(folder) + " is not a folder");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw failed(target, "permission denied");
        }
        Path temporary = folder.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            return new Pending(target, file, temporary, FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw failed(target, Reasons.of(e));
        }
    }

    /**
     * An output file being written ({@link #open}): {@link #writer} takes the text, {@link #commit}
     * puts it in place, {@link #close} without a commit abandons it (the previous file stays whole),
     * and {@link #keepPartial} keeps what was written under another name after a failure that is not
     * the output's.
     */
    public static final class Pending implements java.io.Closeable {
        private final Path target;
        private final Path file;
        /** Where the text is written until committed; null when the target is written directly. */
        private final Path temporary;
        private final FileChannel channel;
        private final Writer writer;
        private boolean done;

        private Pending(Path target, Path file, Path temporary, FileChannel channel) {
            this.target = target;
            this.file = file;
            this.temporary = temporary;
            this.channel = channel;
            this.writer = new BufferedWriter(Channels.newWriter(channel, encoder(), BUFFER), BUFFER);
        }

        /** Where the text goes; the caller must not close it. */
        public Writer writer() {
            return writer;
        }

        /** Forces the text to the disk and moves it over the target; on failure, the target is as it was. */
        public void commit() throws OutputException {
            if (done) {
                return;
            }
            done = true;
            try {
                writer.flush();
                if (temporary != null) {
                    channel.force(true);
                }
                channel.close();
                if (temporary != null) {
                    keepPermissions(file, temporary);
                    move(temporary, file);
                }
            } catch (IOException e) {
                throw failed(target, Reasons.of(e));
            } finally {
                discard();
            }
        }

        /**
         * After a failure that is not the output's (the heap ran out, say): keeps the text written so
         * far as {@code FILE.partial} beside the target, which stays as it was; where it was kept.
         */
        public Optional<Path> keepPartial() {
            if (done || temporary == null) {
                return Optional.empty();
            }
            done = true;
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try {
                writer.flush();
                channel.close();
                move(temporary, partial);
                return Optional.of(partial);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            } finally {
                discard();
            }
        }

        /** The failure to report when writing to {@link #writer} threw {@code e}: the file and the reason. */
        public OutputException failure(IOException e) {
            return failed(target, Reasons.of(e));
        }

        /** Without a commit: abandons the text; the target stays as it was. */
        @Override
        public void close() {
            done = true;
            discard();
        }

        private void discard() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more can be done: the failure itself is reported
            }
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // likewise
                }
            }
        }
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A report replacing an older one keeps the older one's permissions; a new one gets the default. */
    private static void keepPermissions(Path file, Path temporary) {
        PosixFileAttributeView was = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (was == null || now == null || !Files.exists(file)) {
            return;
        }
        try {
            now.setPermissions(was.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // the default permissions stand
        }
    }

    private static CharsetEncoder encoder() {
        return StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static Path followLink(Path target) {
        if (Files.isSymbolicLink(target)) {
            try {
                return target.toRealPath();
            } catch (IOException e) {
                return target;
            }
        }
        return target;
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code path} with every existing part resolved (links followed), the rest normalised. */
    private static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = absolute.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static OutputException failed(Path target, String reason) {
        return new OutputException(Reasons.shown(target) + ": cannot be written: " + reason);
    }
}
