package org.childinneed.policies.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's reports stream to: standard output, or a file opened only when the first
 * character is written (so a run in which no case could be read leaves an existing file alone).
 * Writing to standard output fails loudly when the stream has failed (a closed pipe, a full disk).
 */
final class LazyOutput extends Writer {

    private final Path file;
    private final PrintWriter stdout;
    private Writer target;

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
            target.close();
        } else {
            target.flush();
            checkStdout();
        }
    }

    private Writer target() throws IOException {
        if (target == null) {
            if (file != null) {
                try {
                    target = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                } catch (IOException e) {
                    throw new IOException(file + ": cannot be written", e);
                }
            } else {
                target = stdout;
            }
        }
        return target;
    }

    private void checkStdout() throws IOException {
        if (file == null && stdout.checkError()) {
            throw new IOException("standard output cannot be written");
        }
    }
}
