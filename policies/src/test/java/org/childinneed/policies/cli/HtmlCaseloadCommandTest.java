package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, the caseload page from the command line: above {@link HtmlCaseload#ONE_PAGE_LIMIT}
 * cases {@code check --format html} writes a folder (an index and pages of cases) instead of one
 * huge page, says so, and asks for {@code -o} when there is none; each page is written as every
 * output is, with no temporary file left behind.
 */
class HtmlCaseloadCommandTest {

    private static final Path CASE = Path.of(Cin.example("kent/initial-meeting-over-christmas.json"));

    private static Path caseload(Path dir, int count) throws Exception {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        String text = Files.readString(CASE);
        for (int i = 0; i < count; i++) {
            Files.writeString(cases.resolve(String.format("c%04d.json", i)), text.replace("K-1001", "K-" + (2000 + i)));
        }
        return cases;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void moreCasesThanOnePageShowsBecomeAFolderBesideTheFileNamed(@TempDir Path dir) throws Exception {
        Path cases = caseload(dir, HtmlCaseload.ONE_PAGE_LIMIT + 1);
        Path page = dir.resolve("caseload.html");
        Cin.Run run = Cin.run("check", "--policy", "kent", "--as-of", "2026-02-01", "--format", "html", "-o", page.toString(),
                cases.toString());
        assertTrue(run.status() < 2, run::toString);
        Path folder = dir.resolve("caseload");
        assertTrue(run.err().contains("cin: " + (HtmlCaseload.ONE_PAGE_LIMIT + 1) + " case files are more than one page shows; "
                + "writing the folder " + folder + " (open " + folder.resolve("index.html") + ")"), run::err);
        assertTrue(Files.notExists(page));
        assertEquals(List.of("cases-0001.html", "cases-0002.html", "cases-0003.html", "cases-0004.html", "index.html"),
                names(folder), "pages of 100 cases and an index, no temporary file");
        String index = Files.readString(folder.resolve("index.html"));
        assertTrue(index.contains("id=\"summary\"") && index.contains("href=\"cases-0004.html\""), index);
    }

    @Test
    void withoutOutputAFolderIsAskedFor(@TempDir Path dir) throws Exception {
        Path cases = caseload(dir, HtmlCaseload.ONE_PAGE_LIMIT + 1);
        Cin.Run run = Cin.run("check", "--policy", "kent", "--as-of", "2026-02-01", "--format", "html", cases.toString());
        assertEquals(2, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("give -o FOLDER to write an index page and pages of cases"), run::err);
    }

    @Test
    void anOutputFolderTakesAFewCasesToo(@TempDir Path dir) throws Exception {
        Path cases = caseload(dir, 3);
        Path folder = Files.createDirectory(dir.resolve("out"));
        Cin.Run run = Cin.run("check", "--policy", "kent", "--as-of", "2026-02-01", "--format", "html", "-o", folder.toString(),
                cases.toString());
        assertTrue(run.status() < 2, run::toString);
        assertEquals(List.of("cases-0001.html", "index.html"), names(folder));
    }
}
