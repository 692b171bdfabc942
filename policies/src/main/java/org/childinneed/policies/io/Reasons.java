package org.childinneed.policies.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.childinneed.model.text.Printable;

/** What went wrong with a file, in words: the operating system's reason, never a stack trace. */
final class Reasons {

    private Reasons() {
    }

    /** {@code path} as shown in a message: its control and invisible characters escaped. */
    static String shown(Path path) {
        return Printable.inline(path.toString());
    }

    /** Why {@code e} happened: "permission denied", "no space left on device", "read-only file system". */
    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "an input/output error";
        }
        return Printable.inline(reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1));
    }
}
