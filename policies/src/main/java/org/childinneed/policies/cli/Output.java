package org.childinneed.policies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's main output goes: standard output, or the file given with {@code --output}. */
final class Output {

    private Output() {
    }

    static void write(String text, Path file, PrintWriter out) throws InputError {
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
