package org.childinneed.policies.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A census file is untrusted input: whatever is done to the realistic fixture (bytes flipped,
 * cut, repeated, inserted), the reader returns cases and problems, never throws, and never echoes
 * the fixture's UPN.
 */
class CensusFuzzProperties {

    private static final byte[] FIXTURE = fixture();
    private static final byte[] JUNK = "<>&;\"'/=!?[]-CINdetails Child 2023-02-30 RC99 \u00e9\u0000\uFFFF".getBytes(
            java.nio.charset.StandardCharsets.UTF_8);

    private static byte[] fixture() {
        try (InputStream in = CensusFuzzProperties.class.getResourceAsStream("/census/realistic-2024.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 150)
    void aMutatedCensusNeverCrashesTheReader(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mutations) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] bytes = FIXTURE.clone();
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = JUNK[random.nextInt(JUNK.length)];
                case 1 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
                case 2 -> {
                    int length = Math.min(random.nextInt(200), bytes.length - at);
                    byte[] longer = new byte[bytes.length + length];
                    System.arraycopy(bytes, 0, longer, 0, at + length);
                    System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = JUNK[random.nextInt(JUNK.length)];
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        CensusFiles read = CensusFiles.read(bytes);
        assertTrue(read.cases.size() <= 64);
        assertFalse(String.join("\n", read.described()).contains("A999999999991"));
    }
}
