package org.childinneed.policies.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload is checked in memory that does not grow with it (issue: "1,000,000 case files must
 * run with the heap capped at 256 MB"). Each run is a JVM of its own with a capped heap: a million
 * generated case files (a generator-backed source: the text of each is made up and read as a
 * file's would be; a million files on disk would make CI slow, not the test stronger), and a
 * folder of real files. The garbage collector's log gives the heap left in use after each
 * collection, which must stay small from the first collection to the last.
 */
class BoundedMemoryTest {

    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    @Test
    void a_million_generated_case_files_run_in_a_256_mb_heap_and_the_heap_in_use_stays_flat(@TempDir Path dir)
            throws Exception {
        Path gc = dir.resolve("gc.log");
        String out = fork(gc, "-Xmx256m", "generated", "1000000");
        // every 50th generated file is damaged: it is reported and the others are all written
        assertEquals("980000 20000 980000", out);
        List<Integer> inUse = heapAfterCollections(gc);
        assertTrue(inUse.size() > 10, "collections seen: " + inUse.size());
        assertTrue(inUse.stream().allMatch(m -> m < 64), "heap in use after each collection, MiB: " + inUse);
    }

    @Test
    void a_folder_of_real_case_files_runs_in_a_64_mb_heap(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        int files = 3_000;
        for (int i = 0; i < files; i++) {
            Path folder = Files.createDirectories(cases.resolve(String.format("%02d", i % 7)));
            Files.writeString(folder.resolve(i + ".json"),
                    GeneratedCases.text(i), StandardCharsets.UTF_8);
        }
        Path ndjson = dir.resolve("out.ndjson");
        String out = fork(dir.resolve("gc.log"), "-Xmx64m", "files", cases.toString(), ndjson.toString());
        assertEquals((files - 60) + " 60 0", out);
        assertEquals(files - 60, Files.readAllLines(ndjson).size());
    }

    private static String fork(Path gcLog, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"), MillionCases.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static List<Integer> heapAfterCollections(Path gcLog) throws IOException {
        List<Integer> inUse = new ArrayList<>();
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = AFTER_GC.matcher(line);
            if (line.contains("Pause") && m.find()) {
                inUse.add(Integer.parseInt(m.group(1)));
            }
        }
        return inUse;
    }
}
