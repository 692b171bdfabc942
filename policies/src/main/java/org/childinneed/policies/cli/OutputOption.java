package org.childinneed.policies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o/--output}: where a command's main output goes, standard output or a file. */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path file;

    /** A writer to the file given (opened when first written to), or to {@code out}. */
    LazyOutput open(PrintWriter out) {
        return file == null ? LazyOutput.toStdout(out) : LazyOutput.toFile(file);
    }

    /** Writes {@code text} to the file given, or to {@code out}. */
    void write(String text, PrintWriter out) throws InputError {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(file + ": cannot be written");
        }
    }
}
