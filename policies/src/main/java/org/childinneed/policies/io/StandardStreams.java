package org.childinneed.policies.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * The process's standard output and error as writers that report failures ({@code System.out}, a
 * {@code PrintStream}, hides them): a command that writes to a full disk or a closed pipe can then
 * say so and fail, instead of exiting 0 with its output lost.
 */
public final class StandardStreams {

    /** What a command says when standard output did not take all it wrote. */
    public static final String OUTPUT_FAILED = "standard output cannot be written";

    private StandardStreams() {
    }

    /** Standard output, unbuffered below the caller's own buffering; write errors surface as {@code IOException}s. */
    public static Writer out() {
        return new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset("sun.stdout.encoding"));
    }

    /** Standard error, likewise. */
    public static Writer err() {
        return new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset("sun.stderr.encoding"));
    }

    private static Charset charset(String property) {
        String name = System.getProperty(property);
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
