package org.childinneed.policies.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** JSON input files: their text, read as strict UTF-8 within a size limit, and the ones in a directory. */
public final class JsonFiles {

    private static final int MIB = 1024 * 1024;

    private JsonFiles() {
    }

    /**
     * The text of {@code file}, a {@code format} ("case file") of at most {@code maxBytes} bytes;
     * a file too large, or a device or pipe that never ends, is refused without filling the heap.
     */
    public static String read(Path file, String format, int maxBytes) throws UnreadableFile {
        if (Files.isDirectory(file)) {
            throw new UnreadableFile("is a directory, not a " + format);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                long size = Files.isRegularFile(file) ? Files.size(file) : -1;
                throw new UnreadableFile("too large: " + (size > 0 ? size + " bytes" : "more than " + maxBytes + " bytes")
                        + "; a " + format + " holds at most " + maxBytes + " bytes (" + maxBytes / MIB + " MiB)");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UnreadableFile("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFile("cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("is not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableFile("cannot be read");
        }
    }

    /** The {@code *.json} files under {@code directory}, recursively, in path order. */
    public static List<Path> under(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        }
    }

    /** A file that cannot be read as text; the message says why, without the file's name. */
    public static final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFile(String message) {
            super(message, null, false, false);
        }
    }
}
