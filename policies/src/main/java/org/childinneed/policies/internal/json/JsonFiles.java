package org.childinneed.policies.internal.json;

import java.nio.file.Path;
import org.childinneed.policies.io.FolderScan;
import org.childinneed.policies.io.InputFile;


/** JSON input files: their text, read as strict UTF-8 within a size limit, and the ones in a directory. */
public final class JsonFiles {

    private JsonFiles() {
    }

    /**
     * The text of {@code file}, a {@code format} ("case file") of at most {@code maxBytes} bytes;
     * a file too large, or a device or pipe that never ends, is refused without filling the heap.
     */
    public static String read(Path file, String format, int maxBytes) throws UnreadableFile {
        try {
            return InputFile.readBytes(file, format, maxBytes);
        } catch (org.childinneed.policies.io.UnreadableFile e) {
            throw new UnreadableFile(e.getMessage());
        }
    }

    /** The {@code *.json} files under {@code directory}, recursively, in path order, with what could not be read. */
    public static FolderScan under(Path directory) {
        return FolderScan.of(directory, ".json");
    }

    /** A file that cannot be read as text; the message says why, without the file's name. */
    public static final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFile(String message) {
            super(message, null, false, false);
        }
    }
}
