package org.childinneed.policies.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-child census (about 150 MB of XML, generated as it is read) is read in a JVM whose heap
 * is capped at 32 MB: the reader holds one child at a time.
 */
class CensusScaleTest {

    @Test
    void aHundredThousandChildrenAreReadInA32MegabyteHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                GeneratedCensus.class.getName(), "100000")).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(true, process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), out);
        String[] fields = out.split(" ");
        assertEquals("100000", fields[0], out);
        assertEquals("0", fields[1], out);
        System.out.println("census read: " + fields[2] + " children per second in a 32 MB heap");
    }
}
