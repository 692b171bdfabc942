package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, data loss: every command that writes a file ({@code -o} of check, explain, summary,
 * test, lint, doc and diff; diff's {@code --counts}; convert's case files) writes it through the one
 * atomic writer: never over an input, the previous file kept on failure, the reason given.
 */
class EveryOutputTest {

    private static final String CASE = Cin.example("kent/initial-meeting-over-christmas.json");

    /** A command line with INPUT standing for an input file and OUT for the output. */
    static final List<String> COMMANDS = List.of(
            "check --policy kent --as-of 2026-02-01 -o OUT INPUT",
            "check --policy kent --as-of 2026-02-01 --format json -o OUT INPUT",
            "explain --policy kent --as-of 2026-02-01 -o OUT INPUT",
            "summary --policy kent --as-of 2026-02-01 --format csv -o OUT INPUT",
            "diff --policy kent --policy working-together --as-of 2026-02-01 -o OUT INPUT",
            "diff --policy kent --policy working-together --as-of 2026-02-01 --counts OUT INPUT",
            "test --format junit -o OUT INPUT",
            "lint --format sarif -o OUT INPUT",
            "doc --policy INPUT -o OUT");

    /** The input each command reads: a case file, a scenario, or a script. */
    static Path input(String command, Path dir) throws Exception {
        if (command.startsWith("test")) {
            return Files.copy(Path.of("scenarios/kent/01-initial-meeting-late-over-christmas.json"), dir.resolve("scenario.json"));
        }
        if (command.startsWith("lint") || command.startsWith("doc")) {
            return Files.writeString(dir.resolve("mine.cin"), Files.readString(Path.of("src/main/resources/policies/kent.cin"))
                    .replaceFirst("policy kent", "policy mine"));
        }
        return Files.copy(Path.of(CASE), dir.resolve("case.json"));
    }

    static Cin.Run run(String command, Path input, Path output) {
        return Cin.run(command.replace("INPUT", input.toString()).replace("OUT", output.toString()).split(" "));
    }

