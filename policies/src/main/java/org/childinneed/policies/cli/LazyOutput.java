package org.childinneed.policies.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.childinneed.model.text.Printable;

/**
 * Where a command's reports stream to: standard output, or a file opened only when the first
 * character is written (so a run in which no case could be read leaves an existing file alone).
 * Writing to standard output fails loudly when the stream has failed (a closed pipe, a full disk).
 */
final class LazyOutput extends Writer {

    private final Path file;
    private final PrintWriter stdout;
    private Writer target;
    /** Where a file's output is written until it is complete, then moved over the file. */
    private Path temporary;

    private LazyOutput(Path file, PrintWriter stdout) {
        this.file = file;
        this.stdout = stdout;
    }

    static LazyOutput toFile(Path file) {
        return new LazyOutput(file, null);
    }

    static LazyOutput toStdout(PrintWriter stdout) {
        return new LazyOutput(null, stdout);
    }

    /** Whether anything was written. */
    boolean opened() {
        return target != null;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        target().write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        target().write(text, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (target != null) {
            target.flush();
            checkStdout();
        }
    }

    @Override
    public void close() throws IOException {
        if (target == null) {
            return;
        }
        if (file != null) {
            try {
                target.close();
                if (temporary != null) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new IOException(file + ": cannot be written: " + reason(e), e);
            } finally {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            }
        } else {
            target.flush();
            checkStdout();
        }
    }

    private Writer target() throws IOException {
        if (target == null) {
            if (file != null) {
                try {
                    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
                        target = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                    } else {
                        // Written beside the file and moved into place when complete: a failure (a full
                        // disk) leaves the previous file whole.
                        Path folder = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
                        temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
                        target = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16);
                    }
                } catch (IOException e) {
                    throw new IOException(file + ": cannot be written: " + reason(e), e);
                }
            } else {
                target = stdout;
            }
        }
        return target;
    }

    private String reason(IOException e) {
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "the folder " + Printable.inline(folder.toString()) + " does not exist";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (message.contains("no space")) {
            return "no space left on device";
        }
        if (e instanceof java.nio.file.AccessDeniedException || message.contains("permission")) {
            return "permission denied";
        }
        return "an input or output error";
    }

    private void checkStdout() throws IOException {
        if (file == null && stdout.checkError()) {
            throw new IOException("standard output cannot be written");
        }
    }
}
