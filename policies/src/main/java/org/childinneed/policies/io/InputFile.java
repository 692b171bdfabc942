package org.childinneed.policies.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The text of an input file, read as strict UTF-8 within a limit and in bounded time: at most the
 * limit and one more byte or character is ever read, so a file too large (or {@code /dev/zero}) is
 * refused without filling the heap; a named pipe or socket, which could block for ever waiting for
 * a writer, is refused before it is opened; a device is read on a helper thread and refused when
 * it gives nothing for {@link #DEVICE_TIMEOUT_SECONDS}.
 */
public final class InputFile {

    /** How long a device may keep cin waiting before it is refused. */
    public static final int DEVICE_TIMEOUT_SECONDS = 10;
    private static final int MIB = 1024 * 1024;
    private static final int FILE_TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int SOCKET = 0140000;

    private InputFile() {
    }

    /** The text of {@code file}, a {@code what} ("case file") of at most {@code maxBytes} bytes. */
    public static String readBytes(Path file, String what, int maxBytes) throws UnreadableFile {
        return read(file, what, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    long size = Files.isRegularFile(file) ? Files.size(file) : -1;
                    throw new UnreadableFile("too large: " + (size > 0 ? size + " bytes" : "more than " + maxBytes + " bytes")
                            + "; a " + what + " holds at most " + maxBytes + " bytes (" + maxBytes / MIB + " MiB)");
                }
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            }
        });
    }

    /**
     * The text of {@code file}, a {@code what} ("policy script") of at most {@code maxCharacters}
     * characters; reading stops at one character more, refused with {@code "the <what> is too large"}.
     */
    public static String readCharacters(Path file, String what, int maxCharacters) throws UnreadableFile {
        return read(file, what, () -> {
            try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                char[] text = new char[Math.min(maxCharacters + 1, 64 * 1024)];
                int length = 0;
                int n;
                while (length <= maxCharacters && (n = in.read(text, length, text.length - length)) >= 0) {
                    length += n;
                    if (length == text.length && length <= maxCharacters) {
                        text = java.util.Arrays.copyOf(text, (int) Math.min((long) maxCharacters + 1, 2L * text.length));
                    }
                }
                if (length > maxCharacters) {
                    throw new UnreadableFile("the " + what + " is too large: more than " + maxCharacters + " characters");
                }
                return new String(text, 0, length);
            }
        });
    }

    @FunctionalInterface
    private interface Read {
        String text() throws IOException, UnreadableFile;
    }

    private static String read(Path file, String what, Read read) throws UnreadableFile {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new UnreadableFile("is a directory, not a " + what);
            }
            if (attributes.isOther()) {
                refuseWhatMayBlock(file, what);
                return onHelperThread(read);
            }
            return read.text();
        } catch (NoSuchFileException e) {
            throw new UnreadableFile(Files.isSymbolicLink(file) ? "a dangling link: the file it points to does not exist"
                    : "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFile("cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("is not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableFile("cannot be read: " + Reasons.of(e));
        }
    }

    /** A named pipe or a socket blocks until something writes to it: refused before it is opened. */
    private static void refuseWhatMayBlock(Path file, String what) throws UnreadableFile {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode")) & FILE_TYPE;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            throw new UnreadableFile("is not a regular file, not a " + what);
        }
        if (type == FIFO) {
            throw new UnreadableFile("is a named pipe, not a " + what + " (cin reads only what it can read without waiting)");
        }
        if (type == SOCKET) {
            throw new UnreadableFile("is a socket, not a " + what);
        }
    }

    /** Reads a device on a daemon thread, giving up after {@link #DEVICE_TIMEOUT_SECONDS}. */
    private static String onHelperThread(Read read) throws IOException, UnreadableFile {
        FutureTask<String> task = new FutureTask<>(read::text);
        Thread reader = new Thread(task, "cin-device-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return task.get(DEVICE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new UnreadableFile("nothing could be read from it within " + DEVICE_TIMEOUT_SECONDS
                    + " seconds (a device that waits for input)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableFile("reading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableFile u) {
                throw u;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new UnreadableFile("cannot be read");
        }
    }
}
