package org.childinneed.policies.caseload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.report.ReportWriters;
import org.childinneed.policies.sources.CaseFiles;

/**
 * Run in a JVM of its own with a capped heap by {@link BoundedMemoryTest}: checks a caseload with
 * Kent and writes ndjson, then prints {@code checked unreadable lines peakHeapMiB}. Arguments:
 * {@code generated COUNT} (a generator-backed source, ndjson counted and dropped) or
 * {@code files FOLDER OUT} (a folder of case files, ndjson to OUT).
 */
public final class MillionCases {

    private MillionCases() {
    }

    public static void main(String[] args) throws Exception {
        CheckCases check = new CheckCases(BundledPolicies.standard().get("kent"), LocalDate.of(2026, 11, 1),
                Runtime.getRuntime().availableProcessors());
        CaseloadOutcome outcome;
        LineCounter lines = new LineCounter();
        if (args[0].equals("generated")) {
            outcome = check.run(new GeneratedCases(Long.parseLong(args[1])), ReportWriters.named("ndjson", lines),
                    CaseloadListener.NONE);
        } else {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
                outcome = check.run(CaseFiles.of(List.of(Path.of(args[1]))), ReportWriters.named("ndjson", out),
                        CaseloadListener.NONE);
            }
        }
        System.out.println(outcome.checked() + " " + outcome.unreadable() + " " + lines.lines);
    }

    /** Counts the lines written, keeping none of them. */
    private static final class LineCounter extends Writer {
        long lines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() throws IOException {
        }
    }
}
