package org.childinneed.policies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import org.childinneed.policies.io.OutputException;
import org.childinneed.policies.io.OutputFile;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output}: where a command's main output goes, standard output or a file. A file is
 * written through {@link OutputFile}: atomically, never over one of the command's inputs, with the
 * reason for a failure. Standard output is checked by {@link CinCommand#execute}.
 */
final class OutputOption {

    /** What a command writes, piece by piece, and what it makes of it. */
    @FunctionalInterface
    interface Body<T> {
        T writeTo(Writer out) throws IOException, InputError;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output "
            + "(atomically: on failure the previous FILE is kept; never one of the inputs).")
    Path file;

    /** Refuses an output file that would replace one of {@code inputs} or be read as one later. */
    void refuseAliasOf(Collection<Path> inputs) throws InputError {
        refuseAliasOf(file, inputs);
    }

    /** Refuses {@code target}, when given, if it would replace one of {@code inputs} or be read as one later. */
    static void refuseAliasOf(Path target, Collection<Path> inputs) throws InputError {
        if (target == null) {
            return;
        }
        try {
            OutputFile.refuseAliasOfInputs(target, inputs, ".json");
        } catch (OutputException e) {
            throw new InputError(e.getMessage());
        }
    }

    /** Writes {@code text} to the file given, or to {@code out}. */
    void write(String text, PrintWriter out, PrintWriter err) throws InputError {
        writeWith(out, err, writer -> {
            writer.write(text);
            return null;
        });
    }

    /**
     * Runs {@code body} writing to the file given, committed when it returns, or to {@code out}.
     * Should {@code body} fail otherwise than by writing (the heap ran out), the previous file stays
     * and what was written is kept beside it as {@code FILE.partial}, as {@code err} is told.
     */
    <T> T writeWith(PrintWriter out, PrintWriter err, Body<T> body) throws InputError {
        return writeTo(file, out, err, body);
    }

    /** As {@link #writeWith}, to {@code target} (standard output when null). */
    static <T> T writeTo(Path target, PrintWriter out, PrintWriter err, Body<T> body) throws InputError {
        if (target == null) {
            try {
                T result = body.writeTo(out);
                out.flush();
                return result;
            } catch (IOException e) {
                throw new InputError(e.getMessage());
            }
        }
        try (OutputFile.Pending pending = OutputFile.open(target)) {
            T result;
            try {
                result = body.writeTo(pending.writer());
            } catch (IOException e) {
                throw pending.failure(e);
            } catch (RuntimeException | Error e) {
                pending.keepPartial().ifPresent(partial -> {
                    err.println("cin: " + target + " is left as it was; what was written before the failure is in " + partial);
                    err.flush();
                });
                throw e;
            }
            pending.commit();
            return result;
        } catch (OutputException e) {
            throw new InputError(e.getMessage());
        }
    }
}
