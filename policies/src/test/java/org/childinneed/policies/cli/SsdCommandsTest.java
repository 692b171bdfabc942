package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;
import org.childinneed.policies.cli.Cin.Run;
import org.childinneed.policies.importer.SsdDatabaseTest;
import org.childinneed.policies.importer.SsdSourceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code convert} on a Standard Safeguarding Dataset extract folder and database. */
class SsdCommandsTest {

    @Test
    void checkReadsAnExtractFolderAndSaysWhatItCanAssess() throws Exception {
        String folder = SsdSourceTest.fixture("realistic").toString();
        Run run = Cin.run("check", "--policy", "kent", "--as-of", "2024-10-15", "--format", "json", folder);
        assertTrue(run.err().startsWith("kent from the Standard Safeguarding Dataset:\n  obligations assessed: WT-02, WT-03"),
                run.err());
        // Visits are in the SSD: KEN-05 (visits) is assessed, no longer not-recorded as from a census.
        String assessed = run.err().lines().filter(l -> l.startsWith("  obligations assessed")).findFirst().orElseThrow();
        assertTrue(assessed.contains("KEN-05"), run.err());
        assertEquals(3, com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).size(), run.out());
    }

    @Test
    void checkReadsADatabaseNamedWithSsd() throws Exception {
        try (Connection keep = SsdDatabaseTest.database("cli", "", "")) {
            Run run = Cin.run("check", "--policy", "kent", "--as-of", "2024-10-15", "--format", "json", "--ssd", "jdbc:h2:mem:cli");
            assertEquals(3, com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).size(), run.err());
        }
        Run absent = Cin.run("check", "--policy", "kent", "--ssd", "jdbc:h2:mem:gone;IFEXISTS=TRUE");
        assertEquals(2, absent.status());
        assertTrue(absent.err().contains("jdbc:h2:mem:gone (with its parameters): cannot be read as an SSD database: cannot connect"),
                absent.err());
    }

    @Test
    void convertWritesEachReferralAndReportsDamagedRowsWithoutLosingTheRest(@TempDir Path dir) throws Exception {
        Run good = Cin.run("convert", "-o", dir.resolve("good").toString(), SsdSourceTest.fixture("realistic").toString());
        assertEquals(0, good.status(), good.err());
        assertEquals("3 case files written to " + dir.resolve("good") + "\n", good.out());
        Path damaged = SsdSourceTest.fixture("damaged");
        Run bad = Cin.run("convert", "-o", dir.resolve("bad").toString(), damaged.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains(damaged + ": child LAchildID \"P1\", ssd_cin_plans.csv:2, cinp_cin_plan_start_date"), bad.err());
        try (Stream<Path> files = Files.list(dir.resolve("bad"))) {
            // As from a census: a case whose problems only lost part of it (a plan row, a closure code) is still
            // written; P3 (no readable date of birth) and P9 (no person row) cannot be.
            assertEquals(java.util.List.of("P1-R1.json", "P2-R2.json", "P5-R5.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
