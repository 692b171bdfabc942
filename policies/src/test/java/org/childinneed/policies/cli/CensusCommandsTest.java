package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.casefile.CaseFileWriter;
import org.childinneed.policies.cli.Cin.Run;
import org.childinneed.policies.sources.CaseImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code convert} on a census file, told from case files by its content. */
class CensusCommandsTest {

    private static final String CENSUS = Cin.example("census/census-2024.xml");

    @Test
    void checkReadsACensusFileAsCases(@TempDir Path dir) throws IOException {
        // The same census under a .json name: the content, not the extension, says what it is.
        Path disguised = Files.copy(Path.of(CENSUS), dir.resolve("census.json"));
        Run run = Cin.run("check", "--policy", "kent", "--as-of", "2024-04-01", "--format", "json", disguised.toString());
        // Kent's meetings and visits are not in a census: those rules are named, and never overdue.
        assertTrue(run.err().startsWith("kent from a census file:\n  obligations assessed: WT-02, WT-03\n"), run.err());
        assertTrue(run.err().contains("(reported not-recorded, never overdue): WT-01, KEN-01, KEN-02"), run.err());
        assertTrue(run.out().contains("\"not-recorded\""), run.out());
        assertEquals(11, com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).size());
        // KEN-20: C1020, born 20 Mar 2006, on a plan open since 15 Jan 2024, turned 18 on 20 Mar 2024.
        assertTrue(run.out().contains("plan-past-eighteenth-birthday"), run.out());
    }

    @Test
    void convertWritesCaseFilesThatReadBackToTheSameRecords(@TempDir Path dir) throws Exception {
        Run run = Cin.run("convert", "-o", dir.toString(), CENSUS);
        assertEquals(0, run.status(), run.err());
        assertEquals("11 case files written to " + dir + "\n", run.out());
        List<CaseRecord> imported = new java.util.ArrayList<>();
        CaseImport.readCensus(Path.of(CENSUS), imported::add, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        for (CaseRecord record : imported) {
            Path file = dir.resolve(record.caseId() + ".json");
            CaseRecord back = CaseFileReader.read(file);
            assertEquals(record, back, record.caseId());
            assertEquals(Files.readString(file), CaseFileWriter.write(back));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(11, files.count());
        }
    }

    @Test
    void convertReportsBadChildrenAndWritesTheRest(@TempDir Path dir) throws IOException {
        Path census = dir.resolve("bad.xml");
        Files.writeString(census, "<Message><Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID>"
                + "<PersonBirthDate>2015-13-01</PersonBirthDate></ChildIdentifiers><CINdetails><CINreferralDate>2023-01-02"
                + "</CINreferralDate></CINdetails></Child><Child><ChildIdentifiers><LAchildID>C2</LAchildID><PersonBirthDate>"
                + "2015-01-01</PersonBirthDate></ChildIdentifiers><CINdetails><CINreferralDate>2023-01-02</CINreferralDate>"
                + "</CINdetails></Child></Children></Message>");
        Run run = Cin.run("convert", "-o", dir.resolve("out").toString(), census.toString());
        assertEquals(2, run.status());
        assertEquals(census + ":1: child LAchildID \"C1\", Child/ChildIdentifiers/PersonBirthDate: '2015-13-01' is not a real"
                + " date in the form YYYY-MM-DD\n", run.err());
        assertTrue(Files.exists(dir.resolve("out/C2-1.json")));
    }
}
