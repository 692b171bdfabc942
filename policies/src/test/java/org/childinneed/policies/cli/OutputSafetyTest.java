package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.io.Fifo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, data loss through the command line: output onto inputs, a failing standard output, folders. */
class OutputSafetyTest {

    private static final String CASE = Cin.example("kent/initial-meeting-over-christmas.json");

    /** Standard output as a full disk: every write fails. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"policies", "doc --policy kent", "lint kent", "check --policy kent --as-of 2026-01-02 CASE",
        "test ../policies/scenarios/kent"})
    void aStandardOutputThatCannotBeWrittenFailsLoudly(String command) {
        StringWriter err = new StringWriter();
        String[] args = command.replace("CASE", CASE).split(" ");
        int status = CinCommand.execute(CinCommand.commandLine(new CinCommand(new Terminal(false, false),
                BundledPolicies.standard())), new FullDisk(), err, args);
        assertEquals(2, status, err::toString);
        assertTrue(err.toString().endsWith("cin: standard output cannot be written\n"), err::toString);
    }

    @Test
    void theOutputMayNotBeOneOfTheCaseFiles(@TempDir Path dir) throws Exception {
        Path input = Files.copy(Path.of(CASE), dir.resolve("case.json"));
        String before = Files.readString(input);
        Cin.Run run = Cin.run("check", "--policy", "kent", "--format", "json", "-o", input.toString(), input.toString());
        assertEquals(2, run.status(), run::toString);
        assertEquals("cin: " + input + ": refused as the output: it is the input " + input + ", which the output would replace\n",
                run.err());
        assertEquals(before, Files.readString(input));
        Cin.Run inside = Cin.run("explain", "--policy", "kent", "-o", dir.resolve("report.json").toString(), dir.toString());
        assertEquals(2, inside.status(), inside::toString);
        assertTrue(Files.notExists(dir.resolve("report.json")));
    }

    @Test
    void docMayNotWriteOverItsScript(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("mine.cin"), "policy mine \"Mine\" version \"1\" extends kent\n");
        Cin.Run run = Cin.run("doc", "--policy", script.toString(), "-o", script.toString());
        assertEquals(2, run.status(), run::toString);
        assertTrue(Files.readString(script).startsWith("policy mine"));
    }

    @Test
    void aPolicyScriptIsReadToTheLimitAndNoFurther() {
        java.nio.file.Path zero = java.nio.file.Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        Cin.Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Cin.run("check", "--policy", "/dev/zero", CASE));
        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("/dev/zero: the script is too large: more than 1000000 characters"), run::err);
    }

    @Test
    void aScriptBesideTheOneGivenIsReadWithinTheSameLimitsAndNeverWaitedOn(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.cin"), "policy mine \"Mine\"\n  version \"1\"\n  source \"m.txt\"\n"
                + "  extends big\n");
        Path big = Files.writeString(dir.resolve("big.cin"), "#".repeat(1_000_001));
        Cin.Run tooLarge = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Cin.run("check", "--policy", mine.toString(), CASE));
        assertEquals(2, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.err().contains("big"), tooLarge::err);
        Files.delete(big);
        if (Fifo.make(big)) {
            Cin.Run pipe = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> Cin.run("check", "--policy", mine.toString(), CASE));
            assertEquals(2, pipe.status(), pipe::toString);
            assertTrue(pipe.err().contains("big"), pipe::err);
        }
    }

    @Test
    void aFailingOutputFileSaysWhy(@TempDir Path dir) {
        Cin.Run run = Cin.run("doc", "--policy", "kent", "-o", dir.resolve("missing/kent.md").toString());
        assertEquals(2, run.status());
        assertEquals("cin: " + dir.resolve("missing/kent.md") + ": cannot be written: the folder " + dir.resolve("missing")
                + " does not exist\n", run.err());
    }

    @Test
    void aFolderScanNamesWhatItSkippedAndChecksTheRest(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(CASE), dir.resolve("a.json"));
        Path dangling = Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("gone.json"));
        Path pipe = dir.resolve("c.json");
        boolean piped = Fifo.make(pipe);
        Cin.Run run = Cin.run("check", "--policy", "kent", "--as-of", "2026-02-01", dir.toString());
        assertEquals(2, run.status());
        assertTrue(run.out().startsWith("Case K-1001"), run::toString);
        assertTrue(run.err().contains(dangling + ": skipped: a dangling link\n"), run::err);
        int skipped = piped ? 2 : 1;
        assertTrue(run.err().endsWith("cin: " + skipped + " of " + (skipped + 1) + " case files could not be read\n"), run::err);
    }
}
