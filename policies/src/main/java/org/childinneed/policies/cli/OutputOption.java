package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import org.childinneed.policies.io.OutputException;
import org.childinneed.policies.io.OutputFile;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output}: where a command's main output goes, standard output or a file. A file is
 * written atomically and never over one of the command's inputs; standard output is checked by
 * {@link CinCommand#execute}.
 */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output "
            + "(atomically: on failure the previous FILE is kept; never one of the inputs).")
    Path file;

    /** Refuses an output file that would replace one of {@code inputs} or be read as one later. */
    void refuseAliasOf(Collection<Path> inputs) throws InputError {
        if (file == null) {
            return;
        }
        try {
            OutputFile.refuseAliasOfInputs(file, inputs, ".json");
        } catch (OutputException e) {
            throw new InputError(e.getMessage());
        }
    }

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
            OutputFile.write(file, writer -> writer.write(text));
        } catch (OutputException e) {
            throw new InputError(e.getMessage());
        }
    }
}
