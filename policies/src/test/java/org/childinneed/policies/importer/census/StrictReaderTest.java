package org.childinneed.policies.importer.census;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The census's strict decoder is a {@link java.io.Reader}: once at the end it stays there. Reading
 * again after the end (as an XML parser does on a truncated file) threw an IllegalStateException
 * from the decoder, found by {@code CensusFuzzProperties} (seed 2618063220170965361).
 */
class StrictReaderTest {

    @Test
    void readingAgainAfterTheEndIsTheEndAgain() throws IOException {
        try (StrictReader reader = new StrictReader(new ByteArrayInputStream("<a>é</a>".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            char[] buffer = new char[3];
            StringBuilder text = new StringBuilder();
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            assertEquals("<a>é</a>", text.toString());
            assertEquals(-1, reader.read(buffer, 0, buffer.length));
            assertEquals(-1, reader.read());
        }
    }
}
