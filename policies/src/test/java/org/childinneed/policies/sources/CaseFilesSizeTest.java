package org.childinneed.policies.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress total: case files are counted; a census or SSD extract holds an unknown number of cases. */
class CaseFilesSizeTest {

    @Test
    void caseFilesAndTheFilesOfAFolderAreCounted(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(folder.resolve("a.json"), "{}");
        Files.writeString(folder.resolve("b.json"), "{}");
        Path single = Files.writeString(dir.resolve("c.json"), "{}");
        assertEquals(OptionalLong.of(3), CaseFiles.of(List.of(folder, single)).size());
    }

    @Test
    void aCensusOrAnSsdExtractAmongTheInputsLeavesTheTotalUnknown(@TempDir Path dir) throws IOException {
        Path census = Files.writeString(dir.resolve("census.xml"), "<Message><Children></Children></Message>");
        Path single = Files.writeString(dir.resolve("c.json"), "{}");
        assertEquals(OptionalLong.empty(), CaseFiles.of(List.of(single, census)).size());
        Path extract = Files.createDirectory(dir.resolve("ssd"));
        Files.writeString(extract.resolve("ssd_cin_episodes.csv"), "cine_referral_id\n");
        assertEquals(OptionalLong.empty(), CaseFiles.of(List.of(extract)).size());
    }
}
