package org.childinneed.policies.robustness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything a block of code lets out besides its return value: every {@code java.util.logging}
 * record at any level (message, parameters and exception), and whatever it prints on the JVM's
 * own standard output and error.
 */
final class Capture {

    private Capture() {
    }

    /** A block that may throw anything. */
    @FunctionalInterface
    interface Block {
        void run() throws Exception;
    }

    /** Runs {@code block} and returns all it logged and printed, as one text. */
    static String of(Block block) throws Exception {
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        List<String> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder text = new StringBuilder(record.getLoggerName() + " " + record.getMessage());
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        text.append(' ').append(parameter);
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(' ').append(t);
                }
                synchronized (records) {
                    records.add(text.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            root.setLevel(Level.ALL);
            root.addHandler(handler);
            System.setOut(capture);
            System.setErr(capture);
            block.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(level);
        }
        synchronized (records) {
            return String.join("\n", records) + "\n" + printed.toString(StandardCharsets.UTF_8);
        }
    }
}
