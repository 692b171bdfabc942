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
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
}