    static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).map(Path::toString).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void noCommandWritesOverItsInput(int which, @TempDir Path dir) throws Exception {
        String command = COMMANDS.get(which);
        Path input = input(command, dir);
        byte[] before = Files.readAllBytes(input);
        List<String> files = listing(dir);
        Cin.Run run = run(command, input, input);
        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains(input + ": refused as the output: it is the input"), run::err);
        assertEquals(new String(before), Files.readString(input));
        assertEquals(files, listing(dir));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void everyCommandWritesAtomicallyAndSaysWhyItCouldNot(int which, @TempDir Path dir) throws Exception {
        String command = COMMANDS.get(which);
        Path input = input(command, dir);
        Path missing = dir.resolve("missing/out.txt");
        Cin.Run failed = run(command, input, missing);
        assertEquals(2, failed.status(), failed::toString);
        assertTrue(failed.err().contains("cin: " + missing + ": cannot be written: the folder " + dir.resolve("missing")
                + " does not exist\n"), failed::err);
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        Cin.Run onFolder = run(command, input, folder);
        assertTrue(onFolder.err().contains("cin: " + folder + ": cannot be written: it is a folder\n"), onFolder::err);
        Path out = Files.writeString(dir.resolve("out.txt"), "the previous output\n");
        Cin.Run written = run(command, input, out);
        assertTrue(written.status() < 2, written::toString);
        assertTrue(!Files.readString(out).equals("the previous output\n") && Files.size(out) > 0, written::toString);
        assertEquals(Stream.of("", "a-folder", "out.txt", input.getFileName().toString()).sorted().toList(), listing(dir),
                "no temporary file left");
    }

    @Test
    void aFailureThatIsNotTheOutputsKeepsThePreviousFileAndWhatWasWrittenBesideIt(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("reports.ndjson"), "yesterday\n");
        StringWriter err = new StringWriter();
        PrintWriter errors = new PrintWriter(err);
        assertThrows(OutOfMemoryError.class, () -> OutputOption.writeTo(out, new PrintWriter(new StringWriter()), errors,
                writer -> {
                    writer.write("{\"case\":\"C-1\"}\n");
                    throw new OutOfMemoryError("Java heap space");
                }));
        assertEquals("yesterday\n", Files.readString(out));
        Path partial = dir.resolve("reports.ndjson.partial");
        assertEquals("{\"case\":\"C-1\"}\n", Files.readString(partial));
        assertEquals("cin: " + out + " is left as it was; what was written before the failure is in " + partial + "\n",
                err.toString());
        assertEquals(List.of("", "reports.ndjson", "reports.ndjson.partial"), listing(dir));
    }

    @Test
    void diffHonoursClosureDaysAndHolidaysLikeTheOtherEvaluatingCommands(@TempDir Path dir) throws Exception {
        String revised = Cin.example("diff/kent-revised.cin");
        Path closures = Files.writeString(dir.resolve("closures.txt"), "# office closed\n2027-01-08\n2027-01-11\n");
        Path counts = dir.resolve("counts.csv");
        Cin.Run run = Cin.run("diff", "--policy", "kent", "--policy", revised, "--as-of", "2027-01-25", "--format", "csv",
                "--closure-days", closures.toString(), "--counts", counts.toString(), Cin.example("diff/kent"));
        assertEquals(1, run.status(), run::toString);
        // Assessment Thu 7 Jan 2027; with Fri 8 and Mon 11 Jan closed, 10 working days end Mon 25 Jan
        // (not Thu 21 Jan) and 15 end Mon 1 Feb (not Thu 28 Jan): the meeting of 22 Jan is on time under both.
        assertEquals(List.of("K-DIFF-1,KEN-01,changed,initial-meeting,a1,2027-01-07,2027-01-25,met,m1,2027-02-01,met,m1,",
                "K-DIFF-2,KEN-01,changed,initial-meeting,a1,2027-01-07,2027-01-25,open,,2027-02-01,open,,"),
                run.out().lines().skip(1).toList());
        assertEquals("KEN-01,0,0,2,0,2,0,0,", Files.readAllLines(counts).get(1));
        Path holidays = Files.writeString(dir.resolve("holidays.json"), "{\"england-and-wales\": {\"division\": "
                + "\"england-and-wales\", \"events\": [{\"title\": \"A one-off holiday\", \"date\": \"2027-01-08\"}]}}");
        Cin.Run withHolidays = Cin.run("diff", "--policy", "kent", "--policy", revised, "--as-of", "2027-01-25",
                "--format", "csv", "--holidays", holidays.toString(), Cin.example("diff/kent"));
        assertTrue(withHolidays.out().contains("K-DIFF-2,KEN-01,changed,initial-meeting,a1,2027-01-07,2027-01-22,overdue,,"
                + "2027-01-29,open,,"), withHolidays::toString);
    }

    @Test
    void convertWritesEachCaseFileAtomicallyAndNeverIntoAnExtractsFolder(@TempDir Path dir) throws Exception {
        Path census = Files.copy(Path.of(Cin.example("census/census-2024.xml")), dir.resolve("census.xml"));
        Path out = dir.resolve("cases");
        Cin.Run run = Cin.run("convert", "-o", out.toString(), census.toString());
        assertEquals(0, run.status(), run::toString);
        List<String> written = new ArrayList<>(listing(out));
        assertTrue(written.size() > 1 && written.stream().allMatch(f -> f.isEmpty() || f.endsWith(".json")), written::toString);
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Cin.Run onFile = Cin.run("convert", "-o", file.toString(), census.toString());
        assertEquals(2, onFile.status());
        assertEquals("cin: " + file + ": the folder cannot be created: a file of that name exists\n", onFile.err());
        Path extract = org.childinneed.policies.importer.SsdSourceTest.fixture("realistic");
        Path copy = Files.createDirectory(dir.resolve("extract"));
        try (Stream<Path> files = Files.list(extract)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<String> before = listing(copy);
        Cin.Run into = Cin.run("convert", "-o", copy.toString(), copy.toString());
        assertEquals(2, into.status(), into::toString);
        assertTrue(into.err().contains("refused as the output: it is inside the input folder"), into::err);
        assertEquals(before, listing(copy));
    }
}
