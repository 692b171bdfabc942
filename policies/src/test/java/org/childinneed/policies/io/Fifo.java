package org.childinneed.policies.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for tests, made with {@code mkfifo} where the system has it. */
public final class Fifo {

    private Fifo() {
    }

    /** Makes a named pipe at {@code path}; false when the system cannot. */
    public static boolean make(Path path) throws Exception {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
