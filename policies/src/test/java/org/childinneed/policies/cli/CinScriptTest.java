package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./cin} script as a separate process, from another working directory. Runs
 * in the integration-test phase, after the jar the script runs has been packaged.
 */
class CinScriptTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("cin");

    @TempDir
    static Path elsewhere;

    record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void javaAndMavenAreThere() {
        assumeTrue(onPath("java") && onPath("mvn") && onPath("bash"), "java, mvn and bash are needed to run ./cin");
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static Result cin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command).directory(elsewhere.toFile()));
    }

    private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "./cin did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theScriptRunsFromAnyDirectoryAndPrintsTheVersion() throws Exception {
        Result result = cin("--version");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("cin " + VersionProvider.version() + "\n"), result.out());
    }

    @Test
    void theScriptChecksTheReadmeExample() throws Exception {
        Result result = cin("check", "--policy", "kent", "--as-of", "2026-11-22",
                ROOT.resolve("examples/kent/initial-meeting-over-christmas.json").toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Case K-1001"), result.out());
        assertFalse(result.out().contains("\u001b["), "no colour when output is not a terminal");
    }

    @Test
    void theScriptReportsBadInputWithStatus2AndNoStackTrace() throws Exception {
        Result result = cin("check", "--policy", "kent", ROOT.resolve("examples/bad/impossible-date.json").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("impossible-date.json:6: event #1 (id \"v1\"), field date: "), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    /**
     * Issue 14: {@code ./cin} passes {@code JAVA_OPTS} to Java, and running out of memory says so
     * and what to do. The heap given in {@code JAVA_OPTS} (32 MB) is the one the message names, too
     * small for Kent's report of 20,000 meetings: exit status 3, no "internal error", no stack trace.
     */
    @Test
    void javaOptsReachJavaAndRunningOutOfMemorySaysWhatToDo() throws Exception {
        Path meetings = elsewhere.resolve("meetings.json");
        StringBuilder json = new StringBuilder("{\"case\": \"BIG\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": [");
        for (int i = 0; i < 20_000; i++) {
            json.append(i > 0 ? ",\n" : "\n").append("{\"id\": \"m").append(i)
                    .append("\", \"type\": \"meeting\", \"date\": \"2026-01-06\", \"meeting\": \"initial\", \"chair\": \"team-manager\"}");
        }
        Files.writeString(meetings, json.append("]}\n"));
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "check", "--policy", "kent", "--as-of", "2027-03-01",
                "--format", "json", meetings.toString()).directory(elsewhere.toFile());
        builder.environment().put("JAVA_OPTS", "-Xmx32m");
        Result result = run(builder);
        assertEquals(3, result.status(), result.err());
        java.util.regex.Matcher heap = java.util.regex.Pattern
                .compile("cin: out of memory \\(the Java heap is limited to (\\d+) MiB\\)").matcher(result.err());
        assertTrue(heap.find(), result.err());
        assertTrue(Integer.parseInt(heap.group(1)) <= 32, "the heap JAVA_OPTS gave: " + heap.group(1) + " MiB");
        assertTrue(result.err().contains("JAVA_OPTS=-Xmx4g"), result.err());
        assertFalse(result.err().contains("internal error") || result.err().contains("\tat "), result.err());
    }

    /**
     * The README's nightly run for a performance team, as written, with the examples folder as the
     * open cases and a temporary folder for the day's output: it exits 0 and leaves the reports (one
     * line per case, naming its file), the summary's month rows and the caseload page.
     */
    @Test
    void theReadmesNightlyRunWorksAsWritten() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern
                .compile("```sh\n(#!/bin/sh\n# nightly-cin\\.sh.*?)```", java.util.regex.Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README's nightly run");
        Path days = Files.createDirectories(elsewhere.resolve("nightly"));
        String script = block.group(1).replace("/srv/cases/open", ROOT.resolve("examples/kent").toString())
                .replace("/srv/cin", days.toString());
        assertFalse(script.contains("/srv/"), script);
        Result result = run(new ProcessBuilder("sh", "-c", script).directory(ROOT.toFile()));
        assertEquals(0, result.status(), result.err());
        Path day;
        try (java.util.stream.Stream<Path> list = Files.list(days)) {
            day = list.findFirst().orElseThrow();
        }
        List<String> reports = Files.readAllLines(day.resolve("reports.ndjson"));
        long cases;
        try (java.util.stream.Stream<Path> list = Files.list(ROOT.resolve("examples/kent"))) {
            cases = list.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertEquals(cases, reports.size(), reports::toString);
        reports.forEach(line -> assertTrue(line.startsWith("{\"file\":\"") && line.contains("examples/kent/"), line));
        assertEquals("", Files.readString(day.resolve("problems.txt")));
        assertTrue(Files.readAllLines(day.resolve("summary.csv")).stream().anyMatch(l -> l.startsWith("rule-month,")));
        assertTrue(Files.readString(day.resolve("caseload/index.html")).contains("<ol class=\"triage\">"));
    }
}
