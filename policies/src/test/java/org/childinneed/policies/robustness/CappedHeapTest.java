package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.childinneed.policies.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the README's heap for the case-file limits holds. Each case runs in a JVM of its own
 * with the documented heap (512 MB) and must finish without running out of memory: a valid file
 * of the largest size the reader takes, one of the most events it takes (Kent's obligations and
 * report for 20,000 meetings), and a file whose size is all unknown fields.
 */
class CappedHeapTest {

    private static final String HEAP = "-Xmx512m";

    private static String run(Path file, String format) throws Exception {
        return run(HEAP, file.toString(), format);
    }

    private static String run(String heap, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), CappedHeapMain.class.getName()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static Path write(Path file, int events, String event, String padding) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("{\"case\": \"BIG\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": [\n");
            for (int i = 0; i < events; i++) {
                w.write((i > 0 ? ",\n" : "") + event.replace("#", String.valueOf(i)));
            }
            w.write("]" + padding + "}\n");
        }
        return file;
    }

    @Test
    void theMostEventsAFileHoldsAreEvaluatedAndReportedWithinTheHeap(@TempDir Path dir) throws Exception {
        Path meetings = write(dir.resolve("m.json"), CaseFileReader.MAX_EVENTS,
                "{\"id\": \"m#\", \"type\": \"meeting\", \"date\": \"2026-01-06\", \"meeting\": \"initial\", \"chair\": \"team-manager\"}", "");
        assertTrue(run(meetings, "json").startsWith("ok "));
        assertTrue(run(meetings, "html").startsWith("ok "));
    }

    @Test
    void aFileOfTheLargestSizeIsReadWithinTheHeap(@TempDir Path dir) throws Exception {
        // 20,000 visits, then unknown fields of small numbers up to the size limit: the most JSON nodes a file can make.
        StringBuilder padding = new StringBuilder(", \"x\": [0");
        int room = CaseFileReader.MAX_FILE_BYTES - 1_200_000;
        while (padding.length() < room) {
            padding.append(",0");
        }
        padding.append(']');
        Path file = write(dir.resolve("v.json"), CaseFileReader.MAX_EVENTS,
                "{\"id\": \"v#\", \"type\": \"visit\", \"date\": \"2026-01-05\"}", padding.toString());
        assertTrue(Files.size(file) <= CaseFileReader.MAX_FILE_BYTES, () -> "size " + file.toFile().length());
        assertTrue(run(file, "text").startsWith("ok "));
    }

    /**
     * The script limits' heap: scripts of the largest size, each making the most of it (the
     * largest tree, the most rules, the most diagnostics), compile in a JVM capped at 128 MB.
     */
    @Test
    void scriptsOfTheLargestSizeCompileWithin128Megabytes() throws Exception {
        String out = run("-Xmx128m", "scripts");
        assertTrue(out.matches("ok compiled:\\d+ compiled:\\d+ 1-errors:\\d+\\s*"), out);
    }

    /**
     * Issue 14: should the heap still run out, cin says so and what to do (not "internal error,
     * please report it"), exits 3 without a stack trace, and leaves the previous report whole.
     */
    @Test
    void runningOutOfMemorySaysWhatToDoAndKeepsThePreviousReport(@TempDir Path dir) throws Exception {
        Path meetings = write(dir.resolve("m.json"), CaseFileReader.MAX_EVENTS,
                "{\"id\": \"m#\", \"type\": \"meeting\", \"date\": \"2026-01-06\", \"meeting\": \"initial\", \"chair\": \"team-manager\"}", "");
        Path report = Files.writeString(dir.resolve("report.json"), "yesterday\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), org.childinneed.policies.cli.CinCommand.class.getName(),
                "check", "--policy", "kent", "--as-of", "2027-03-01", "--format", "json", "-o", report.toString(),
                meetings.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertEquals(3, p.exitValue(), out);
        assertTrue(out.contains("cin: out of memory (the Java heap is limited to "), out);
        assertTrue(out.contains("JAVA_OPTS=-Xmx4g"), out);
        assertTrue(!out.contains("internal error") && !out.contains("\tat "), out);
        assertEquals("yesterday\n", Files.readString(report));
    }
}
